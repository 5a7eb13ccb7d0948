import type { IndexedSentence } from '../index/sentenceIndex.ts';
import type { TermStats } from '../index/termStats.ts';
import type { SummaryModel } from './model.ts';
import { cosine, termVector, type TermVector } from './similarity.ts';
import { SUMMARY_MODEL } from './weights.ts';

export interface ExtractOptions {
  /** How many sentences to pick. */
  readonly count: number;
  /** Pick the best sentence of each of these groups first (e.g. one per section), then fill up. */
  readonly groupOf?: (entry: IndexedSentence) => unknown;
  /** The summariser's constants; the fitted ones (weights.ts) by default. */
  readonly model?: SummaryModel;
}

interface Scored {
  readonly entry: IndexedSentence;
  readonly vector: TermVector;
  readonly score: number;
}

/**
 * Each sentence's summed cosine similarity with every other, in one pass: the sum of cosines with all sentences is
 * the dot product with the sum of their unit vectors, so books cost O(n), not O(n²).
 */
function centralities(vectors: readonly TermVector[]): number[] {
  const direction = new Map<string, number>();
  for (const vector of vectors) {
    if (vector.norm === 0) continue;
    for (const [term, weight] of vector.weights) direction.set(term, (direction.get(term) ?? 0) + weight / vector.norm);
  }
  return vectors.map((vector) => {
    if (vector.norm === 0) return 0;
    let dot = 0;
    for (const [term, weight] of vector.weights) dot += (weight / vector.norm) * (direction.get(term) ?? 0);
    return dot - 1;
  });
}

/** Where a sentence stands in its section, from 0: each section opens with its own lead. */
function positionsInSection(entries: readonly IndexedSentence[]): number[] {
  const seen = new Map<unknown, number>();
  return entries.map((entry) => {
    const position = seen.get(entry.section) ?? 0;
    seen.set(entry.section, position + 1);
    return position;
  });
}

/**
 * A prior for sentences that come early in their section (news and reports put their main point first), plus
 * centrality (how much a sentence shares with the rest), scaled down for sentences too short to say much.
 */
function scoreSentences(entries: readonly IndexedSentence[], stats: TermStats, model: SummaryModel): Scored[] {
  const vectors = entries.map((entry) => termVector(entry.terms, stats));
  const centrality = centralities(vectors);
  const topCentrality = Math.max(...centrality, Number.MIN_VALUE);
  const positions = positionsInSection(entries);
  return entries.map((entry, i) => ({
    entry,
    vector: vectors[i]!,
    score:
      (model.centralityWeight * ((centrality[i] ?? 0) / topCentrality) + (1 + positions[i]!) ** -model.positionPower) *
      Math.min(1, entry.tokenCount / model.fullLength),
  }));
}

/**
 * The sentences chosen so far, and each sentence's redundancy with them (its highest cosine with any, at least 0),
 * kept up to date as sentences are chosen, so that each pick compares every sentence with the newest choice only.
 */
class Selection {
  readonly chosen: Scored[] = [];
  private readonly redundancy = new Map<Scored, number>();

  constructor(
    private readonly all: readonly Scored[],
    private readonly model: SummaryModel,
  ) {}

  choose(item: Scored): void {
    this.chosen.push(item);
    for (const other of this.all) {
      if (other !== item) this.redundancy.set(other, Math.max(this.redundancy.get(other) ?? 0, cosine(other.vector, item.vector)));
    }
  }

  /** The best sentence of the pool not chosen yet: high score, low redundancy, never a near-duplicate. */
  best(pool: readonly Scored[]): Scored | undefined {
    let best: { item: Scored; value: number } | undefined;
    for (const item of pool) {
      if (this.chosen.includes(item)) continue;
      const redundancy = this.redundancy.get(item) ?? 0;
      if (redundancy >= this.model.nearDuplicate) continue;
      const value = item.score - this.model.redundancyPenalty * redundancy;
      if (!best || value > best.value) best = { item, value };
    }
    return best?.item;
  }
}

/**
 * Chooses the sentences of an extractive summary: central, early, and not repeating one another.
 * Returns them in document order.
 */
export function extractSummary(entries: readonly IndexedSentence[], stats: TermStats, options: ExtractOptions): IndexedSentence[] {
  const model = options.model ?? SUMMARY_MODEL;
  const scored = scoreSentences(entries, stats, model);
  const selection = new Selection(scored, model);
  if (options.groupOf) {
    const groups = new Map<unknown, Scored[]>();
    for (const item of scored) {
      const key = options.groupOf(item.entry);
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    for (const group of groups.values()) {
      if (selection.chosen.length >= options.count) break;
      const best = selection.best(group);
      if (best) selection.choose(best);
    }
  }
  while (selection.chosen.length < options.count) {
    const best = selection.best(scored);
    if (!best) break;
    selection.choose(best);
  }
  return selection.chosen.map((item) => item.entry).sort((a, b) => a.id - b.id);
}
