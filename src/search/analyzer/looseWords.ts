import { foldAccentsOf } from './fold.ts';

/**
 * The words of a text as a member might type them: lower case, no accents, any punctuation a break, stop words
 * kept. `looseWords('García’s U.S.-led plan')` → `['garcia', 's', 'u', 's', 'led', 'plan']`.
 */
export function looseWords(text: string): string[] {
  return foldAccentsOf(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
