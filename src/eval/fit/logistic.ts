import { Adam } from './adam.ts';
import { sigmoid } from '../../search/rank/model.ts';
import { scale, scalingOf, unscale } from './standardize.ts';

/** Fits binary logistic regression (L2-regularised); returns weights and bias on the raw feature scale. */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[], options: { epochs?: number; l2?: number } = {}): { weights: number[]; bias: number } {
  const scaling = scalingOf(rows);
  const scaled = rows.map((row) => scale(row, scaling));
  const width = scaling.mean.length;
  const params = new Array<number>(width + 1).fill(0);
  const optimiser = new Adam(width + 1);
  const l2 = options.l2 ?? 1e-3;
  for (let epoch = 0; epoch < (options.epochs ?? 400); epoch++) {
    const gradient = params.map((w, j) => (j < width ? l2 * w : 0));
    scaled.forEach((row, i) => {
      const z = row.reduce((sum, x, j) => sum + x * params[j]!, params[width]!);
      const error = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
      for (let j = 0; j < width; j++) gradient[j]! += (error * row[j]!) / scaled.length;
      gradient[width]! += error / scaled.length;
    });
    optimiser.step(params, gradient);
  }
  return unscale(params.slice(0, width), params[width]!, scaling);
}

/** A fitted model's probability of the positive label for one row, on the raw feature scale `fitLogistic` returns. */
export const logisticProbability = (model: { readonly weights: readonly number[]; readonly bias: number }, row: readonly number[]): number =>
  sigmoid(row.reduce((sum, x, j) => sum + x * model.weights[j]!, model.bias));
