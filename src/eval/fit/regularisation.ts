import { fitLogistic, logisticProbability } from './logistic.ts';

/** The L2 strengths tried, about three times apart: from barely regularised to strongly. */
export const L2_GRID: readonly number[] = [1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1];

/** Log-likelihood of the labels under a logistic model: what a well-judged probability scores high on. */
function logLikelihood(model: { weights: readonly number[]; bias: number }, rows: readonly number[][], labels: readonly boolean[]): number {
  return rows.reduce((sum, row, i) => {
    const p = logisticProbability(model, row);
    return sum + Math.log(Math.max(1e-12, labels[i] ? p : 1 - p));
  }, 0);
}

/** How the strength is chosen from the folds' scores. */
export interface L2Choice {
  /** The strengths tried. */
  readonly grid?: readonly number[];
  /**
   * Take the strongest whose mean held-out score is within one standard error (over the folds) of the best one's, not
   * the best itself: with few folds of few questions, neighbouring strengths differ by less than their noise, and the
   * best flips with one question; the strongest within that noise does not.
   */
  readonly withinOneStandardError?: boolean;
}

/**
 * The L2 strength for a logistic model, chosen by cross-validation over the rows' own folds: each strength is fitted
 * without one fold and scored on it (log-likelihood), and the best mean over the folds wins, or with
 * `withinOneStandardError` the strongest near it. Run on a fit's training articles only, so that the fold it is
 * measured on never chooses its own regularisation.
 * @throws RangeError when the rows hold fewer than two folds.
 *
 * @example
 * crossValidatedL2(rows, labels, rows.map((_, i) => i % 4)); // e.g. 0.1
 * crossValidatedL2(rows, labels, sets, { withinOneStandardError: true }); // e.g. 0.3
 */
export function crossValidatedL2(rows: readonly number[][], labels: readonly boolean[], folds: readonly number[], choice: L2Choice = {}): number {
  const { grid = L2_GRID, withinOneStandardError = false } = choice;
  const distinct = [...new Set(folds)];
  if (distinct.length < 2) throw new RangeError('Choosing L2 by cross-validation needs rows from at least two folds');
  // Each fold's split once, for every strength.
  const splits = distinct.map((fold) => {
    const part = (held: boolean) => rows.flatMap((row, i) => ((folds[i] === fold) === held ? [{ row, label: labels[i]! }] : []));
    return { train: part(false), test: part(true) };
  });
  // Each strength's score on each fold: its held-out log-likelihood.
  const foldScores = grid.map((l2) =>
    splits.map(({ train, test }) => {
      const model = fitLogistic(train.map(({ row }) => row), train.map(({ label }) => label), { l2 });
      return logLikelihood(model, test.map(({ row }) => row), test.map(({ label }) => label));
    }),
  );
  const means = foldScores.map(mean);
  const best = means.indexOf(Math.max(...means));
  if (!withinOneStandardError) return grid[best]!;
  const floor = means[best]! - standardError(foldScores[best]!);
  return grid.filter((_, i) => means[i]! >= floor).reduce((a, b) => Math.max(a, b));
}

const mean = (values: readonly number[]): number => values.reduce((sum, v) => sum + v, 0) / values.length;

/** The standard error of a mean over these values. */
function standardError(values: readonly number[]): number {
  const m = mean(values);
  const variance = values.reduce((sum, v) => sum + (v - m) ** 2, 0) / Math.max(1, values.length - 1);
  return Math.sqrt(variance / values.length);
}
