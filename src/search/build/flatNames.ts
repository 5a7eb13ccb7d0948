import type { NamesByInitials } from '../aliases/mineAcronyms.ts';
import { pauseAfter, type Steps } from '../../steps.ts';
import { packLists, packStrings, unpackLists, unpackStrings, type PackedLists, type PackedStrings } from './packedStrings.ts';

/**
 * Names by initials as flat lists, which cross between threads in a few milliseconds where the nested lists took
 * 120 ms for a 16 MB corpus: `initials[i]` has the names `keyEnds[i - 1]` to `keyEnds[i] - 1` of `names` (where
 * `i - 1` is -1, from 0), each a list of words.
 */
export interface FlatNames {
  readonly initials: PackedStrings;
  readonly keyEnds: Uint32Array;
  readonly names: PackedLists;
}

/** The names as flat lists, in their order. */
export function flattenNames(names: NamesByInitials): FlatNames {
  const keyEnds: number[] = [];
  let count = 0;
  for (const group of names.values()) keyEnds.push((count += group.length));
  return { initials: packStrings([...names.keys()]), keyEnds: Uint32Array.from(keyEnds), names: packLists([...names.values()].flat()) };
}

/** The names again, in steps (see `Steps`). */
export function* unflattenNames(flat: FlatNames): Steps<NamesByInitials> {
  const { keyEnds } = flat;
  const initials = yield* unpackStrings(flat.initials);
  const all = yield* unpackLists(flat.names);
  const names = new Map<string, string[][]>();
  for (let key = 0; key < initials.length; key++) {
    names.set(initials[key]!, all.slice(key === 0 ? 0 : keyEnds[key - 1]!, keyEnds[key]!));
    if (pauseAfter(key)) yield;
  }
  return names;
}
