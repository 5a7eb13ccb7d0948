import type { Refusal } from '../engine/ask.ts';

/** "A", "A and B", "A, B and C" */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** What a reply calls the text it searched: "the documents" when it searched several, else "the document". */
export function searchedDocuments(several: boolean): string {
  return several ? 'the documents' : 'the document';
}

/**
 * The plain sentence that explains a refusal, about "the documents" when the question searched several;
 * `quoteWord` wraps the user's own words (escaping them for Discord, for example).
 */
export function explainRefusal(refusal: Refusal, several: boolean, quoteWord: (word: string) => string = (word) => `“${word}”`): string {
  const missing = listWords(refusal.missing.map(quoteWord));
  const grammar = several ? { subject: 'The documents do', pronoun: 'they', object: 'them' } : { subject: 'The document does', pronoun: 'it', object: 'it' };
  switch (refusal.reason) {
    case 'no-terms':
      return `Your question has no words to search for. Ask about something in ${searchedDocuments(several)}.`;
    case 'not-mentioned':
      return `${grammar.subject} not mention ${missing}, so ${grammar.pronoun} cannot answer this.`;
    case 'weak-evidence':
      return missing === ''
        ? `${grammar.subject} not seem to answer this.`
        : `${grammar.subject} not seem to answer this: nothing in ${grammar.object} speaks to ${missing}.`;
  }
}
