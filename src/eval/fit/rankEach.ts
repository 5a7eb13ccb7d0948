import { Docent } from '../../engine/docent.ts';
import type { Document } from '../../knowledge/types.ts';
import type { DocumentSearch, QuestionRanking } from '../../search/documentSearch.ts';
import type { SentenceIndex } from '../../search/index/sentenceIndex.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import type { EvalQuestion } from '../datasets.ts';

/** One question run through docent's ranking against its own article, every stage kept for fitting. */
export interface RankedQuestion extends QuestionRanking {
  readonly question: EvalQuestion;
  readonly search: DocumentSearch;
  readonly index: SentenceIndex;
}

/** Ranks every question against its own article (one engine per article) under the given models. */
export function rankEach(
  documents: readonly Document[],
  questions: readonly EvalQuestion[],
  models: { ranking?: LinearModel; window?: LinearModel } = {},
): RankedQuestion[] {
  const docents = new Map(documents.map((document) => [document.id, new Docent([document])]));
  return questions.flatMap((question) => {
    const docent = docents.get(question.documentId ?? '');
    if (!docent) return [];
    const { search } = docent;
    return [{ question, search, index: search.index, ...search.rankQuestion(question.question, models) }];
  });
}
