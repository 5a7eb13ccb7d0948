import type { Rows } from './termRows.ts';

/** One field's postings by term: term `t` is in the sentences `sentences[offsets[t]] …`, `counts` times each. */
export interface FieldPostings {
  readonly offsets: Uint32Array;
  readonly sentences: Uint32Array;
  readonly counts: Uint16Array;
}

/** The postings of both fields of the index: the sentences' text, then their section titles. */
export type FieldPair = readonly [FieldPostings, FieldPostings];

/**
 * Turns rows (sentence → terms) into postings (term → sentences, ascending); sentence `s` reads row `rowOf(s)`. Only a
 * build does it: a stored index and a reload's worker hand the postings over.
 */
export function invertRows(rows: Rows, termCount: number, sentenceCount: number, rowOf: (sentence: number) => number): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const row = rowOf(sentence);
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) offsets[rows.ids[i]! + 1]!++;
  }
  for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
  const next = offsets.slice(0, termCount);
  const sentences = new Uint32Array(offsets[termCount]!);
  const counts = new Uint16Array(offsets[termCount]!);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const row = rowOf(sentence);
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) {
      const at = next[rows.ids[i]!]!++;
      sentences[at] = sentence;
      counts[at] = rows.counts[i]!;
    }
  }
  return { offsets, sentences, counts };
}
