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
 * build inverts every term (a stored index and a reload's worker hand the postings over); with `wanted`, only the
 * terms it marks get postings, from one scan of the rows: a question's few terms, before any index's are at hand.
 */
export function invertRows(rows: Rows, termCount: number, sentenceCount: number, rowOf: (sentence: number) => number, wanted?: Uint8Array): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const row = rowOf(sentence);
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) if (!wanted || wanted[rows.ids[i]!]) offsets[rows.ids[i]! + 1]!++;
  }
  for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
  const next = offsets.slice(0, termCount);
  const sentences = new Uint32Array(offsets[termCount]!);
  const counts = new Uint16Array(offsets[termCount]!);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const row = rowOf(sentence);
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) {
      if (wanted && !wanted[rows.ids[i]!]) continue;
      const at = next[rows.ids[i]!]!++;
      sentences[at] = sentence;
      counts[at] = rows.counts[i]!;
    }
  }
  return { offsets, sentences, counts };
}

/** How many rows hold each term: a term's sentence frequency, for the sentences' rows. */
export function rowsHolding(rows: Rows, termCount: number): Uint32Array {
  const frequencies = new Uint32Array(termCount);
  for (let i = 0; i < rows.ids.length; i++) frequencies[rows.ids[i]!]!++;
  return frequencies;
}
