/** Per-feature mean and spread, so that gradient descent treats every feature alike. */
export interface Scaling {
  readonly mean: number[];
  readonly spread: number[];
}

export function scalingOf(rows: readonly number[][]): Scaling {
  const width = rows[0]?.length ?? 0;
  const mean = Array.from({ length: width }, (_, j) => rows.reduce((sum, row) => sum + (row[j] ?? 0), 0) / Math.max(1, rows.length));
  const spread = mean.map((m, j) => {
    const variance = rows.reduce((sum, row) => sum + ((row[j] ?? 0) - m) ** 2, 0) / Math.max(1, rows.length);
    return Math.sqrt(variance) || 1;
  });
  return { mean, spread };
}

export const scale = (row: readonly number[], scaling: Scaling): number[] => row.map((x, j) => (x - (scaling.mean[j] ?? 0)) / (scaling.spread[j] ?? 1));

/** Weights learned on scaled features, expressed on the raw ones: w/σ, and the bias absorbing −Σ w·μ/σ. */
export function unscale(weights: readonly number[], bias: number, scaling: Scaling): { weights: number[]; bias: number } {
  const raw = weights.map((w, j) => w / (scaling.spread[j] ?? 1));
  return { weights: raw, bias: bias - raw.reduce((sum, w, j) => sum + w * (scaling.mean[j] ?? 0), 0) };
}
