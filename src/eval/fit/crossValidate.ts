import type { Document } from '../../knowledge/types.ts';
import { FEATURE_NAMES } from '../../search/rank/candidateFeatures.ts';
import { WINDOW_FEATURE_NAMES } from '../../search/rank/windows.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import type { EvalQuestion } from '../datasets.ts';
import { topOneAccuracy, windowGroups, type QuestionGroup } from './groups.ts';
import { answerProbabilityOf, fitRanking, fitRefusal, fitWindows, vectorOf } from './models.ts';
import { refusalRows, type RefusalRow } from './refusalRows.ts';

export interface SquadParts {
  readonly squad1: { readonly documents: readonly Document[]; readonly questions: readonly EvalQuestion[] };
  readonly squad2: { readonly documents: readonly Document[]; readonly questions: readonly EvalQuestion[] };
}

/** A question's refusal evidence under the models of the fold that held its article out, and their probability. */
export interface HeldOutRow {
  readonly row: RefusalRow;
  readonly fold: number;
  readonly probability: number;
  readonly squad: 1 | 2;
}

export interface FoldFigures {
  readonly fold: number;
  /** SQuAD 1.1 questions held out, and the share whose best window (before any refusal) holds an answer. */
  readonly questions: number;
  readonly answerTopOne: number;
  readonly sentenceTopOne: number;
  /** The refusal model's L2 strength, chosen on this fold's training articles. */
  readonly refusalL2: number;
}

export interface CrossValidation {
  readonly folds: readonly FoldFigures[];
  readonly rows: readonly HeldOutRow[];
}

/**
 * Every stage fitted k times, each time without one fold of articles, and scored on that fold only: the sentence
 * ranking, the windows made under it, the refusal model measured under both. No figure it returns was seen in fitting.
 */
export function crossValidate(data: SquadParts, sentences: readonly QuestionGroup[], foldOfQuestion: (question: EvalQuestion) => number, k: number): CrossValidation {
  const folds: FoldFigures[] = [];
  const rows: HeldOutRow[] = [];
  for (let fold = 0; fold < k; fold++) {
    const heldOut = (group: { question: EvalQuestion }): boolean => foldOfQuestion(group.question) === fold;
    const ranking: LinearModel = fitRanking(sentences.filter((group) => !heldOut(group)));
    const windows = windowGroups(data.squad1.documents, data.squad1.questions, ranking);
    const window = fitWindows(windows.filter((group) => !heldOut(group)));
    const tested = windows.filter(heldOut);
    const squad2 = refusalRows(data.squad2.documents, data.squad2.questions, window, ranking);
    const { model: refusal, l2 } = fitRefusal(squad2.filter((row) => !heldOut(row)), (row) => foldOfQuestion(row.question));
    folds.push({
      fold,
      questions: tested.length,
      answerTopOne: topOneAccuracy(tested, vectorOf(WINDOW_FEATURE_NAMES, window)),
      sentenceTopOne: topOneAccuracy(sentences.filter(heldOut), vectorOf(FEATURE_NAMES, ranking)),
      refusalL2: l2,
    });
    const squad1 = refusalRows(data.squad1.documents, data.squad1.questions.filter((question) => foldOfQuestion(question) === fold), window, ranking);
    for (const [squad, set] of [[2, squad2.filter(heldOut)], [1, squad1]] as const) {
      for (const row of set) rows.push({ row, fold, squad, probability: answerProbabilityOf(refusal, row) });
    }
  }
  return { folds, rows };
}
