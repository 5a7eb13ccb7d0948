import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readQuestionLines, readSquad } from '../../src/eval/datasets.ts';
import { score } from '../../src/eval/metrics.ts';
import { runSystem } from '../../src/eval/run.ts';
import { baselineSystem, docentSystem, scoped } from '../../src/eval/systems.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../helpers/seed.ts';

const data = (path: string): string => fileURLToPath(new URL(`../../data/${path}`, import.meta.url));

// Pins the answer-quality minimums, so that a change that loses quality fails here before it reaches users.
describe('answer quality', () => {
  it('on the seed questions: hit@1 ≥ 0.90, at least 8 of 10 unanswerable refused, at most 1 false refusal', async () => {
    const { documents } = await loadKnowledge(KNOWLEDGE_DIR);
    const questions = await readQuestionLines(data('qa/seed-dev.jsonl'));
    const scores = score(questions, runSystem(docentSystem(documents), questions));
    expect(scores.hit1).toBeGreaterThanOrEqual(0.9);
    expect(scores.refusedUnanswerable).toBeGreaterThanOrEqual(8);
    expect(scores.falseRefusals).toBeLessThanOrEqual(1);
  });

  it('on SQuAD 1.1 part A, per article: hit@1 above plain MiniSearch’s 0.68', async () => {
    const { documents, questions } = await readSquad(data('squad/dev-v1.1-part-a.json'));
    const docent = score(questions, runSystem(scoped(documents, 'per-article', docentSystem), questions));
    const baseline = score(questions, runSystem(scoped(documents, 'per-article', baselineSystem), questions));
    expect(docent.hit1).toBeGreaterThan(baseline.hit1);
    expect(docent.hit1).toBeGreaterThan(0.68);
  });
});
