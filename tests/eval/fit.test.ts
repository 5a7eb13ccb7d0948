import { describe, expect, it } from 'vitest';
import { categorize } from '../../src/eval/categories.ts';
import { fitListwise } from '../../src/eval/fit/listwise.ts';
import { fitLogistic } from '../../src/eval/fit/logistic.ts';

describe('fitting', () => {
  it('listwise softmax learns which feature marks the answer', () => {
    const groups = Array.from({ length: 40 }, (_, i) => ({
      rows: [
        [1, (i % 3) / 3],
        [0, ((i + 1) % 3) / 3],
        [0, ((i + 2) % 3) / 3],
      ],
      positive: [true, false, false],
    }));
    const [signal = 0, noise = 0] = fitListwise(groups, { epochs: 100 });
    expect(signal).toBeGreaterThan(Math.abs(noise));
  });

  it('logistic regression separates two classes', () => {
    const rows = Array.from({ length: 60 }, (_, i) => [i < 30 ? -1 - (i % 5) / 10 : 1 + (i % 5) / 10]);
    const { weights, bias } = fitLogistic(rows, rows.map((row) => (row[0] ?? 0) > 0));
    expect(weights[0]).toBeGreaterThan(0);
    expect(Math.abs(bias)).toBeLessThan(weights[0] ?? 0);
  });
});

describe('question categories', () => {
  it('sorts questions by their shape', () => {
    expect(categorize('cienfuegos october 2020')).toBe('keyword');
    expect(categorize('What did Sheinbaum stae?')).toBe('typo');
    expect(categorize('Has the Northern Command entered Mexican airspace?')).toBe('yes-no');
    expect(categorize('Who is Omar Garcia Harfuch?')).toBe('who');
    expect(categorize('How many doses were seized?')).toBe('how many');
  });
});
