import { describe, expect, it } from 'vitest';
import { ComputedMap } from '../../../src/search/index/computedMap.ts';

describe('ComputedMap', () => {
  it('reads as the Map of its computed entries, and changes like one', () => {
    const squares = new ComputedMap(4, (key) => key * key);
    expect([squares.size, squares.get(3), squares.get(4), squares.get(1.5), squares.has(0), squares.has(-1)]).toEqual([4, 9, undefined, undefined, true, false]);
    expect([...squares]).toEqual([...new Map([0, 1, 2, 3].map((key) => [key, key * key]))]);
    squares.set(7, 1);
    squares.delete(0);
    expect([...squares.keys()]).toEqual([1, 2, 3, 7]);
    expect(squares.size).toBe(4);
  });
});
