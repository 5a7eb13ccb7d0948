import { quotedText } from '../../engine/ask.ts';
import { FEATURE_NAMES } from '../../search/rank/candidateFeatures.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import { WINDOW_FEATURE_NAMES } from '../../search/rank/windows.ts';
import type { Document } from '../../knowledge/types.ts';
import type { EvalQuestion } from '../datasets.ts';
import { containsAnswer } from '../judge.ts';
import type { Group } from './listwise.ts';
import { rankEach } from './rankEach.ts';

/** One question's candidates as training rows, labelled by whether each sentence holds a gold answer. */
export interface QuestionGroup extends Group {
  readonly question: EvalQuestion;
}

/** The candidate sentences of every answerable question as feature rows, labelled by whether their quote holds an answer. */
export function questionGroups(documents: readonly Document[], questions: readonly EvalQuestion[]): QuestionGroup[] {
  return rankEach(documents, questions.filter((question) => !question.unanswerable)).map(({ question, search, query, ranked }) => ({
    question,
    rows: ranked.map((candidate) => FEATURE_NAMES.map((name) => candidate.features[name])),
    positive: ranked.map((candidate) => containsAnswer(quotedText(search, query, [candidate.entry]), question.answers)),
  }));
}

/** The windows of every answerable question under a given sentence ranking, labelled by whether their quote holds an answer. */
export function windowGroups(documents: readonly Document[], questions: readonly EvalQuestion[], ranking: LinearModel): QuestionGroup[] {
  const answerable = questions.filter((question) => !question.unanswerable);
  return rankEach(documents, answerable, { ranking, window: { bias: 0, weights: {} } }).map(({ question, search, query, windows }) => ({
    question,
    rows: windows.map((window) => WINDOW_FEATURE_NAMES.map((name) => window.features[name])),
    positive: windows.map((window) => containsAnswer(quotedText(search, query, window.entries), question.answers)),
  }));
}

/** Share of groups whose best-scoring candidate under `weights` holds the answer. */
export function topOneAccuracy(groups: readonly Group[], weights: readonly number[]): number {
  let hits = 0;
  for (const group of groups) {
    let best = -Infinity;
    let bestPositive = false;
    group.rows.forEach((row, i) => {
      const score = row.reduce((sum, x, j) => sum + x * (weights[j] ?? 0), 0);
      if (score > best) {
        best = score;
        bestPositive = group.positive[i] ?? false;
      }
    });
    if (bestPositive) hits++;
  }
  return hits / Math.max(1, groups.length);
}
