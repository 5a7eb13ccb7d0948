import type { Candidate, IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { candidateFeatures, type Features, type QuestionContext } from './candidateFeatures.ts';
import { linearScore, type LinearModel } from './model.ts';
import { RANKING_MODEL } from './weights.ts';

/** The evidence behind one sentence's rank, kept so that refusals and evals can explain themselves. */
export interface RankedSentence {
  readonly entry: IndexedSentence;
  readonly score: number;
  readonly features: Features;
}

/** Reorders MiniSearch's candidates by the evidence each holds for the question (its `questionContext`), best first. */
export function rerank(index: SentenceIndex, question: QuestionContext, candidates: readonly Candidate[], model: LinearModel = RANKING_MODEL): RankedSentence[] {
  return candidates
    .map((candidate, rank) => {
      const features = candidateFeatures(index, question, candidate, rank);
      return { entry: candidate.entry, score: linearScore(model, features), features };
    })
    .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id);
}
