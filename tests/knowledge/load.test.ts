import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.ts';

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'docent-knowledge-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('loadKnowledge', () => {
  it('reads every .md and .txt file as one document each, ignoring other files', async () => {
    const dir = await folderWith({ 'b.md': '# B\n\nBee text.', 'a.txt': 'Ay text.', 'c.json': '{}' });
    const { documents } = await loadKnowledge(dir);
    expect(documents.map((document) => document.id)).toEqual(['a', 'b']);
  });

  it('gives files with the same name distinct ids', async () => {
    const dir = await folderWith({ 'notes.md': 'One.', 'notes.txt': 'Two.' });
    const { documents } = await loadKnowledge(dir);
    expect(new Set(documents.map((document) => document.id)).size).toBe(2);
  });

  it('skips a file with no text and loads the rest', async () => {
    const dir = await folderWith({ 'empty.md': '\n\n', 'full.md': 'Some text.' });
    const { documents, skipped } = await loadKnowledge(dir);
    expect(documents.map((document) => document.id)).toEqual(['full']);
    expect(skipped).toEqual([{ file: 'empty.md', reason: 'empty', detail: 'it holds only white space' }]);
  });

  it('refuses a missing or empty folder with a clear message', async () => {
    await expect(loadKnowledge('/no/such/folder')).rejects.toThrow(KnowledgeError);
    await expect(loadKnowledge(await folderWith({}))).rejects.toThrow(/No documents/u);
  });
});
