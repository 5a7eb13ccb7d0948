import { sigmoid } from '../../search/rank/model.ts';
import { fitLogistic } from './logistic.ts';

/** The L2 strengths tried, about three times apart: from barely regularised to strongly. */
export const L2_GRID: readonly number[] = [1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1];

/** Log-likelihood of the labels under a logistic model: what a well-judged probability scores high on. */
function logLikelihood(model: { weights: readonly number[]; bias: number }, rows: readonly number[][], labels: readonly boolean[]): number {
  return rows.reduce((sum, row, i) => {
    const p = sigmoid(row.reduce((z, x, j) => z + x * model.weights[j]!, model.bias));
    return sum + Math.log(Math.max(1e-12, labels[i] ? p : 1 - p));
  }, 0);
}

/**
 * The L2 strength for a logistic model, chosen by cross-validation over the rows' own folds: each strength is fitted
 * without one fold and scored on it (log-likelihood), and the best sum wins. Run on a fit's training articles only, so
 * that the fold it is measured on never chooses its own regularisation.
 * @throws RangeError when the rows hold fewer than two folds.
 *
 * @example
 * crossValidatedL2(rows, labels, rows.map((_, i) => i % 4)); // e.g. 0.1
 */
export function crossValidatedL2(rows: readonly number[][], labels: readonly boolean[], folds: readonly number[], grid: readonly number[] = L2_GRID): number {
  const distinct = [...new Set(folds)];
  if (distinct.length < 2) throw new RangeError('Choosing L2 by cross-validation needs rows from at least two folds');
  // Each fold's split once, for every strength.
  const splits = distinct.map((fold) => {
    const part = (held: boolean) => rows.flatMap((row, i) => ((folds[i] === fold) === held ? [{ row, label: labels[i]! }] : []));
    return { train: part(false), test: part(true) };
  });
  const score = (l2: number): number =>
    splits.reduce((sum, { train, test }) => {
      const model = fitLogistic(train.map(({ row }) => row), train.map(({ label }) => label), { l2 });
      return sum + logLikelihood(model, test.map(({ row }) => row), test.map(({ label }) => label));
    }, 0);
  const scores = grid.map(score);
  return grid[scores.indexOf(Math.max(...scores))]!;
}
