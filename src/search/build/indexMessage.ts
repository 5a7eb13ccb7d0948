import { Postings } from '../index/postings.ts';
import type { Steps } from '../../steps.ts';
import { flattenNames, unflattenNames, type FlatNames } from './flatNames.ts';
import { portableArrays, type PortableIndex } from './portableIndex.ts';

/** An index's parts as they cross between threads: plain data and typed arrays, the names flat. */
export interface IndexMessage extends Omit<PortableIndex, 'initials'> {
  readonly initials: FlatNames;
}

/** The parts of an index as a message, its names found now if they were not yet. */
export function indexMessageOf(portable: PortableIndex): IndexMessage {
  return { ...portable, initials: flattenNames(portable.initials() ?? new Map()) };
}

/** The typed arrays' memory, moved to the receiving thread rather than copied. */
export function transferable(message: IndexMessage): ArrayBuffer[] {
  const arrays = [...portableArrays(message), message.initials.keyEnds, message.initials.wordEnds];
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}

/** The parts again from a message, in steps (see `Steps`): classes do not cross threads, only their fields. */
export function* portableOfMessage(message: IndexMessage): Steps<PortableIndex> {
  const { wordLists, pairLists } = message.phrases;
  const initials = yield* unflattenNames(message.initials);
  return {
    ...message,
    phrases: { ...message.phrases, wordLists: new Postings(wordLists.starts, wordLists.items), pairLists: new Postings(pairLists.starts, pairLists.items) },
    initials: () => initials,
  };
}
