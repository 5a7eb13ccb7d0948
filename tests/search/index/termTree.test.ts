import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { packTree, unpackTree, type RadixTree } from '../../../src/search/index/termTree.ts';
import { runAtOnce } from '../../../src/steps.ts';

const terms = ['cartel', 'cartels', 'car', 'border', 'borderland', 'bore', 'fentanyl', 'b'];

type Tree = ConstructorParameters<typeof SearchableMap<number>>[0];

function built(): SearchableMap<number> {
  const map = new SearchableMap<number>();
  terms.forEach((term, id) => map.set(term, id));
  return map;
}

/** Every node's edges in order, as nested arrays. */
function shape(tree: RadixTree<number>): unknown {
  return [...tree].map(([label, child]) => [label, typeof child === 'number' ? child : shape(child)]);
}

describe('unpackTree', () => {
  const packed = packTree(built()._tree as RadixTree<number>, (id) => id);

  it('gives the tree that was packed, every node in its order, whichever path is read first', () => {
    const unpacked = new SearchableMap<number>(runAtOnce(unpackTree(packed, terms, (id) => id)) as Tree);
    expect(unpacked.get('borderland')).toBe(4);
    expect([...unpacked.fuzzyGet('bord', 1).keys()]).toEqual([...built().fuzzyGet('bord', 1).keys()]);
    expect(shape(unpacked._tree as RadixTree<number>)).toEqual(shape(built()._tree as RadixTree<number>));
    expect([...unpacked.keys()]).toEqual([...built().keys()]);
  });

  it('refuses arrays of other terms, or of a term twice', () => {
    expect(() => runAtOnce(unpackTree(packed, [...terms.slice(0, -1), 'c'], (id) => id))).toThrow(RangeError);
    expect(() => runAtOnce(unpackTree({ ...packed, leaves: packed.leaves.map((id) => (id === 1 ? 0 : id)) }, terms, (id) => id))).toThrow(RangeError);
    expect(() => runAtOnce(unpackTree(packed, terms, (id) => id, terms.length, (id) => id !== 3))).toThrow(RangeError);
  });
});
