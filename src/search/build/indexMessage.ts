import type { NamesByInitials } from '../aliases/mineAcronyms.ts';
import { Postings } from '../index/postings.ts';
import { portableArrays, type PortableIndex } from './portableIndex.ts';

/** An index's parts as they cross between threads: plain data and typed arrays, the names as entries. */
export interface IndexMessage extends Omit<PortableIndex, 'initials'> {
  readonly initials: readonly (readonly [string, readonly (readonly string[])[]])[];
}

/** The typed arrays' memory, moved to the receiving thread rather than copied. */
export function transferable(message: IndexMessage): ArrayBuffer[] {
  return [...new Set(portableArrays(message).map((array) => array.buffer as ArrayBuffer))];
}

/** The parts again from a message: classes do not cross threads, only their fields. */
export function portableOfMessage(message: IndexMessage): PortableIndex {
  const { wordLists, pairLists } = message.phrases;
  const initials: NamesByInitials = new Map(message.initials);
  return {
    ...message,
    phrases: { ...message.phrases, wordLists: new Postings(wordLists.starts, wordLists.items), pairLists: new Postings(pairLists.starts, pairLists.items) },
    initials: () => initials,
  };
}
