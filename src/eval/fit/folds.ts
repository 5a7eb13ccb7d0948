/** How many folds `npm run fit` holds out in turn: every article is held out once, with a fifth of the others. */
export const FOLD_COUNT = 5;

/**
 * Deals articles to `k` folds in turn, each group in order of title, so that every stage of a fit (ranking, windows,
 * refusal) and every run hold out the same articles, and no question is ever scored by a model fitted on its own
 * article. Dealing the smaller set's articles first (SQuAD 2.0's) gives every fold some of them.
 */
export function articleFolds(groups: readonly Iterable<string>[], k = FOLD_COUNT): ReadonlyMap<string, number> {
  const folds = new Map<string, number>();
  for (const group of groups) {
    for (const title of [...new Set(group)].sort()) if (!folds.has(title)) folds.set(title, folds.size % k);
  }
  return folds;
}

/** The mean, lowest and highest of per-fold figures, weighted by how many questions each fold holds. */
export interface Spread {
  readonly mean: number;
  readonly min: number;
  readonly max: number;
}

export function spreadOf(figures: readonly { value: number; count: number }[]): Spread {
  const total = figures.reduce((sum, figure) => sum + figure.count, 0);
  const values = figures.map((figure) => figure.value);
  return {
    mean: figures.reduce((sum, figure) => sum + figure.value * figure.count, 0) / Math.max(1, total),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
