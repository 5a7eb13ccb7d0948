import type { Document } from '../../knowledge/types.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import { REFUSAL_FEATURE_NAMES, refusalFeatures } from '../../search/rank/refusalFeatures.ts';
import type { EvalQuestion } from '../datasets.ts';
import { rankEach } from './rankEach.ts';

/** One question's refusal evidence and whether it is in fact answerable. */
export interface RefusalRow {
  readonly question: EvalQuestion;
  readonly features: number[];
  readonly answerable: boolean;
  /** Refused by rule before any model: a name, acronym or number the documents lack, or no terms at all. */
  readonly ruledOut: boolean;
}

/** Measures the refusal features of every question, each against its own article. */
export function refusalRows(documents: readonly Document[], questions: readonly EvalQuestion[], window: LinearModel, ranking: LinearModel): RefusalRow[] {
  return rankEach(documents, questions, { ranking, window }).map(({ question, index, query, windows }) => {
    const features = refusalFeatures(index, query, windows);
    return {
      question,
      features: REFUSAL_FEATURE_NAMES.map((name) => features[name]),
      answerable: !question.unanswerable,
      ruledOut: query.terms.length === 0 || query.terms.some((term) => term.salient && term.matches.size === 0),
    };
  });
}
