import { isEnglishWord } from '../analyzer/dictionary.ts';
import { looseWords } from '../analyzer/looseWords.ts';
import type { Document } from '../../knowledge/types.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import type { Query } from './query.ts';

/** A title of more words than this is a headline, not a name a member would type. */
const MAX_NAME_WORDS = 3;

/**
 * The one document a question names, when it names one: a short title that is a name ("dotenv", "MiniSearch",
 * "Nikola Tesla": one of its words in no dictionary), every word of it written in the question. Members ask "does
 * dotenv…" of the dotenv manual, whose own sentences rarely repeat its name. A title of dictionary words ("Force")
 * names no document, nor does another form of it ("Islam" is not "Islamism") or part of it ("Khan").
 */
export function namedDocument(index: SentenceIndex, query: Query): string | undefined {
  if (index.documents.length < 2) return undefined;
  const written = new Set(looseWords(query.text));
  const named = index.documents.filter((document) => nameOf(document)?.every((word) => written.has(word)));
  return named.length === 1 ? named[0]!.id : undefined;
}

/** Each document's title words when its title is a name, else null: read once, not on every question. */
const names = new WeakMap<Document, readonly string[] | null>();

function nameOf(document: Document): readonly string[] | null {
  let name = names.get(document);
  if (name === undefined) {
    const title = looseWords(document.title);
    name = title.length > 0 && title.length <= MAX_NAME_WORDS && title.some((word) => !isEnglishWord(word)) ? title : null;
    names.set(document, name);
  }
  return name;
}
