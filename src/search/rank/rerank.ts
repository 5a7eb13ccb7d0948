import type { Candidate, IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';
import { candidateFeatures, type Features, type QuestionContext } from './candidateFeatures.ts';
import { linearScore, type LinearModel } from './model.ts';
import { sectionCoverageFor } from './sectionCoverage.ts';
import { structureFeatures, type StructureFeatures } from './structureFeatures.ts';
import { STRUCTURE_MODEL } from './manualWeights.ts';
import { RANKING_MODEL } from './weights.ts';

/** The evidence behind one sentence's rank, kept so that refusals and evals can explain themselves. */
export interface RankedSentence {
  readonly entry: IndexedSentence;
  readonly score: number;
  readonly features: Features;
  /** Where the sentence stands in its document's layout: weighed on top of `features` by the structure model. */
  readonly structure: StructureFeatures;
}

/** The models a ranking is scored under: what the sentence says (fitted on prose), and where it stands (fitted on manuals). */
export interface RankingModels {
  readonly ranking?: LinearModel;
  readonly structure?: LinearModel;
}

/** Reorders MiniSearch's candidates by the evidence each holds for the question (its `questionContext`), best first. */
export function rerank(index: SentenceIndex, question: QuestionContext, candidates: readonly Candidate[], { ranking = RANKING_MODEL, structure = STRUCTURE_MODEL }: RankingModels = {}): RankedSentence[] {
  const coverageOf = sectionCoverageFor(index, question.query);
  return candidates
    .map((candidate, rank) => {
      const features = candidateFeatures(index, question, candidate, rank);
      const layout = structureFeatures(index, question, candidate.entry, coverageOf);
      return { entry: candidate.entry, score: linearScore(ranking, features) + linearScore(structure, layout), features, structure: layout };
    })
    .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id);
}
