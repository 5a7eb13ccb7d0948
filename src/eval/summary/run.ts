import { Docent } from '../../engine/docent.ts';
import { buildDocument } from '../../knowledge/parse.ts';
import type { SummaryModel } from '../../search/summary/model.ts';
import type { NewsArticle } from './cnndm.ts';
import { rouge, type RougeScores } from './rouge.ts';
import { textRank } from './textRank.ts';

/** Picks an article's summary sentences, verbatim, in document order; docent's under given constants, if any. */
type Summarizer = (docent: Docent, count: number, model?: SummaryModel) => string[];

export const SUMMARIZERS = {
  docent: (docent, count, model?: SummaryModel) => {
    const summary = docent.summarize({ count, ...(model ? { model } : {}) });
    return summary.kind === 'summary' ? summary.sentences.map((passage) => passage.text) : [];
  },
  lead3: (docent, count) => docent.search.index.entries.slice(0, count).map((entry) => entry.sentence.text),
  textrank: (docent, count) => textRank(docent.search.index.entries, count).map((entry) => entry.sentence.text),
} satisfies Record<string, Summarizer>;

export type SystemName = keyof typeof SUMMARIZERS;

/** Mean ROUGE F1 over the articles, ×100 as papers report it. */
export type RougeAverages = Record<keyof RougeScores, number>;

export interface SummaryEvaluation {
  readonly n: number;
  readonly averages: Record<SystemName, RougeAverages>;
  /** docent's summary of each article, for `--out`. */
  readonly summaries: readonly { readonly id: string; readonly summary: readonly string[] }[];
}

function average(scores: readonly RougeScores[]): RougeAverages {
  const mean = (key: keyof RougeScores): number => Number(((100 * scores.reduce((sum, score) => sum + score[key].f1, 0)) / Math.max(1, scores.length)).toFixed(2));
  return { rouge1: mean('rouge1'), rouge2: mean('rouge2'), rougeLsum: mean('rougeLsum') };
}

/** Each article as a one-section document without headings, as a knowledge file of plain text would be. */
export function articleDocent(article: NewsArticle): Docent {
  return new Docent([buildDocument(article.id, article.id, `${article.id}.txt`, [{ title: '', paragraphs: [article.article] }])]);
}

/** Summarises every article with docent and the baselines, and scores each against its reference. */
export function evaluateSummaries(articles: readonly NewsArticle[], count: number): SummaryEvaluation {
  const names = Object.keys(SUMMARIZERS) as SystemName[];
  const scores = new Map<SystemName, RougeScores[]>(names.map((name) => [name, []]));
  const summaries: { id: string; summary: string[] }[] = [];
  for (const article of articles) {
    const docent = articleDocent(article);
    for (const name of names) {
      const summary = SUMMARIZERS[name](docent, count);
      scores.get(name)!.push(rouge(summary, article.reference));
      if (name === 'docent') summaries.push({ id: article.id, summary });
    }
  }
  const averages = Object.fromEntries(names.map((name) => [name, average(scores.get(name)!)])) as Record<SystemName, RougeAverages>;
  return { n: articles.length, averages, summaries };
}
