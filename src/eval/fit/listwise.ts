import { Adam } from './adam.ts';
import { scale, scalingOf, unscale } from './standardize.ts';

/** One question's candidates: their feature rows and which of them hold the answer. */
export interface Group {
  readonly rows: readonly number[][];
  readonly positive: readonly boolean[];
}

/**
 * Fits linear ranking weights by listwise softmax: maximises, per question, the probability the softmax over its
 * candidates gives to the ones that hold the answer. L2-regularised; returns weights on the raw feature scale.
 */
export function fitListwise(groups: readonly Group[], options: { epochs?: number; l2?: number } = {}): number[] {
  const usable = groups.filter((group) => group.positive.some(Boolean) && group.positive.some((p) => !p));
  const scaling = scalingOf(usable.flatMap((group) => group.rows));
  const scaled = usable.map((group) => ({ rows: group.rows.map((row) => scale(row, scaling)), positive: group.positive }));
  const width = scaling.mean.length;
  const weights = new Array<number>(width).fill(0);
  const optimiser = new Adam(width);
  const l2 = options.l2 ?? 1e-3;
  for (let epoch = 0; epoch < (options.epochs ?? 200); epoch++) {
    const gradient = weights.map((w) => l2 * w);
    for (const group of scaled) {
      const scores = group.rows.map((row) => row.reduce((sum, x, j) => sum + x * weights[j]!, 0));
      const top = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - top));
      const all = exp.reduce((a, b) => a + b, 0);
      const pos = exp.reduce((sum, e, i) => sum + (group.positive[i] ? e : 0), 0);
      group.rows.forEach((row, i) => {
        const coefficient = exp[i]! / all - (group.positive[i] ? exp[i]! / pos : 0);
        for (let j = 0; j < width; j++) gradient[j]! += (coefficient * row[j]!) / scaled.length;
      });
    }
    optimiser.step(weights, gradient);
  }
  return unscale(weights, 0, scaling).weights;
}
