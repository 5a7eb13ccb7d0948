import { describe, expect, it } from 'vitest';
import { TermVectors, termVectors } from '../../../src/search/lexicon/termVectors.ts';

const DIMENSIONS = 100;

/** A table whose rows are the given first coordinates, the other 98 zero, its terms written sorted. */
function tableOf(rows: Record<string, [number, number]>): TermVectors {
  const terms = Object.keys(rows).sort();
  const values = new Int8Array(terms.length * DIMENSIONS);
  terms.forEach((term, row) => values.set(rows[term]!, row * DIMENSIONS));
  return new TermVectors(terms.join('\n'), values);
}

describe('TermVectors', () => {
  it('measures the cosine of two terms, 1 for a term with itself and 0 for a term it does not hold', () => {
    const table = tableOf({ north: [100, 0], south: [100, 100], east: [0, 100] });
    expect(table.similarity('north', 'north')).toBe(1);
    expect(table.similarity('north', 'south')).toBeCloseTo(Math.SQRT1_2, 5);
    expect(table.similarity('north', 'east')).toBe(0);
    expect(table.similarity('north', 'west')).toBe(0);
    expect(table.has('west')).toBe(false);
  });

  it('refuses a table whose terms are not written sorted, one for each row', () => {
    expect(() => new TermVectors('south\nnorth', new Int8Array(2 * DIMENSIONS))).toThrow(/terms in order/u);
    expect(() => new TermVectors('north\nsouth', new Int8Array(3 * DIMENSIONS))).toThrow(/3 rows/u);
  });

  it('ships a table in which words of one meaning are close and unrelated words are not', () => {
    const table = termVectors();
    expect(table.similarity('invad', 'invas')).toBeGreaterThan(0.6);
    expect(table.similarity('troop', 'forc')).toBeGreaterThan(0.4);
    expect(table.similarity('troop', 'recip')).toBeLessThan(0.1);
  });
});
