import { Docent } from '../../engine/docent.ts';
import { FEATURE_NAMES, questionContext } from '../../search/rank/candidateFeatures.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import { rankWindows, WINDOW_FEATURE_NAMES } from '../../search/rank/windows.ts';
import { parseQuery } from '../../search/rank/query.ts';
import { rerank } from '../../search/rank/rerank.ts';
import type { Document } from '../../knowledge/types.ts';
import type { EvalQuestion } from '../datasets.ts';
import { containsAnswer } from '../judge.ts';
import type { Group } from './listwise.ts';

/** One question's candidates as training rows, labelled by whether each sentence holds a gold answer. */
export interface QuestionGroup extends Group {
  readonly question: EvalQuestion;
}

/** Builds a docent per article and the candidates' feature rows for every answerable question. */
export function questionGroups(documents: readonly Document[], questions: readonly EvalQuestion[]): QuestionGroup[] {
  const docents = new Map(documents.map((document) => [document.id, new Docent([document])]));
  const groups: QuestionGroup[] = [];
  for (const question of questions) {
    const docent = docents.get(question.documentId ?? '');
    if (!docent || question.unanswerable) continue;
    const query = parseQuery(question.question, docent.index);
    const ranked = rerank(docent.index, query, docent.index.candidates(question.question));
    groups.push({
      question,
      rows: ranked.map((candidate) => FEATURE_NAMES.map((name) => candidate.features[name])),
      positive: ranked.map((candidate) => containsAnswer(candidate.entry.sentence.text, question.answers)),
    });
  }
  return groups;
}

/** The windows of every answerable question under a given sentence ranking, labelled by whether they hold an answer. */
export function windowGroups(documents: readonly Document[], questions: readonly EvalQuestion[], ranking: LinearModel): QuestionGroup[] {
  const docents = new Map(documents.map((document) => [document.id, new Docent([document])]));
  const groups: QuestionGroup[] = [];
  for (const question of questions) {
    const docent = docents.get(question.documentId ?? '');
    if (!docent || question.unanswerable) continue;
    const query = parseQuery(question.question, docent.index);
    const candidates = docent.index.candidates(question.question);
    const ranked = rerank(docent.index, query, candidates, ranking);
    const windows = rankWindows(docent.index, questionContext(query, candidates), ranked, { bias: 0, weights: {} });
    groups.push({
      question,
      rows: windows.map((window) => WINDOW_FEATURE_NAMES.map((name) => window.features[name])),
      positive: windows.map((window) => containsAnswer(window.entries.map((entry) => entry.sentence.text).join(' '), question.answers)),
    });
  }
  return groups;
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
