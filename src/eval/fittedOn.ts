import type { Document } from '../knowledge/types.ts';
import { FITTED_ARTICLES } from '../search/rank/weights.ts';
import type { EvalQuestion } from './datasets.ts';

/**
 * How many of a set's questions are about an article the current weights were fitted on: a figure over those is
 * in-sample and says less about text nobody has seen.
 */
export function questionsFittedOn(documents: readonly Document[], questions: readonly EvalQuestion[]): number {
  const fitted = new Set(FITTED_ARTICLES);
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  return questions.filter((question) => fitted.has(titles.get(question.documentId ?? '') ?? '')).length;
}

/** The line `npm run eval` prints under a set's name. */
export function fittedOnLine(documents: readonly Document[], questions: readonly EvalQuestion[]): string {
  const count = questionsFittedOn(documents, questions);
  if (count === 0) return 'The weights were fitted on none of these questions.';
  return `The weights were fitted on ${count} of these ${questions.length} questions (their articles are in src/search/rank/weights.ts): in-sample, see npm run fit for held-out folds.`;
}
