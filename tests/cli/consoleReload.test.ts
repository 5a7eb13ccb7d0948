import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { knowledgeFolder, TEST_INDEX_CACHE_DIR } from '../helpers/knowledgeFolder.ts';

const BIN = fileURLToPath(new URL('../../bin/docent.js', import.meta.url));

/** Resolves once `read()` contains `text`, or fails after a bound against hangs. */
async function until(read: () => string, text: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!read().includes(text)) {
    if (Date.now() > deadline) throw new Error(`Never printed ${text}:\n${read()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the interactive console', () => {
  it('answers from a file changed during the session once it says the knowledge reloaded', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const env = { ...process.env, DISCORD_TOKEN: '', INDEX_CACHE_DIR: TEST_INDEX_CACHE_DIR };
    const child = spawn(process.execPath, [BIN, '--knowledge', dir], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.stdin.write('/quote nests\n');
    await until(() => stdout, 'The falcon nests on the cliff.');
    await writeFile(join(dir, 'birds.md'), 'The heron nests by the river.');
    await until(() => stderr, 'Knowledge reloaded: 1 document (changed birds.md).');
    child.stdin.end('/quote nests\n');
    expect(await exited).toBe(0);
    expect(stdout).toContain('The heron nests by the river.');
  });
});
