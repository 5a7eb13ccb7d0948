import { Matrix, solve } from 'ml-matrix';
import type { Docent } from '../../engine/docent.ts';
import { sentenceFeatures } from '../../search/summary/features.ts';
import type { SummaryModel } from '../../search/summary/model.ts';
import { termVector } from '../../search/summary/similarity.ts';
import type { NewsArticle } from './cnndm.ts';
import { closestSentences } from './oracle.ts';
import { rouge } from './rouge.ts';
import { articleDocent, SUMMARIZERS } from './run.ts';

/** ROUGE F1 ×100 of one summary. */
export interface SummaryScore {
  readonly rouge1: number;
  readonly rouge2: number;
  readonly rougeLsum: number;
}

/** One article ready for learning: its docent, each sentence's features and whether the oracle picks it, Lead-3's score. */
export interface PreparedArticle {
  readonly article: NewsArticle;
  readonly docent: Docent;
  readonly features: readonly (readonly number[])[];
  readonly picked: readonly number[];
  readonly lead3: SummaryScore;
}

/** The near-duplicate cuts searched, wide enough that the best on training articles lies inside, not at an end. */
const NEAR_DUPLICATES = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.8];
/** The opening bonuses searched: from none to one that always wins (scores predict a 0-or-1 label). */
const OPENING_BONUSES = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1];
/** Ridge penalty on the weights (not the intercept): keeps rare features (long places, odd lengths) from swinging. */
const RIDGE = 1;

export const MEASURES = ['rouge1', 'rouge2', 'rougeLsum'] as const;
const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);

/** What the search maximises: the mean of the three ROUGE measures. */
const objective = (score: SummaryScore): number => mean(MEASURES.map((key) => score[key]));

/** Mean ROUGE F1 ×100 of a set of summaries, per measure. */
export function means(scores: readonly SummaryScore[]): SummaryScore {
  return { rouge1: mean(scores.map((s) => s.rouge1)), rouge2: mean(scores.map((s) => s.rouge2)), rougeLsum: mean(scores.map((s) => s.rougeLsum)) };
}

function scoreOf(summary: readonly string[], reference: readonly string[]): SummaryScore {
  const scores = rouge(summary, reference);
  return { rouge1: 100 * scores.rouge1.f1, rouge2: 100 * scores.rouge2.f1, rougeLsum: 100 * scores.rougeLsum.f1 };
}

/** Each article's sentence features and oracle picks, computed once for every fold that trains on it. */
export function prepareArticles(articles: readonly NewsArticle[], count: number): PreparedArticle[] {
  return articles.map((article) => {
    const docent = articleDocent(article);
    const { entries, stats } = docent.search.index;
    const features = sentenceFeatures(entries, entries.map((entry) => termVector(entry.terms, stats)));
    const oracle = closestSentences(entries.map((entry) => entry.sentence.text), article.reference);
    return { article, docent, features, picked: features.map((_, i) => (oracle.has(i) ? 1 : 0)), lead3: scoreOf(SUMMARIZERS.lead3(docent, count), article.reference) };
  });
}

/** docent's summary of an article under a model, scored against its reference. */
export function summaryScore(prepared: PreparedArticle, model: SummaryModel, count: number): SummaryScore {
  return scoreOf(SUMMARIZERS.docent(prepared.docent, count, model), prepared.article.reference);
}

/** Least squares with a ridge: the intercept and feature weights that best predict the oracle's picks. */
function fitWeights(articles: readonly PreparedArticle[]): number[] {
  const rows = articles.flatMap((prepared) => prepared.features.map((features) => [1, ...features]));
  const x = new Matrix(rows);
  const y = Matrix.columnVector(articles.flatMap((prepared) => prepared.picked));
  const gram = x.transpose().mmul(x);
  for (let f = 1; f < gram.columns; f++) gram.set(f, f, gram.get(f, f) + RIDGE);
  return solve(gram, x.transpose().mmul(y)).getColumn(0);
}

/**
 * Learns the weights on these articles, then the near-duplicate cut and opening bonus that summarise them best under
 * those weights.
 */
export function learnModel(articles: readonly PreparedArticle[], count: number): SummaryModel {
  const weights = fitWeights(articles);
  let best: { model: SummaryModel; value: number } | undefined;
  for (const nearDuplicate of NEAR_DUPLICATES) {
    for (const openingBonus of OPENING_BONUSES) {
      const model = { weights, nearDuplicate, openingBonus };
      const value = mean(articles.map((prepared) => objective(summaryScore(prepared, model, count))));
      if (!best || value > best.value) best = { model, value };
    }
  }
  return best!.model;
}
