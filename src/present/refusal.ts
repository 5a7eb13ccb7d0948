import type { Refusal } from '../engine/ask.ts';

/** "A", "A and B", "A, B and C" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/**
 * The plain sentence that explains a refusal; `quoteWord` wraps the user's own words (escaping them for Discord,
 * for example).
 */
export function explainRefusal(refusal: Refusal, quoteWord: (word: string) => string = (word) => `“${word}”`): string {
  const missing = listWords(refusal.missing.map(quoteWord));
  switch (refusal.reason) {
    case 'no-terms':
      return 'Your question has no words to search for. Ask about something in the document.';
    case 'not-mentioned':
      return `The document does not mention ${missing}, so it cannot answer this.`;
    case 'weak-evidence':
      return missing === ''
        ? 'The document does not seem to answer this.'
        : `The document does not seem to answer this: nothing in it speaks to ${missing}.`;
  }
}
