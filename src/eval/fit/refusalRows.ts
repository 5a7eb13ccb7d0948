import { Docent } from '../../engine/docent.ts';
import type { Document } from '../../knowledge/types.ts';
import { questionContext } from '../../search/rank/candidateFeatures.ts';
import { parseQuery } from '../../search/rank/query.ts';
import { REFUSAL_FEATURE_NAMES, refusalFeatures } from '../../search/rank/refusalFeatures.ts';
import { rerank } from '../../search/rank/rerank.ts';
import { rankWindows } from '../../search/rank/windows.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import type { EvalQuestion } from '../datasets.ts';

/** One question's refusal evidence and whether it is in fact answerable. */
export interface RefusalRow {
  readonly question: EvalQuestion;
  readonly features: number[];
  readonly answerable: boolean;
  /** Refused by rule before any model: a name, acronym or number the documents lack, or no terms at all. */
  readonly ruledOut: boolean;
}

/** Measures the refusal features of every question, each against its own article. */
export function refusalRows(documents: readonly Document[], questions: readonly EvalQuestion[], windowModel: LinearModel, rankingModel: LinearModel): RefusalRow[] {
  const docents = new Map(documents.map((document) => [document.id, new Docent([document])]));
  return questions.flatMap((question) => {
    const docent = docents.get(question.documentId ?? '');
    if (!docent) return [];
    const query = parseQuery(question.question, docent.index);
    const candidates = docent.index.candidates(question.question);
    const windows = rankWindows(docent.index, questionContext(query, candidates), rerank(docent.index, query, candidates, rankingModel), windowModel);
    const features = refusalFeatures(docent.index, query, windows);
    return [
      {
        question,
        features: REFUSAL_FEATURE_NAMES.map((name) => features[name]),
        answerable: !question.unanswerable,
        ruledOut: query.terms.length === 0 || query.terms.some((term) => term.salient && term.matches.size === 0),
      },
    ];
  });
}
