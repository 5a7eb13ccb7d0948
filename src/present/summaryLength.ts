import { SUMMARY_LENGTHS } from '../engine/summarize.ts';
import { listWords } from './refusal.ts';

/** The reply to a length word that is none of the lengths; `quoteWord` wraps the user's word (escaping it for Discord, for example). */
export function unknownLength(word: string, quoteWord: (word: string) => string = (typed) => `“${typed}”`): string {
  return `There is no length ${quoteWord(word)}. The lengths are ${listWords(SUMMARY_LENGTHS)}.`;
}
