import { NamesByInitials, type NameEntries } from '../aliases/namesByInitials.ts';
import { pauseAfter, type Steps } from '../../steps.ts';
import { packLists, packStrings, unpackStrings, type PackedLists, type PackedStrings } from './packedStrings.ts';

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
export function flattenNames(entries: NameEntries): FlatNames {
  const initials: string[] = [];
  const keyEnds: number[] = [];
  const names: (readonly string[])[] = [];
  for (const [key, group] of entries) {
    initials.push(key);
    names.push(...group);
    keyEnds.push(names.length);
  }
  return { initials: packStrings(initials), keyEnds: Uint32Array.from(keyEnds), names: packLists(names) };
}

/** The names again, in steps (see `Steps`), each initials' names packed as soon as read: no list outlives its step. */
export function* unflattenNames(flat: FlatNames): Steps<NamesByInitials> {
  const { keyEnds } = flat;
  const initials = yield* unpackStrings(flat.initials);
  const words = yield* unpackStrings(flat.names.strings);
  const wordEnds = flat.names.ends;
  const packed = new Map<string, string>();
  let name = 0;
  for (let key = 0; key < initials.length; key++) {
    const names: string[][] = [];
    for (; name < keyEnds[key]!; name++) names.push(words.slice(name === 0 ? 0 : wordEnds[name - 1]!, wordEnds[name]!));
    packed.set(initials[key]!, NamesByInitials.pack(names));
    if (pauseAfter(key)) yield;
  }
  return new NamesByInitials(packed);
}
