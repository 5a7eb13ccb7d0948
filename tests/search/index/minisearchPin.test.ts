import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readQuestionLines } from '../../../src/eval/datasets.ts';
import { parseQuery, searchTerms } from '../../../src/search/rank/query.ts';
import { seedDocent } from '../../helpers/seed.ts';

const SEED_QUESTIONS = ['seed-dev', 'seed-blind'].map((name) => fileURLToPath(new URL(`../../../data/qa/${name}.jsonl`, import.meta.url)));
const installed = (name: string): string =>
  (JSON.parse(readFileSync(fileURLToPath(new URL(`../../../node_modules/${name}/package.json`, import.meta.url)), 'utf8')) as { version: string }).version;

describe('MiniSearch, pinned', () => {
  it('is the exact version package.json names, so that an upgrade is a decision, not a side effect of npm install', () => {
    const declared = (JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { dependencies: Record<string, string> }).dependencies.minisearch;
    expect(declared).toMatch(/^\d+\.\d+\.\d+$/u);
    expect(installed('minisearch')).toBe(declared);
  });

  it('finds the same candidates with the same BM25 scores, to the last bit, for every seed question: an upgrade that changes them fails here', async () => {
    const { index } = seedDocent().search;
    const questions = (await Promise.all(SEED_QUESTIONS.map(readQuestionLines))).flat();
    // A score's shortest round-trip text: any change of its bits changes the text.
    const found = questions.map((question) => index.candidates(searchTerms(parseQuery(question.question, index))).map((candidate) => `${candidate.entry.id}:${candidate.score}`).join(' '));
    const fingerprint = createHash('sha256').update(found.join('\n')).digest('hex').slice(0, 16);
    // A failure here after changing MiniSearch's version means its search changed what docent ranks: re-measure with
    // `npm run eval` (seed, SQuAD) before taking the new version, then update the fingerprint.
    expect(fingerprint).toBe('8c0f5df530caa93c');
  });
});
