import { isEnglishWord } from '../analyzer/dictionary.ts';
import { looseWords } from '../analyzer/looseWords.ts';
import type { Document } from '../../knowledge/types.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import type { Query, QueryTerm } from './query.ts';

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

/**
 * The question without the words that name the document it is searched in ("… for envkit"): every passage there
 * meets them, so they must not favour the few sentences that repeat the name. A question of nothing else keeps them.
 */
export function withoutDocumentName(index: SentenceIndex, query: Query, documentId: string): Query {
  const naming = namingTerm(index, documentId);
  if (!naming) return query;
  const terms = query.terms.filter((term) => !naming(term));
  if (terms.length === 0 || terms.length === query.terms.length) return query;
  const dropped = new Set(query.terms.filter(naming).map((term) => term.term));
  return { ...query, terms, analyzed: query.analyzed.filter((term) => !dropped.has(term)) };
}

/** Whether every term of the question is a word of the name of the document it is searched in: "what is dotenv?". */
export function onlyNamesDocument(index: SentenceIndex, query: Query, documentId: string): boolean {
  const naming = namingTerm(index, documentId);
  return naming !== undefined && query.terms.length > 0 && query.terms.every(naming);
}

/** Whether a term is written with words of the document's name; undefined when its title is no name. */
function namingTerm(index: SentenceIndex, documentId: string): ((term: QueryTerm) => boolean) | undefined {
  const document = index.documents.find((candidate) => candidate.id === documentId);
  const name = document ? nameOf(document) : null;
  return name ? (term) => looseWords(term.surface).every((word) => name.includes(word)) : undefined;
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
