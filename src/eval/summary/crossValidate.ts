import type { SummaryModel } from '../../search/summary/model.ts';
import type { ArticleScores, SummaryScore } from './grid.ts';

const MEASURES = ['rouge1', 'rouge2', 'rougeLsum'] as const;

const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** Mean ROUGE F1 ×100 of a set of summaries, per measure. */
function means(scores: readonly SummaryScore[]): SummaryScore {
  return { rouge1: mean(scores.map((s) => s.rouge1)), rouge2: mean(scores.map((s) => s.rouge2)), rougeLsum: mean(scores.map((s) => s.rougeLsum)) };
}

/** What the search maximises: the mean of the three ROUGE measures over the articles. */
const objective = (score: SummaryScore): number => MEASURES.reduce((sum, key) => sum + score[key], 0) / MEASURES.length;

/** The index of the grid's model with the best mean objective over these articles. */
export function bestModel(grid: readonly SummaryModel[], scores: readonly ArticleScores[]): number {
  let best = 0;
  let bestValue = -Infinity;
  grid.forEach((_, m) => {
    const value = mean(scores.map((article) => objective(article.docent[m]!)));
    if (value > bestValue) [best, bestValue] = [m, value];
  });
  return best;
}

export interface SummaryFold {
  readonly fold: number;
  readonly articles: number;
  readonly docent: SummaryScore;
  readonly lead3: SummaryScore;
}

/**
 * Each fold's articles summarised with the grid's model that scored best on the other folds, beside Lead-3 on the
 * same articles; and both over every article, each scored in its own fold. No figure here was seen in choosing.
 */
export function crossValidateSummaries(grid: readonly SummaryModel[], scores: readonly ArticleScores[], foldOf: (id: string) => number, k: number) {
  const folds: SummaryFold[] = [];
  const heldOut: { docent: SummaryScore; lead3: SummaryScore }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const chosen = bestModel(grid, scores.filter((article) => foldOf(article.id) !== fold));
    const tested = scores.filter((article) => foldOf(article.id) === fold).map((article) => ({ docent: article.docent[chosen]!, lead3: article.lead3 }));
    heldOut.push(...tested);
    folds.push({ fold, articles: tested.length, docent: means(tested.map((t) => t.docent)), lead3: means(tested.map((t) => t.lead3)) });
  }
  return { folds, docent: means(heldOut.map((t) => t.docent)), lead3: means(heldOut.map((t) => t.lead3)) };
}
