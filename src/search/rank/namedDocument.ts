import { isEnglishWord } from '../analyzer/dictionary.ts';
import { looseWords } from '../analyzer/looseWords.ts';
import type { Document } from '../../knowledge/types.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import type { Query, QueryTerm } from './query.ts';
import { asksOfText, mattersInRefusal } from './vagueWords.ts';

/** A title of more words than this is a headline, not a name a member would type. */
const MAX_NAME_WORDS = 3;

/**
 * The one document a question names, when it names one, every word of its name written in the question (see `nameIn`
 * for the names titles give: "dotenv", "ws" of "ws: a Node.js WebSocket library", "WebSocket" of "Class: WebSocket",
 * "Chalk" written in its README's code; and "fdir" of `fdir.md` when the title only describes it). A joined name
 * ("markdown-it") must be written joined. Members ask "does dotenv…" of the dotenv manual, whose own sentences rarely
 * repeat its name. A title of dictionary words ("Force") names no document, nor does another form of it ("Islam" is
 * not "Islamism") or part of it ("Khan").
 */
export function namedDocument(index: SentenceIndex, query: Query): string | undefined {
  if (index.documents.length < 2) return undefined;
  const words = looseWords(query.text);
  const written = new Set(words);
  const named = index.documents.filter((document) => {
    const name = nameOf(document);
    if (name === null || !writesName(name, words, written)) return false;
    return isCoined(name) || holdsTheRest(index, query, document.id, name);
  });
  return named.length === 1 ? named[0]!.id : undefined;
}

/**
 * Whether the document holds every other word of the question that matters: a name of dictionary words ("Errors",
 * "Chalk") may be only a word of a question about something else ("what errors did the minister make?").
 */
function holdsTheRest(index: SentenceIndex, query: Query, documentId: string, name: DocumentName): boolean {
  const rest = query.terms.filter((term) => mattersInRefusal(term) && !looseWords(term.surface).every((word) => name.words.includes(word)));
  return rest.every((term) => index.candidates([...term.matches.keys()].map((met) => ({ term: met, boost: 1 })), { documentId, limit: 1 }).length > 0);
}

/**
 * Whether a question writes a name: a joined name's words in order; another's words anywhere, or as one word, as a
 * name of several words is often typed ("nanoid" of "Nano ID").
 */
function writesName(name: DocumentName, words: readonly string[], written: ReadonlySet<string>): boolean {
  if (name.joined) return writtenInOrder(name.words, words);
  const asOne = asOneWord(name);
  return name.words.every((word) => written.has(word)) || (asOne !== undefined && written.has(asOne));
}

/** A name of several words written as one ("nanoid" of "Nano ID"); undefined for a name of one word. */
const asOneWord = ({ words }: DocumentName): string | undefined => (words.length > 1 ? words.join('') : undefined);

/** Whether the words come one after another in the text's: "markdown it" of "does markdown-it render tables?". */
function writtenInOrder(name: readonly string[], words: readonly string[]): boolean {
  return words.some((_, start) => name.every((word, i) => words[start + i] === word));
}

/**
 * Whether the document's code writes the title's words, in order: software named with dictionary words ("Chalk",
 * "Glob") is installed and imported by its name (`npm install chalk`), where an article titled "Force" has no code.
 */
function writtenInCode(document: Document, words: readonly string[]): boolean {
  return document.sections.some((section) => section.paragraphs.some((paragraph) => paragraph.code !== undefined && writtenInOrder(words, looseWords(paragraph.text))));
}

/**
 * The question without the words that name the document it is searched in ("… for envkit"): every passage there
 * meets them, so they must not favour the few sentences that repeat the name. A question of nothing else keeps them.
 */
export function withoutDocumentName(index: SentenceIndex, query: Query, documentId: string): Query {
  const name = nameOfId(index, documentId);
  if (!name) return query;
  const naming = namingTerm(name);
  const terms = query.terms.filter((term) => !naming(term));
  if (terms.length === 0 || terms.length === query.terms.length) return query;
  const dropped = new Set(query.terms.filter(naming).map((term) => term.term));
  return { ...query, terms, analyzed: query.analyzed.filter((term) => !dropped.has(term)) };
}

