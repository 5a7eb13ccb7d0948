import { pauseAfter, type Steps } from '../../steps.ts';
import { LazyMap } from './lazyMap.ts';

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

/** The packed arrays, with where each node's subtree ends, that every node of an unpacked tree reads. */
interface Source<T> extends PackedTree {
  readonly valueOf: (term: number) => T;
  /** By node: how many nodes (itself included) and leaves its subtree holds; its edges are one per other node and leaf. */
  readonly nodesUnder: Uint32Array;
  readonly leavesUnder: Uint32Array;
}

/**
 * A node of an unpacked tree, its edges read from the arrays the first time anything reads it (see `LazyMap`): a
 * question follows a few paths of a tree of hundreds of thousands of nodes, and making them all took a one-shot
 * question a tenth of its time. Children come in the order `packTree` wrote them, so that every walk of the tree
 * meets terms in the order of the tree that was packed.
 */
class PackedNode<T> extends LazyMap<string, T | RadixTree<T>> {
  constructor(
    private readonly source: Source<T>,
    /** This node's number in pre-order, its first edge's, and the first leaf under it. */
    private readonly node: number,
    private readonly firstEdge: number,
    private readonly firstLeaf: number,
  ) {
    super();
  }

  protected load(put: (label: string, child: T | RadixTree<T>) => void): void {
    const { source } = this;
    const { labels, labelEnds, degrees, leaves } = source;
    let edge = this.firstEdge;
    let node = this.node + 1;
    let leaf = this.firstLeaf;
    for (let remaining = degrees[this.node]!; remaining > 0; remaining--) {
      const start = edge === 0 ? 0 : labelEnds[edge - 1]!;
      const label = labels.slice(start, labelEnds[edge]);
      if (label === LEAF) {
        put(LEAF, source.valueOf(leaves[leaf++]!));
        edge++;
      } else {
        put(label, new PackedNode(source, node, edge + 1, leaf));
        edge += source.nodesUnder[node]! + source.leavesUnder[node]!;
        leaf += source.leavesUnder[node]!;
        node += source.nodesUnder[node]!;
      }
    }
  }
}

/** A node being checked: its number, how many of its edges are still to read, and where its subtree starts. */
interface OpenNode {
  readonly node: number;
  remaining: number;
  readonly firstLeaf: number;
  /** Where its path ends: the total length of the labels leading to it. */
  readonly depth: number;
  /** The edge leading to it; none for the root. */
  readonly edge: number;
}

/**
 * The tree again, each leaf holding `valueOf(term id)` when first read; the arrays are checked whole now, in steps
 * (see `Steps`), and the nodes made when first read. A tree of some of the terms only has `leafCount` leaves, each
 * one that `holds` (default: any).
 * @throws RangeError when the arrays do not describe a tree of `leafCount` of these terms, each once.
 */
export function* unpackTree<T>(
  packed: PackedTree,
  terms: readonly string[],
  valueOf: (term: number) => T,
  leafCount = terms.length,
  holds: (term: number) => boolean = () => true,
): Steps<RadixTree<T>> {
  const { labels, labelEnds, degrees, leaves } = packed;
  const malformed = (): RangeError => new RangeError('The tree of terms does not hold exactly the index’s terms');
  if (leaves.length !== leafCount || leafCount > terms.length) throw malformed();
  const seen = new Uint8Array(terms.length);
  const nodesUnder = new Uint32Array(degrees.length);
  const leavesUnder = new Uint32Array(degrees.length);
  let node = 0;
  let leaf = 0;
  let edge = 0;
  const open = (depth: number, from: number): OpenNode => {
    const remaining = degrees[node];
    if (remaining === undefined) throw malformed();
    return { node: node++, remaining, firstLeaf: leaf, depth, edge: from };
  };
  /** Whether the labels on the stack, root first, spell `term`. */
  const spells = (stack: readonly OpenNode[], term: string): boolean => {
    if (term.length !== stack[stack.length - 1]!.depth) return false;
    for (let i = 1; i < stack.length; i++) {
      const { edge: through, depth } = stack[i]!;
      const start = through === 0 ? 0 : labelEnds[through - 1]!;
      for (let k = 0; k < labelEnds[through]! - start; k++) if (term.charCodeAt(depth - (labelEnds[through]! - start) + k) !== labels.charCodeAt(start + k)) return false;
    }
    return true;
  };
  // Depth first with a stack of open nodes, each node's edges in order: the pre-order `packTree` wrote.
  const stack = [open(0, 0)];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.remaining === 0) {
      stack.pop();
      nodesUnder[top.node] = node - top.node;
      leavesUnder[top.node] = leaf - top.firstLeaf;
      continue;
    }
    top.remaining--;
    const end = labelEnds[edge];
    const start = edge === 0 ? 0 : labelEnds[edge - 1]!;
    if (end === undefined || end > labels.length) throw malformed();
    if (end > start) {
      const from = edge++;
      stack.push(open(top.depth + end - start, from));
    } else {
      edge++;
      const term = leaves[leaf++]!;
      if (term >= terms.length || seen[term] === 1 || !holds(term) || !spells(stack, terms[term]!)) throw malformed();
      seen[term] = 1;
    }
    if (pauseAfter(edge)) yield;
  }
  if (node !== degrees.length || edge !== labelEnds.length || leaf !== leaves.length) throw malformed();
  return new PackedNode({ ...packed, valueOf, nodesUnder, leavesUnder }, 0, 0, 0);
}

/** Reads every node of a tree now, in steps: what a long run wants before its questions. */
export function* fillTree<T>(tree: RadixTree<T>): Steps<void> {
  let nodes = 0;
  const stack: RadixTree<T>[] = [tree];
  while (stack.length > 0) {
    for (const [label, child] of stack.pop()!) if (label !== LEAF) stack.push(child as RadixTree<T>);
    if (pauseAfter(nodes++)) yield;
  }
}
