import { describe, expect, it } from 'vitest';
import { packLists, packStrings, unpackLists, unpackStrings } from '../../../src/search/build/packedStrings.ts';
import { runAtOnce } from '../../../src/steps.ts';

describe('packed strings', () => {
  it('give back every string, empty and accented ones and surrogate pairs included, in order', () => {
    const list = ['', 'García', 'the', '', '𝔘nicode', ...Array.from({ length: 3000 }, (_, i) => `term${i}`)];
    const packed = packStrings(list);
    expect(packed.ends).toHaveLength(list.length);
    expect(runAtOnce(unpackStrings(packed))).toEqual(list);
    expect(runAtOnce(unpackStrings(packStrings([])))).toEqual([]);
  });

  it('give back lists of strings, empty lists included', () => {
    const lists = [['world', 'war'], [], ['São', 'Paulo', 'FC'], ['x']];
    expect(runAtOnce(unpackLists(packLists(lists)))).toEqual(lists);
  });
});
