import { pauseAfter, type Steps } from '../../steps.ts';

/** A radix tree as MiniSearch keeps its terms: edges labelled with parts of terms, a term's value under an empty edge. */
export type RadixTree<T> = Map<string, T | RadixTree<T>>;

/** The edge under which a node keeps the value of the term that ends there. */
const LEAF = '';

/**
 * A tree of terms in pre-order, as arrays: rebuilt node by node, in the same order, without inserting any term
 * again (inserting 80,000 terms is most of assembling a book-sized index).
 */
export interface PackedTree {
  /** Every edge's label, one after another: edge `i` ends at `labelEnds[i]`. A leaf's label is empty. */
  readonly labels: string;
  readonly labelEnds: Uint32Array;
  /** How many edges leave each node, nodes in pre-order. */
  readonly degrees: Uint32Array;
  /** The term id of each leaf, in pre-order. */
  readonly leaves: Uint32Array;
}

/** Packs a tree whose values are term ids, or hold them, or whose terms have ids (`termOf` the value and the term). */
export function packTree<T>(tree: RadixTree<T>, termOf: (value: T, term: string) => number): PackedTree {
  const labels: string[] = [];
  const labelEnds: number[] = [];
  const degrees: number[] = [];
  const leaves: number[] = [];
  let length = 0;
  const visit = (node: RadixTree<T>, path: string): void => {
    degrees.push(node.size);
    for (const [label, child] of node) {
      labels.push(label);
      labelEnds.push((length += label.length));
      if (label === LEAF) leaves.push(termOf(child as T, path));
      else visit(child as RadixTree<T>, path + label);
    }
  };
  visit(tree, '');
  return { labels: labels.join(''), labelEnds: Uint32Array.from(labelEnds), degrees: Uint32Array.from(degrees), leaves: Uint32Array.from(leaves) };
}

/** A node being filled: its map, how many of its edges are still to read, and the term its path spells. */
interface OpenNode<T> {
  readonly tree: RadixTree<T>;
  remaining: number;
  readonly path: string;
}

/**
 * The tree again, each leaf holding `valueOf(term id)`, in steps (see `Steps`): a book-sized tree has hundreds of
 * thousands of nodes. A tree of some of the terms only has `leafCount` leaves; `valueOf` may refuse a term with a
 * RangeError.
 * @throws RangeError when the arrays do not describe a tree of `leafCount` of these terms, each once.
 */
export function* unpackTree<T>(
  { labels, labelEnds, degrees, leaves }: PackedTree,
  terms: readonly string[],
  valueOf: (term: number) => T,
  leafCount = terms.length,
): Steps<RadixTree<T>> {
  const malformed = (): RangeError => new RangeError('The tree of terms does not hold exactly the index’s terms');
  if (leaves.length !== leafCount || leafCount > terms.length) throw malformed();
  const seen = new Uint8Array(terms.length);
  let node = 0;
  let leaf = 0;
  const open = (path: string): OpenNode<T> => {
    const remaining = degrees[node++];
    if (remaining === undefined) throw malformed();
    return { tree: new Map(), remaining, path };
  };
  const root = open('');
  // Depth first with a stack of open nodes, each node's edges in order: the pre-order `packTree` wrote.
  const stack = [root];
  let edge = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.remaining === 0) {
      stack.pop();
      continue;
    }
    top.remaining--;
    const end = labelEnds[edge];
    if (end === undefined || end > labels.length) throw malformed();
    const label = labels.slice(edge === 0 ? 0 : labelEnds[edge - 1], end);
    if (label !== LEAF) {
      const child = open(top.path + label);
      top.tree.set(label, child.tree);
      stack.push(child);
    } else {
      const term = leaves[leaf++]!;
      if (term >= terms.length || seen[term] === 1 || terms[term] !== top.path) throw malformed();
      seen[term] = 1;
      top.tree.set(LEAF, valueOf(term));
    }
    if (pauseAfter(edge++)) yield;
  }
  if (node !== degrees.length || edge !== labelEnds.length || leaf !== leaves.length) throw malformed();
  return root.tree;
}
