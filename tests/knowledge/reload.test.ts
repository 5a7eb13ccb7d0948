import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.ts';
import { reloadKnowledge } from '../../src/knowledge/reload.ts';
import { sentencesOf, type Document } from '../../src/knowledge/types.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

const NOT_UTF8 = Uint8Array.from([0x54, 0x68, 0x65, 0xff, 0xfe, 0x20, 0x65, 0x6e, 0x64, 0x2e]);
/** Each document's text, sentence by sentence. */
const texts = (documents: readonly Document[]) => documents.map((document) => sentencesOf(document).map((sentence) => sentence.text).join(' '));

describe('reloadKnowledge', () => {
  it('reads changed files anew, adds new ones and drops deleted ones', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.', 'b.md': 'Bravo one.' });
    const { documents } = await loadKnowledge(dir);
    await writeFile(join(dir, 'a.md'), 'Alpha two.');
    await writeFile(join(dir, 'c.md'), 'Charlie one.');
    await rm(join(dir, 'b.md'));
    const reloaded = await reloadKnowledge(dir, documents);
    expect(texts(reloaded.documents)).toEqual(['Alpha two.', 'Charlie one.']);
    expect(reloaded).toMatchObject({ added: ['c.md'], changed: ['a.md'], removed: ['b.md'], kept: [], skipped: [] });
  });

  it('names as changed only the files whose quoted text or aliases changed, not those saved again as they were', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one. Alpha two.', 'b.md': 'Bravo one.', 'c.md': 'Charlie one.' });
    const { documents } = await loadKnowledge(dir);
    await writeFile(join(dir, 'a.md'), 'Alpha one.  Alpha two.');
    await writeFile(join(dir, 'b.md'), 'Bravo one.');
    await writeFile(join(dir, 'c.aliases'), 'Charlie = Chuck\n');
    const reloaded = await reloadKnowledge(dir, documents);
    expect(reloaded.changed).toEqual(['a.md', 'c.md']);
  });

  it('names as changed a file whose links now point elsewhere, though its quoted text is the same', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'See the [guide](https://one.example/guide).', 'b.md': 'Bravo [one](https://b.example).' });
    const { documents } = await loadKnowledge(dir);
    await writeFile(join(dir, 'a.md'), 'See the [guide](https://two.example/guide).');
    const reloaded = await reloadKnowledge(dir, documents);
    expect(reloaded.changed).toEqual(['a.md']);
    expect(reloaded.documents[0]?.linked).toEqual(['two', 'example', 'guide']);
  });

  it('keeps the previous version of a file that no longer loads, and updates the others', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.', 'b.md': 'Bravo one.', 'c.md': 'Charlie one.' });
    const { documents } = await loadKnowledge(dir);
    await writeFile(join(dir, 'a.md'), NOT_UTF8);
    await writeFile(join(dir, 'b.md'), 'Bravo two.');
    await writeFile(join(dir, 'c.md'), '\n\n');
    const reloaded = await reloadKnowledge(dir, documents);
    expect(texts(reloaded.documents)).toEqual(['Alpha one.', 'Bravo two.', 'Charlie one.']);
    expect(reloaded.kept).toEqual([
      expect.objectContaining({ file: 'a.md', reason: 'not-utf8' }),
      expect.objectContaining({ file: 'c.md', reason: 'empty' }),
    ]);
  });

  it('skips a new file that fails, with its reason', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.' });
    const { documents } = await loadKnowledge(dir);
    await writeFile(join(dir, 'new.txt'), NOT_UTF8);
    const reloaded = await reloadKnowledge(dir, documents);
    expect(reloaded.skipped).toEqual([expect.objectContaining({ file: 'new.txt', reason: 'not-utf8' })]);
    expect(reloaded.added).toEqual([]);
  });

  it('gives a kept document the id its file has now, so that ids stay unique when a namesake arrives', async () => {
    const dir = await knowledgeFolder({ 'notes.txt': 'Text notes.' });
    const { documents } = await loadKnowledge(dir);
    expect(documents[0]?.id).toBe('notes');
    await writeFile(join(dir, 'notes.txt'), NOT_UTF8);
    await writeFile(join(dir, 'notes.md'), 'Markdown notes.');
    const reloaded = await reloadKnowledge(dir, documents);
    expect(reloaded.documents.map((document) => [document.source, document.id])).toEqual([
      ['notes.md', 'notes'],
      ['notes.txt', 'notes-txt'],
    ]);
    expect(sentencesOf(reloaded.documents[1]!)[0]?.ref.document).toBe('notes-txt');
  });

  it('refuses a folder that would leave no document, so that the caller keeps what it has', async () => {
    const dir = await knowledgeFolder({ 'a.md': 'Alpha one.' });
    const { documents } = await loadKnowledge(dir);
    await rm(join(dir, 'a.md'));
    await expect(reloadKnowledge(dir, documents)).rejects.toThrow(KnowledgeError);
    await expect(reloadKnowledge(join(dir, 'gone'), documents)).rejects.toThrow(/does not exist/u);
  });
});
