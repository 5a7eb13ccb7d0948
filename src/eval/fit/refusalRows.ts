import { offeredPassages } from '../../engine/ask.ts';
import { textWithLead } from '../../engine/passage.ts';
import type { Document } from '../../knowledge/types.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import { MIN_COVERAGE, ruledOut } from '../../search/rank/evidence.ts';
import { REFUSAL_INPUT_NAMES, refusalFeatures, refusalInputs } from '../../search/rank/refusalFeatures.ts';
import type { EvalQuestion } from '../datasets.ts';
import { containsAnswer } from '../judge.ts';
import { rankEach } from './rankEach.ts';

/** One question's refusal evidence and whether it is in fact answerable. */
export interface RefusalRow {
  readonly question: EvalQuestion;
  /** The title of the question's article, the unit of cross-validation. */
  readonly article: string;
  readonly features: number[];
  readonly answerable: boolean;
  /** The quote of the best passage holds a gold answer: refusing the question loses a hit@1. */
  readonly answered: boolean;
  /** One of the three passages `/ask` would show (the best window and two that share no sentence with it) holds a gold answer. */
  readonly answeredInThree: boolean;
  /** Refused by rule before any model: no terms, a number the documents lack, or a demanded time, sum or count that no passage holds. */
  readonly ruledOut: boolean;
  /** Refused whatever the model says: the best passage meets less than `MIN_COVERAGE` of the question. */
  readonly lowCoverage: boolean;
}

/** Measures the refusal features of every question, each against its own article. */
export function refusalRows(documents: readonly Document[], questions: readonly EvalQuestion[], window: LinearModel, ranking: LinearModel): RefusalRow[] {
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  return rankEach(documents, questions, { ranking, window }).map(({ question, search, index, query, windows }) => {
    const inputs = refusalInputs(refusalFeatures(index, query, windows));
    // The best window is always the first of the three `/ask` shows.
    const shown = offeredPassages(windows, search.askedTerms(query), 3).map((passage) => containsAnswer(textWithLead(passage), question.answers));
    return {
      question,
      article: titles.get(question.documentId ?? '') ?? '',
      features: REFUSAL_INPUT_NAMES.map((name) => inputs[name] ?? 0),
      answerable: !question.unanswerable,
      answered: shown[0] ?? false,
      answeredInThree: shown.some(Boolean),
      ruledOut: ruledOut(query, windows),
      lowCoverage: (windows[0]?.features.unionCoverage ?? 0) < MIN_COVERAGE,
    };
  });
}