/**
 * The question reduced to the name of the document it is searched in, when it asks nothing else, besides words that
 * only ask of the text: "what is dotenv?", "tell me about pino". Undefined when it asks more.
 */
export function onlyDocumentName(index: SentenceIndex, query: Query, documentId: string): Query | undefined {
  const name = nameOfId(index, documentId);
  if (!name) return undefined;
  const naming = namingTerm(name);
  if (!query.terms.some(naming) || !query.terms.every((term) => naming(term) || asksOfText(term))) return undefined;
  const framing = new Set(query.terms.filter((term) => !naming(term)).map((term) => term.term));
  return { ...query, terms: query.terms.filter(naming), analyzed: query.analyzed.filter((term) => !framing.has(term)) };
}

function nameOfId(index: SentenceIndex, documentId: string): DocumentName | null {
  const document = index.documents.find((candidate) => candidate.id === documentId);
  return document ? nameOf(document) : null;
}

/** Whether a term is a name of several words typed as one ("nanoid" of "Nano ID"). */
function typedAsOne(term: QueryTerm, name: DocumentName): boolean {
  const asOne = asOneWord(name);
  return asOne !== undefined && looseWords(term.surface).join('') === asOne;
}

/** Whether a term is written with words of the document's name, or is the name typed as one word. */
function namingTerm(name: DocumentName): (term: QueryTerm) => boolean {
  return (term) => looseWords(term.surface).every((word) => name.words.includes(word)) || typedAsOne(term, name);
}

/** A document's name: its words, and whether it is written as one word joined of several ("markdown-it"). */
interface DocumentName {
  readonly words: readonly string[];
  readonly joined: boolean;
}

/** Where a title's name ends and its description begins: "ws: a Node.js WebSocket library", "tidekit — tide tables". */
const NAME_END = /\s*(?::|\s[-–—])\s/u;
/** One word joined of several parts: "markdown-it", "socket.io". */
const JOINED = /^[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)+$/u;

/** Each document's name (see `nameIn`), else null: read once, not on every question. */
const names = new WeakMap<Document, DocumentName | null>();

function nameOf(document: Document): DocumentName | null {
  let name = names.get(document);
  if (name === undefined) {
    // A file is often named for what it documents ("fdir.md") when its title only describes it; a file name of
    // dictionary words ("cookies.md") says what the page is about, and names nothing.
    name = nameIn(document.title, document) ?? coinedName(document.source.replace(/\.[^./]+$/u, ''));
    names.set(document, name);
  }
  return name;
}

/** The parts of a title before a colon or dash and just after it that are short enough to be a name. */
function partsOf(title: string): DocumentName[] {
  const [before = '', after = ''] = title.split(NAME_END).map((part) => part.trim());
  return [before, after].map((written) => ({ words: looseWords(written), joined: JOINED.test(written) })).filter(({ words }) => words.length > 0 && words.length <= MAX_NAME_WORDS);
}

/** A coined name: one word joined of several, or one with a word in no dictionary. */
const isCoined = ({ words, joined }: DocumentName): boolean => joined || words.some((word) => !isEnglishWord(word));

/** The coined name a text such as a file name gives, if any. */
function coinedName(text: string): DocumentName | null {
  return partsOf(text).find(isCoined) ?? null;
}

/**
 * The name a title gives. Its part before a colon or dash, or the part just after ("Class: WebSocket", a reference's
 * "kind: name"), when that part is a coined word: joined, or no dictionary word; of two, the one the document's code
 * writes ("fs-extra" of "Node.js: fs-extra"). Else such a part that the code writes, the part after first, as a kind
 * word ("class") may be code too. Else the title's first word, when it is coined and the code writes it: "Ajv" of
 * "Ajv JSON schema validator", a README that says `npm install ajv`.
 */
function nameIn(title: string, document: Document): DocumentName | null {
  const parts = partsOf(title);
  const inCode = ({ words }: DocumentName): boolean => writtenInCode(document, words);
  const coined = parts.filter(isCoined);
  const found = coined.find(inCode) ?? coined[0] ?? [...parts].reverse().find(inCode);
  if (found) return found;
  const [first] = looseWords(title);
  return first !== undefined && !isEnglishWord(first) && writtenInCode(document, [first]) ? { words: [first], joined: false } : null;
}
