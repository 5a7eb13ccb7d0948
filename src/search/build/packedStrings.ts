import { pauseAfter, type Steps } from '../../steps.ts';

/**
 * A list of strings as one string and where each ends (`list[i]` is `text.slice(ends[i - 1], ends[i])`, from 0 when
 * `i` is 0): it crosses between threads as one copy, where a list of 276,000 strings took the receiving thread 100 ms
 * to rebuild string by string, all at once.
 */
export interface PackedStrings {
  readonly text: string;
  readonly ends: Uint32Array;
}

/** The strings as one. */
export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Uint32Array(list.length);
  let end = 0;
  list.forEach((item, i) => (ends[i] = end += item.length));
  return { text: list.join(''), ends };
}

/** The strings again, in steps (see `Steps`). */
export function* unpackStrings({ text, ends }: PackedStrings): Steps<string[]> {
  const list: string[] = [];
  for (let i = 0; i < ends.length; i++) {
    list.push(text.slice(i === 0 ? 0 : ends[i - 1]!, ends[i]!));
    if (pauseAfter(i)) yield;
  }
  return list;
}

/** Lists of strings as their strings packed and where each list ends (`lists[i]` holds `strings[ends[i - 1]]` to `strings[ends[i] - 1]`). */
export interface PackedLists {
  readonly strings: PackedStrings;
  readonly ends: Uint32Array;
}

/** The lists' strings as one. */
export function packLists(lists: Iterable<readonly string[]>): PackedLists {
  const strings: string[] = [];
  const ends: number[] = [];
  for (const list of lists) {
    strings.push(...list);
    ends.push(strings.length);
  }
  return { strings: packStrings(strings), ends: Uint32Array.from(ends) };
}

/** The lists again, in steps (see `Steps`). */
export function* unpackLists({ strings, ends }: PackedLists): Steps<string[][]> {
  const all = yield* unpackStrings(strings);
  const lists: string[][] = [];
  for (let i = 0; i < ends.length; i++) {
    lists.push(all.slice(i === 0 ? 0 : ends[i - 1]!, ends[i]!));
    if (pauseAfter(i)) yield;
  }
  return lists;
}
