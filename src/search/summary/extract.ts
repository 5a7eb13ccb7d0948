import type { IndexedSentence } from '../index/sentenceIndex.ts';
import type { TermStats } from '../index/termStats.ts';
import type { SummaryModel } from './model.ts';
import { sentenceFeatures } from './features.ts';
import { cosine, termVector, type TermVector } from './similarity.ts';
import { SUMMARY_MODEL } from './weights.ts';

export interface ExtractOptions {
  /** How many sentences to pick. */
  readonly count: number;
  /** Pick the best sentence of each of these groups first (e.g. one per section), then fill up. */
  readonly groupOf?: (entry: IndexedSentence) => unknown;
  /** Choose the first sentence whatever its score: the caller knows the text opens with its subject. */
  readonly keepOpening?: boolean;
  /** The summariser's constants; the fitted ones (weights.ts) by default. */
  readonly model?: SummaryModel;
}

interface Scored {
  readonly entry: IndexedSentence;
  readonly vector: TermVector;
  readonly score: number;
}

/** Each sentence's learned score: the intercept plus the weighted features (features.ts), and the opening's bonus. */
function scoreSentences(entries: readonly IndexedSentence[], stats: TermStats, model: SummaryModel): Scored[] {
  const vectors = entries.map((entry) => termVector(entry.terms, stats));
  const features = sentenceFeatures(entries, vectors);
  const [intercept = 0, ...weights] = model.weights;
  return entries.map((entry, i) => ({
    entry,
    vector: vectors[i]!,
    score: features[i]!.reduce((sum, value, f) => sum + value * (weights[f] ?? 0), intercept) + (i === 0 ? model.openingBonus : 0),
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

  /** The best-scored sentence of the pool not chosen yet, never a near-duplicate of a chosen one. */
  best(pool: readonly Scored[]): Scored | undefined {
    let best: Scored | undefined;
    for (const item of pool) {
      if (this.chosen.includes(item)) continue;
      if ((this.redundancy.get(item) ?? 0) >= this.model.nearDuplicate) continue;
      if (!best || item.score > best.score) best = item;
    }
    return best;
  }
}

/**
 * Chooses the sentences of an extractive summary: the best scored, not repeating one another, after the opening
 * sentence when the caller keeps it. Returns them in document order.
 */
export function extractSummary(entries: readonly IndexedSentence[], stats: TermStats, options: ExtractOptions): IndexedSentence[] {
  const model = options.model ?? SUMMARY_MODEL;
  const scored = scoreSentences(entries, stats, model);
  const selection = new Selection(scored, model);
  const opening = options.keepOpening && options.count > 0 ? scored[0] : undefined;
  if (opening) selection.choose(opening);
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
      if (opening && group.includes(opening)) continue;
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
