import type { IndexedSentence } from '../../search/index/sentenceIndex.ts';

const DAMPING = 0.85;
const ITERATIONS = 50;

/** Mihalcea and Tarau's similarity: shared terms over the log lengths of the two sentences. */
function overlap(a: IndexedSentence, b: IndexedSentence): number {
  if (a.terms.size < 2 || b.terms.size < 2) return 0;
  let shared = 0;
  for (const term of a.terms) if (b.terms.has(term)) shared++;
  return shared / (Math.log(a.terms.size) + Math.log(b.terms.size));
}

/** Plain TextRank (PageRank over sentence overlap), the best `count` sentences in document order: a baseline. */
export function textRank(entries: readonly IndexedSentence[], count: number): IndexedSentence[] {
  const n = entries.length;
  const similarity = entries.map((a, i) => entries.map((b, j) => (i === j ? 0 : overlap(a, b))));
  const outWeight = similarity.map((row) => row.reduce((sum, value) => sum + value, 0));
  let rank = new Array<number>(n).fill(1 / Math.max(1, n));
  for (let iteration = 0; iteration < ITERATIONS; iteration++) {
    rank = rank.map((_, i) => (1 - DAMPING) / n + DAMPING * similarity.reduce((sum, row, j) => (outWeight[j] ? sum + (row[i]! / outWeight[j]!) * rank[j]! : sum), 0));
  }
  return entries
    .map((entry, i) => ({ entry, score: rank[i]! }))
    .sort((a, b) => b.score - a.score || a.entry.id - b.entry.id)
    .slice(0, count)
    .map((item) => item.entry)
    .sort((a, b) => a.id - b.id);
}
