import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reloadNotice } from '../../src/cli/reloadNotice.ts';
import { LiveDocent, reportOf } from '../../src/engine/liveDocent.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

describe('reloadNotice', () => {
  it('names each file that kept its previous version and what was added or removed', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.', 'b.md': 'Bravo one.' });
    const { live } = await LiveDocent.load(dir);
    await writeFile(join(dir, 'a.md'), Uint8Array.from([0xff]));
    await writeFile(join(dir, 'c.md'), 'Charlie one.');
    await rm(join(dir, 'b.md'));
    expect(reloadNotice(reportOf(await live.reload()))).toBe(
      'Kept the previous version of a.md: it is not UTF-8 text (line 1 has bytes that are not UTF-8); save it as UTF-8.\nKnowledge reloaded: 2 documents (added c.md, removed b.md).',
    );
  });

  it('names the files whose text changed', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.', 'b.md': 'Bravo one.' });
    const { live } = await LiveDocent.load(dir);
    await writeFile(join(dir, 'b.md'), 'Bravo two.');
    expect(reloadNotice(reportOf(await live.reload()))).toBe('Knowledge reloaded: 2 documents (changed b.md).');
  });

  it('names five files at most and counts the rest', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.' });
    const { live } = await LiveDocent.load(dir);
    for (const name of ['b', 'c', 'd', 'e', 'f', 'g', 'h']) await writeFile(join(dir, `${name}.md`), `Note ${name}.`);
    expect(reloadNotice(reportOf(await live.reload()))).toBe('Knowledge reloaded: 8 documents (added b.md, added c.md, added d.md, added e.md, added f.md, 2 more).');
  });

  it('says that the previous version stays in use when nothing could be reloaded', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.' });
    const { live } = await LiveDocent.load(dir);
    await rm(join(dir, 'a.md'));
    expect(reloadNotice(reportOf(await live.reload()))).toMatch(/^Knowledge not reloaded, the previous version stays in use: No documents in /u);
  });
});
