import { describe, expect, it } from 'vitest';
import { containsAnswer, normalizeForJudging } from '../../src/eval/judge.ts';
import { percentile, score, type Response } from '../../src/eval/metrics.ts';

describe('judging answers', () => {
  it('folds accents, case, curly quotes and white space', () => {
    expect(normalizeForJudging('  García’s  “Plan”\nB ')).toBe('garcia\'s "plan" b');
  });

  it('counts a passage that contains an answer, within 450 characters', () => {
    expect(containsAnswer('Omar García Harfuch leads.', ['omar garcia'])).toBe(true);
    expect(containsAnswer('x'.repeat(451) + ' Omar', ['Omar'])).toBe(false);
    expect(containsAnswer(null, ['Omar'])).toBe(false);
  });

  it('compares Markdown as displayed, on both the gold string and the quote', () => {
    expect(containsAnswer('Variable: DOTENV_ENCODING; Default: utf8; Description: File encoding.', ['Default: `utf8`'])).toBe(true);
    expect(containsAnswer('* paths are **case sensitive**', ['paths are case sensitive'])).toBe(true);
    expect(containsAnswer('Remove it, remove git history and then install the hook.', ['Remove it, [remove git history]'])).toBe(true);
    expect(containsAnswer('Remove it, [remove git history](https://docs.github.com/x) and then', ['Remove it, [remove git history]'])).toBe(true);
  });
});

describe('scoring', () => {
  const questions = [
    { id: 'a', question: 'q', answers: ['yes'], unanswerable: false },
    { id: 'b', question: 'q', answers: ['yes'], unanswerable: false },
    { id: 'c', question: 'q', answers: [], unanswerable: true },
  ];
  const responses = new Map<string, Response>([
    ['a', { id: 'a', answer: 'yes it is', passages: ['yes it is'], refused: false, ms: 1 }],
    ['b', { id: 'b', answer: 'no', passages: ['no', 'maybe', 'yes'], refused: false, ms: 3 }],
    ['c', { id: 'c', answer: null, passages: [], refused: true, ms: 2 }],
  ]);

  it('computes hit@1, hit@3, MRR and refusals', () => {
    expect(score(questions, responses)).toMatchObject({
      answerable: 2,
      hit1: 0.5,
      hit3: 1,
      mrr: 0.667,
      unanswerable: 1,
      refusedUnanswerable: 1,
      falseRefusals: 0,
      msP50: 2,
      msP99: 3,
    });
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([], 0.99)).toBe(0);
  });
});
