import { isEnglishWord } from '../analyzer/dictionary.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import type { Query } from './query.ts';

/** A title of more words than this is a headline, not a name a member would type. */
const MAX_NAME_TERMS = 3;

/**
 * The one document a question names, when it names one: a short title ("dotenv", "Nikola Tesla") whose every word the
 * question holds, one of them as a name (capitalised, or a word no dictionary holds). Members ask "does dotenv…" of the dotenv manual, whose own sentences rarely
 * repeat its name; part of a name ("Kublai Khan" against "Genghis Khan") or a word of a headline names nothing.
 */
export function namedDocument(index: SentenceIndex, query: Query): string | undefined {
  if (index.documents.length < 2) return undefined;
  const asked = new Set(query.terms.map((term) => term.term));
  // A name as capitalised, or as no dictionary holds it: "dotenv" typed in lower case is a name still.
  const names = new Set(query.terms.filter((term) => term.salient || !isEnglishWord(term.surface.toLowerCase())).map((term) => term.term));
  const named = index.documents.filter((document) => {
    const title = [...index.documentTitleTermsOf(document)];
    return title.length > 0 && title.length <= MAX_NAME_TERMS && title.every((term) => asked.has(term)) && title.some((term) => names.has(term));
  });
  return named.length === 1 ? named[0]!.id : undefined;
}
