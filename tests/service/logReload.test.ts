import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { logReload } from '../../src/service/logReload.ts';
import { createLogger } from '../../src/log.ts';
import { engineThreads } from '../helpers/engineThreads.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

/** A JSON logger and the lines it wrote, parsed. */
function capture() {
  const destination = new PassThrough();
  let written = '';
  destination.on('data', (chunk: Buffer) => (written += chunk.toString()));
  const logger = createLogger({ level: 'info', pretty: false, destination });
  return { logger, lines: () => written.trim().split('\n').map((line) => JSON.parse(line) as { level: number; msg: string; file?: string }) };
}

const started = engineThreads();

describe('logReload, from the reports of the engine thread a server runs', () => {
  it('names the file that kept its previous version, then says the knowledge reloaded', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.', 'b.md': 'Bravo one.' });
    const engine = await started(dir);
    await writeFile(join(dir, 'a.md'), Uint8Array.from([0xff, 0xfe]));
    const { logger, lines } = capture();
    logReload(logger, await engine.reload());
    expect(lines()).toMatchObject([
      { level: 40, file: 'a.md', reason: 'not-utf8', msg: 'kept the previous version of a.md: it is UTF-16 text; save it as UTF-8' },
      { level: 30, msg: 'knowledge reloaded', documents: 2 },
    ]);
  });

  it('says plainly when nothing was reloaded and the previous version stays in service', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.' });
    const engine = await started(dir);
    await rm(join(dir, 'a.md'));
    const { logger, lines } = capture();
    logReload(logger, await engine.reload());
    expect(lines()).toEqual([expect.objectContaining({ level: 50, msg: expect.stringMatching(/^knowledge not reloaded, the previous version stays in service: No documents in /u) })]);
    // An empty folder is the admin's to fix, told in one line: no stack trace.
    expect(lines()[0]).not.toHaveProperty('err');
  });

  it('asks for the commands to be registered again when docent goes from one document to several', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.' });
    const engine = await started(dir);
    await writeFile(join(dir, 'b.md'), 'Bravo one.');
    const { logger, lines } = capture();
    logReload(logger, await engine.reload());
    expect(lines().at(-1)?.msg).toContain('run npm run register');
  });
});
