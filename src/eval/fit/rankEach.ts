import { Docent } from '../../engine/docent.ts';
import type { Document } from '../../knowledge/types.ts';
import type { SentenceIndex } from '../../search/index/sentenceIndex.ts';
import { questionContext } from '../../search/rank/candidateFeatures.ts';
import type { LinearModel } from '../../search/rank/model.ts';
import { parseQuery, type Query } from '../../search/rank/query.ts';
import { rerank, type RankedSentence } from '../../search/rank/rerank.ts';
import { rankWindows, type Window } from '../../search/rank/windows.ts';
import { RANKING_MODEL, WINDOW_MODEL } from '../../search/rank/weights.ts';
import type { EvalQuestion } from '../datasets.ts';

/** One question run through docent's ranking against its own article, every stage kept for fitting. */
export interface RankedQuestion {
  readonly question: EvalQuestion;
  readonly index: SentenceIndex;
  readonly query: Query;
  readonly ranked: readonly RankedSentence[];
  readonly windows: readonly Window[];
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
    const { index } = docent;
    const query = parseQuery(question.question, index);
    const candidates = index.candidates(query.analyzed);
    const context = questionContext(query, candidates);
    const ranked = rerank(index, context, candidates, models.ranking ?? RANKING_MODEL);
    const windows = rankWindows(index, context, ranked, models.window ?? WINDOW_MODEL);
    return [{ question, index, query, ranked, windows }];
  });
}
