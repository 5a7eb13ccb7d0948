import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SortedLines } from '../analyzer/sortedLines.ts';

/** Dimensions of each vector in the table. */
const DIMENSIONS = 100;
const DEFAULT_DIRECTORY = fileURLToPath(new URL('./vectors/', import.meta.url));

/**
 * Word vectors keyed by analyzer term (GloVe 6B 100-d, public domain, averaged over the words that analyze to one
 * term and stored as int8): how close in meaning two terms are, for words a passage says differently. The terms are
 * written sorted, one a line, and searched where they lie: a term's line is its row.
 */
export class TermVectors {
  private readonly rows: SortedLines;
  /** Each row's norm, computed when first needed (-1 until then): a one-shot question needs a few of 70,000. */
  private readonly norms: Float64Array;

  /** @throws Error when the terms are not one sorted line for each row of values. */
  constructor(
    sortedTerms: string,
    private readonly values: Int8Array,
  ) {
    this.rows = new SortedLines(sortedTerms);
    const rows = values.length / DIMENSIONS;
    if (sortedTerms !== '' && this.rows.inOrder !== rows) throw new Error(`The term vector table has ${rows} rows but ${this.rows.inOrder} terms in order`);
    this.norms = new Float64Array(rows).fill(-1);
  }

  private normOf(row: number): number {
    if (this.norms[row]! < 0) {
      let sum = 0;
      for (let d = 0; d < DIMENSIONS; d++) sum += this.values[row * DIMENSIONS + d]! ** 2;
      this.norms[row] = Math.sqrt(sum);
    }
    return this.norms[row]!;
  }

  /** Cosine similarity of two terms' vectors; 0 when either has none. */
  similarity(a: string, b: string): number {
    const i = this.rows.position(a);
    const j = this.rows.position(b);
    if (i === undefined || j === undefined) return 0;
    if (i === j) return 1;
    let dot = 0;
    const x = i * DIMENSIONS;
    const y = j * DIMENSIONS;
    for (let d = 0; d < DIMENSIONS; d++) dot += this.values[x + d]! * this.values[y + d]!;
    const norm = this.normOf(i) * this.normOf(j);
    return norm === 0 ? 0 : dot / norm;
  }

  has(term: string): boolean {
    return this.rows.position(term) !== undefined;
  }
}

let loaded: TermVectors | undefined;

/** The table beside this module (terms.txt, vectors.bin), read once; an empty table when it is absent. */
export function termVectors(directory = DEFAULT_DIRECTORY): TermVectors {
  if (loaded) return loaded;
  const termsFile = `${directory}/terms.txt`;
  if (!existsSync(termsFile)) return (loaded = new TermVectors('', new Int8Array(0)));
  const terms = readFileSync(termsFile, 'utf8');
  const bytes = readFileSync(`${directory}/vectors.bin`);
  return (loaded = new TermVectors(terms, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
}
