import type { EvalQuestion } from './datasets.ts';
import { containsAnswer } from './judge.ts';
import type { Response } from './metrics.ts';
import { formatTable } from './table.ts';

/** One group of questions (a category, a tag, a document): hit@1 on its answerable ones, refusals of its unanswerable ones. */
export interface GroupScores {
  readonly group: string;
  readonly answerable: number;
  /** null when the group has no answerable question. */
  readonly docentHit1: number | null;
  readonly baselineHit1: number | null;
  readonly unanswerable: number;
  /** null when the group has no unanswerable question. */
  readonly docentRefused: number | null;
}

function hitRate(answerable: readonly EvalQuestion[], responses: ReadonlyMap<string, Response>): number | null {
  if (answerable.length === 0) return null;
  const hits = answerable.filter((question) => {
    const response = responses.get(question.id);
    return response && !response.refused && containsAnswer(response.answer, question.answers);
  }).length;
  return Number((hits / answerable.length).toFixed(3));
}

/** Scores each group of questions for docent and the baseline, in the order given. */
export function scoreGroups(
  groups: ReadonlyMap<string, readonly EvalQuestion[]>,
  docent: ReadonlyMap<string, Response>,
  baseline: ReadonlyMap<string, Response>,
): GroupScores[] {
  return [...groups].map(([group, questions]) => {
    const answerable = questions.filter((question) => !question.unanswerable);
    const unanswerable = questions.filter((question) => question.unanswerable);
    return {
      group,
      answerable: answerable.length,
      docentHit1: hitRate(answerable, docent),
      baselineHit1: hitRate(answerable, baseline),
      unanswerable: unanswerable.length,
      docentRefused: unanswerable.length === 0 ? null : unanswerable.filter((question) => docent.get(question.id)?.refused).length,
    };
  });
}

/** The groups as an aligned table whose first column is headed `heading`; '-' where there is nothing to measure. */
export function groupTable(heading: string, scores: readonly GroupScores[]): string {
  const rate = (value: number | null): string => (value === null ? '-' : value.toFixed(3));
  return formatTable([
    [heading, 'answerable', 'docent hit@1', 'baseline hit@1', 'unanswerable', 'docent refused'],
    ...scores.map((row) => [row.group, row.answerable, rate(row.docentHit1), rate(row.baselineHit1), row.unanswerable, row.docentRefused ?? '-']),
  ]);
}
