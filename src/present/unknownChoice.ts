import type { UnknownChoice } from '../commands/choices.ts';
import { listWords } from './refusal.ts';

/** The reply to a value that is none of an option's choices; `quoteWord` wraps the user's word (escaping it for Discord, for example). */
export function unknownChoice({ option, typed }: UnknownChoice, quoteWord: (word: string) => string = (word) => `“${word}”`): string {
  return `There is no ${option.name} ${quoteWord(typed)}. The ${option.name}s are ${listWords(option.choices ?? [])}.`;
}
