import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

describe('loadKnowledge', () => {
  it('reads every .md and .txt file as one document each, ignoring other files', async () => {
    const dir = await knowledgeFolder({ 'b.md': '# B\n\nBee text.', 'a.txt': 'Ay text.', 'c.json': '{}' });
    const { documents } = await loadKnowledge(dir);
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
  });

  it('gives files with the same name distinct ids', async () => {
    const dir = await knowledgeFolder({ 'notes.md': 'One.', 'notes.txt': 'Two.' });
    const { documents } = await loadKnowledge(dir);
    expect(new Set(documents.map((document) => document.id)).size).toBe(2);
  });

  it('skips a file with no text and loads the rest', async () => {
    const dir = await knowledgeFolder({ 'empty.md': '\n\n', 'full.md': 'Some text.' });
    const { documents, skipped } = await loadKnowledge(dir);
    expect(documents.map((document) => document.id)).toEqual(['full']);
    expect(skipped).toEqual([{ file: 'empty.md', reason: 'empty', detail: 'it holds only white space' }]);
  });

  it('skips a file that is not UTF-8, since its text could not be quoted exactly', async () => {
    const dir = await knowledgeFolder({ 'latin1.txt': Buffer.from('Caf\xe9 au lait.', 'latin1'), 'ok.md': 'Some text.' });
    const { documents, skipped } = await loadKnowledge(dir);
    expect(documents.map((document) => document.id)).toEqual(['ok']);
    expect(skipped).toEqual([{ file: 'latin1.txt', reason: 'not-utf8', detail: 'it is not UTF-8 text (line 1 has bytes that are not UTF-8); save it as UTF-8' }]);
  });

  it('refuses a missing or empty folder with a clear message', async () => {
    await expect(loadKnowledge('/no/such/folder')).rejects.toThrow(KnowledgeError);
    await expect(loadKnowledge(await knowledgeFolder({}))).rejects.toThrow(/No documents/u);
  });
});
