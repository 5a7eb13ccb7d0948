import type { PhraseQuery } from './phraseQuery.ts';

// Costs, in units of the fragment's average word weight.
/** A sentence word inside the match that the fragment lacks: a dropped word. */
const GAP = 0.4;
/** Two neighbouring words in the other order. */
const SWAP = 0.3;
/** Two words written as one or one as two ("dont", "don t"): nearly the same thing. */
const JOIN = 0.1;

let scratch = new Float64Array(1024);

/**
 * The most `alignPhrase` can give this sentence: every fragment word met by its most similar word in the sentence,
 * wherever that stands. Cheap, so that sentences that cannot make the cut are never aligned.
 */
export function alignmentBound(query: PhraseQuery, sentence: Uint32Array): number {
  if (query.total === 0) return 0;
  const best = new Float64Array(query.length);
  for (const word of sentence) {
    const column = query.column(word);
    if (column !== undefined) for (let i = 0; i < column.length; i++) if (column[i]! > best[i]!) best[i] = column[i]!;
    const joined = query.joinedWordsOf(word);
    if (joined !== undefined) for (const i of joined) best[i] = 1;
  }
  let sum = 0;
  for (let i = 0; i < best.length; i++) sum += best[i]! * query.weights[i]!;
  return sum / query.total;
}

/**
 * How well the sentence holds the fragment, from 0 to 1: the best alignment of the fragment's words, in order, with
 * a stretch of the sentence (free to start and end anywhere), scoring each word's weight times its similarity and
 * charging for sentence words skipped inside the stretch, swapped neighbours and joined words; fragment words left
 * unmatched score nothing. 1 only when the stretch is the fragment word for word.
 */
export function alignPhrase(query: PhraseQuery, sentence: Uint32Array): number {
  const m = query.length;
  const n = sentence.length;
  if (m === 0 || n === 0 || query.total === 0) return 0;
  const unit = query.total / m;
  const width = n + 1;
  if (scratch.length < (m + 1) * width) scratch = new Float64Array((m + 1) * width * 2);
  const h = scratch; // h[i * width + j]: best score of fragment words 1..i aligned within sentence words 1..j
  h.fill(0, 0, width);
  const columns = Array.from(sentence, (word) => query.column(word));
  const weights = query.weights;
  for (let i = 1; i <= m; i++) {
    const weight = weights[i - 1]!;
    const before = weights[i - 2] ?? 0;
    const row = i * width;
    const up = row - width;
    h[row] = 0;
    const splits = query.splits(i - 1);
    for (let j = 1; j <= n; j++) {
      const column = columns[j - 1];
      let best = Math.max(h[up + j]!, h[row + j - 1]! - GAP * unit);
      const similarity = column?.[i - 1] ?? 0;
      if (similarity > 0) best = Math.max(best, h[up + j - 1]! + weight * similarity);
      if (j > 1) {
        if (splits && query.isSplitInto(i - 1, sentence[j - 2]!, sentence[j - 1]!)) best = Math.max(best, h[up + j - 2]! + weight - JOIN * unit);
        if (i > 1 && column !== undefined) {
          const first = columns[j - 2]?.[i - 1] ?? 0;
          const second = column[i - 2]!;
          if (first > 0 && second > 0) best = Math.max(best, h[up - width + j - 2]! + weight * first + before * second - SWAP * unit);
        }
      }
      if (i > 1 && query.joinsInto(i - 1, sentence[j - 1]!)) best = Math.max(best, h[up - width + j - 1]! + weight + before - JOIN * unit);
      h[row + j] = best;
    }
  }
  let best = 0;
  for (let j = 1; j <= n; j++) best = Math.max(best, h[m * width + j]!);
  return best / query.total;
}
