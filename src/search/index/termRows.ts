import { alphabeticalOrder } from './alphabetical.ts';
/**
 * Rows of ids in compressed sparse form: row `r` is `ids[offsets[r] … offsets[r + 1])`, with how often each occurs
 * in `counts`. A row is a sentence (or a section title) and its ids are terms.
 */
export interface Rows {
  readonly offsets: Uint32Array;
  readonly ids: Uint32Array;
  readonly counts: Uint16Array;
}

/** What analysis found: every term, each sentence's and each section title's terms. What a persisted index stores. */
export interface IndexTerms {
  /** Term ids are positions in this list. */
  readonly terms: readonly string[];
  /** Term ids in the alphabetical order of their terms (see `alphabetical.ts`). */
  readonly alphabetical: Uint32Array;
  /** Each sentence's distinct terms, in order of first appearance, with how often each occurs. */
  readonly sentences: Rows;
  /** Each section title's distinct terms, likewise. */
  readonly titles: Rows;
}

/** A term counted more often than this in one sentence counts this often. */
const MAX_COUNT = 0xffff;

export function rowCount(rows: Rows): number {
  return rows.offsets.length - 1;
}

/** The distinct terms of one row, in order of first appearance. */
export function rowTerms(rows: Rows, row: number, terms: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) set.add(terms[rows.ids[i]!]!);
  return set;
}

/** How many terms a row holds, repeats included. */
export function rowLength(rows: Rows, row: number): number {
  let length = 0;
  for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) length += rows.counts[i]!;
  return length;
}

/** Distinct terms of each text in order of first appearance, with counts, ids assigned in order of first appearance. */
function forwardRows(texts: readonly (readonly string[])[], termIds: Map<string, number>, terms: string[]): Rows {
  const offsets = new Uint32Array(texts.length + 1);
  const ids: number[] = [];
  const counts: number[] = [];
  // Per term id: the last row that held it and where it sits in that row.
  const lastRow: number[] = [];
  const slot: number[] = [];
  texts.forEach((list, row) => {
    for (const term of list) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = terms.length;
        termIds.set(term, id);
        terms.push(term);
        lastRow.push(-1);
        slot.push(0);
      }
      if (lastRow[id] !== row) {
        lastRow[id] = row;
        slot[id] = ids.length;
        ids.push(id);
        counts.push(1);
      } else counts[slot[id]!] = Math.min(MAX_COUNT, counts[slot[id]!]! + 1);
    }
    offsets[row + 1] = ids.length;
  });
  return { offsets, ids: Uint32Array.from(ids), counts: Uint16Array.from(counts) };
}

/** Collects the analyzed terms of every sentence (with repeats) and of every section title into compact rows. */
export function collectTerms(sentenceTerms: readonly (readonly string[])[], titleTerms: readonly (readonly string[])[]): IndexTerms {
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const sentences = forwardRows(sentenceTerms, termIds, terms);
  const titles = forwardRows(titleTerms, termIds, terms);
  return { terms, alphabetical: alphabeticalOrder(terms), sentences, titles };
}
