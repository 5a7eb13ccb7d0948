import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuestionLines } from '../../src/eval/datasets.ts';

describe('reading a question set', () => {
  it("keeps a line's document and tags, for per-document and per-tag results", async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'docent-qa-')), 'set.jsonl');
    await writeFile(file, '{"id": "d01", "q": "can I commit my .env?", "answers": ["Unless you encrypt it with"], "doc": "dotenv-README.md", "tags": ["faq", "yes-no"]}\n');
    expect(await readQuestionLines(file)).toEqual([
      { id: 'd01', question: 'can I commit my .env?', answers: ['Unless you encrypt it with'], unanswerable: false, documentFile: 'dotenv-README.md', tags: ['faq', 'yes-no'] },
    ]);
  });
});
