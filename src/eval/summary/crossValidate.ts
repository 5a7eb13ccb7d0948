import type { SummaryModel } from '../../search/summary/model.ts';
import { learnModel, means, summaryScore, type PreparedArticle, type SummaryScore } from './learn.ts';

export interface SummaryFold {
  readonly fold: number;
  readonly articles: number;
  readonly docent: SummaryScore;
  readonly lead3: SummaryScore;
  /** The model learned on the other folds, with which this fold was summarised. */
  readonly model: SummaryModel;
}

/**
 * Each fold's articles summarised with the model learned on the other folds, beside Lead-3 on the same articles; and
 * both over every article, each scored in its own fold. No figure here was seen in learning.
 */
export function crossValidateSummaries(articles: readonly PreparedArticle[], foldOf: (id: string) => number, k: number, count: number) {
  const folds: SummaryFold[] = [];
  const heldOut: { docent: SummaryScore; lead3: SummaryScore }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = learnModel(articles.filter((prepared) => foldOf(prepared.article.id) !== fold), count);
    const tested = articles.filter((prepared) => foldOf(prepared.article.id) === fold).map((prepared) => ({ docent: summaryScore(prepared, model, count), lead3: prepared.lead3 }));
    heldOut.push(...tested);
    folds.push({ fold, articles: tested.length, docent: means(tested.map((t) => t.docent)), lead3: means(tested.map((t) => t.lead3)), model });
  }
  return { folds, docent: means(heldOut.map((t) => t.docent)), lead3: means(heldOut.map((t) => t.lead3)) };
}
