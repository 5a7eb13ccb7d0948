import type { SummaryModel } from '../../search/summary/model.ts';
import type { NewsArticle } from './cnndm.ts';
import { rouge } from './rouge.ts';
import { articleDocent, SUMMARIZERS } from './run.ts';

/** ROUGE F1 ×100 of one summary. */
export interface SummaryScore {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeLsum: number;
}

/** One article's scores: docent's under each model of the grid, in grid order, and Lead-3's. */
export interface ArticleScores {
  readonly id: string;
  readonly docent: readonly SummaryScore[];
  readonly lead3: SummaryScore;
}

const SEARCHED: { readonly [K in keyof SummaryModel]: readonly number[] } = {
  centralityWeight: [0, 0.1, 0.25, 0.5],
  positionPower: [0.25, 0.5, 1],
  redundancyPenalty: [0, 0.25, 0.5, 1],
  nearDuplicate: [0.5, 0.6, 0.8],
  fullLength: [5, 10, 15],
};

/** Every combination of the searched values. */
export function modelGrid(): SummaryModel[] {
  let grid: Partial<SummaryModel>[] = [{}];
  for (const [name, values] of Object.entries(SEARCHED)) grid = grid.flatMap((model) => values.map((value) => ({ ...model, [name]: value })));
  return grid as SummaryModel[];
}

function scoreOf(summary: readonly string[], reference: readonly string[]): SummaryScore {
  const scores = rouge(summary, reference);
  return { rouge1: 100 * scores.rouge1.f1, rouge2: 100 * scores.rouge2.f1, rougeLsum: 100 * scores.rougeLsum.f1 };
}

/** Summarises every article under every model of the grid, and with Lead-3, and scores each summary. */
export function scoreGrid(articles: readonly NewsArticle[], grid: readonly SummaryModel[], count: number): ArticleScores[] {
  return articles.map((article) => {
    const docent = articleDocent(article);
    return {
      id: article.id,
      docent: grid.map((model) => scoreOf(SUMMARIZERS.docent(docent, count, model), article.reference)),
      lead3: scoreOf(SUMMARIZERS.lead3(docent, count), article.reference),
    };
  });
}
