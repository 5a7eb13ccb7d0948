import type { FeatureName, Features } from './candidateFeatures.ts';

/** A linear model over named features: score = bias + Σ weight × feature. */
export interface LinearModel {
  readonly bias: number;
  readonly weights: Readonly<Partial<Record<FeatureName | string, number>>>;
}

export function linearScore(model: LinearModel, features: Readonly<Record<string, number>>): number {
  let score = model.bias;
  // for…in rather than Object.entries: scored for every candidate and window, it should allocate nothing.
  for (const name in model.weights) score += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return score;
}

/** The logistic function: a linear score as a probability. */
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

export type { Features };
