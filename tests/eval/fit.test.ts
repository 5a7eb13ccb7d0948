import { describe, expect, it } from 'vitest';
import { categorize } from '../../src/eval/categories.ts';
import { articleFolds, spreadOf } from '../../src/eval/fit/folds.ts';
import { fitListwise } from '../../src/eval/fit/listwise.ts';
import { fitLogistic } from '../../src/eval/fit/logistic.ts';
import { crossValidatedL2 } from '../../src/eval/fit/regularisation.ts';

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

describe('folds by article', () => {
  it('deals every article to one fold, the same whatever order they come in, the first group over all folds', () => {
    const shared = ['Warsaw', 'Oxygen', 'Force'];
    const all = ['Warsaw', 'Oxygen', 'Force', 'Geology', 'Teacher', 'Islamism', 'Apollo'];
    const folds = articleFolds([shared, all], 3);
    expect([...folds.keys()].sort()).toEqual([...all].sort());
    expect(articleFolds([[...shared].reverse(), [...all].reverse()], 3)).toEqual(folds);
    expect(new Set(shared.map((title) => folds.get(title)))).toEqual(new Set([0, 1, 2]));
  });

  it('weighs each fold by its questions in the mean, and keeps the lowest and highest', () => {
    expect(spreadOf([{ value: 0.8, count: 30 }, { value: 0.9, count: 10 }])).toEqual({ mean: 0.825, min: 0.8, max: 0.9 });
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

describe('choosing the L2 strength by cross-validation', () => {
  let seed = 7;
  const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const noise = Array.from({ length: 48 }, () => Array.from({ length: 20 }, () => random() - 0.5));
  const folds = noise.map((_, i) => i % 4);

  it('regularises hard when the features carry nothing: the base rate predicts held-out rows best', () => {
    expect(crossValidatedL2(noise, noise.map(() => random() < 0.5), folds, { grid: [0, 10] })).toBe(10);
  });

  it('regularises lightly when one feature tells the classes apart', () => {
    const rows = noise.map((row) => [row[0]! > 0 ? 1 : -1, ...row.slice(1)]);
    expect(crossValidatedL2(rows, rows.map((row) => row[0]! > 0), folds, { grid: [1e-3, 1000] })).toBe(1e-3);
  });

  it('takes, within one standard error of the best, the strongest strength, which still learns what tells the classes apart', () => {
    // One feature of five tells the classes apart, with one label in five flipped.
    const rows = Array.from({ length: 200 }, () => Array.from({ length: 5 }, () => random() - 0.5));
    const labels = rows.map((row) => (row[0]! > 0) !== (random() < 0.2));
    const byFive = rows.map((_, i) => i % 5);
    const best = crossValidatedL2(rows, labels, byFive);
    const steady = crossValidatedL2(rows, labels, byFive, { withinOneStandardError: true });
    expect(steady).toBeGreaterThan(best);
    const [telling = 0, ...others] = fitLogistic(rows, labels, { l2: steady }).weights;
    expect(telling).toBeGreaterThan(5 * Math.max(...others.map(Math.abs)));
  });

  it('needs two folds at least', () => {
    expect(() => crossValidatedL2(noise, noise.map(() => true), noise.map(() => 0))).toThrow(RangeError);
  });
});
