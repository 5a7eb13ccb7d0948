import type { Token } from '../analyzer/token.ts';
import { isEnglishWord, isNearEnglishWord } from '../analyzer/dictionary.ts';
import { looseWords } from '../analyzer/looseWords.ts';
import { DASH } from '../analyzer/hyphens.ts';
import { stopWords } from '../analyzer/stopWords.ts';
import { tokenize } from '../analyzer/tokenize.ts';
import type { SearchTerm } from '../index/sentenceSearch.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { shortAndLongForms } from '../lexicon/abbreviations.ts';
import { wordTerms } from '../lexicon/relatedTerms.ts';
import { editsAllowed, keepsNumber, typoStrength } from '../typos.ts';
import { isQuestionHeading } from './questionHeading.ts';
import { otherSpellings } from './otherSpellings.ts';
import { writtenApart } from './writtenApart.ts';
import { questionShape, type QuestionShape } from './questionShape.ts';
import { mattersInRefusal } from './vagueWords.ts';

/** One distinct term of a question, with how much it matters and which indexed terms count as meeting it. */
export interface QueryTerm {
  readonly term: string;
  /** The word as the user wrote it, or the whole name it stands in ("New York"), for naming missing terms. */
  readonly surface: string;
  readonly position: number;
  /** IDF weight: rare terms decide more than common ones. */
  readonly weight: number;
  /** Names, acronyms and numbers: if the document lacks them, it cannot hold the answer. */
  readonly salient: boolean;
  /** Indexed terms that meet this one, with the strength of the match (1 exact, less for a typo). */
  readonly matches: ReadonlyMap<string, number>;
  /**
   * Indexed terms of the word's other parts of speech ("death": die) that `matches` lacks: kept apart, since the
   * ranking weighs them by a feature of their own.
   */
  readonly related: ReadonlySet<string>;
  /**
   * The documents show the word outside their sentences, in a heading or a link's address ("github" of a link to
   * github.com): it is not absent from them, though no passage holds it.
   */
  readonly shownOutsideText: boolean;
}

export interface Query {
  readonly text: string;
  /** In the order of the question's words: by position, never decreasing. */
  readonly terms: readonly QueryTerm[];
  /** Every analyzed term of the question in order, repeats included: what candidates are searched for (`searchTerms`). */
  readonly analyzed: readonly string[];
  /** What kind of answer it asks for, whether yes or no, what it negates. */
  readonly shape: QuestionShape;
}

/** A longer indexed word that starts with the query term ("ultimatum" in the typo "ultimatumsissued"). */
const PREFIX_STRENGTH = 0.5;
const MIN_PREFIX_LENGTH = 6;

// Made once: a regular expression literal is a new object every time it is evaluated, several per query term.
const DIGIT = /\d/u;
const CAPITALISED = /^\p{Lu}/u;
const HAS_CAPITAL = /\p{Lu}/u;
const LETTERS = /^\p{L}+$/u;
/** A possessive ending ("pino's"): the word is looked up without it. */
export const POSSESSIVE = /['’]s$/iu;
const ACRONYM_LETTERS = /^\p{L}{2,6}$/u;

function isSalient(token: Token, first: boolean): boolean {
  return token.keyword || DIGIT.test(token.surface) || (!first && CAPITALISED.test(token.surface));
}

/** Derived words share all but the last letter or so of their stem: `mexico` and `mexican`, `europ` and `european`. */
const SIBLING_STRENGTH = 0.5;
const MIN_SIBLING_PREFIX = 5;

/** Adds the indexed terms derived from the same word as `term`, at a lower strength than any match it has. */
function addSiblings(term: string, matches: Map<string, number>, index: SentenceIndex): Map<string, number> {
  if (term.length < MIN_SIBLING_PREFIX || DIGIT.test(term)) return matches;
  const prefix = term.slice(0, Math.max(MIN_SIBLING_PREFIX, term.length - 1));
  for (const candidate of index.vocabularies.termsAtPrefix(prefix)) {
    if (candidate.length <= term.length + 3 && !matches.has(candidate)) matches.set(candidate, SIBLING_STRENGTH);
  }
  return matches;
}

/**
 * The indexed terms of the word's related forms in WordNet ("death": died; "Mexico": Mexican) that its matches
 * lack. Only for a whole word as written: not a part of a hyphenated word, an acronym, an alias or a number ("one").
 */
function relatedFormTerms(token: Token, matches: ReadonlyMap<string, number>, index: SentenceIndex): Set<string> {
  const related = new Set<string>();
  const word = token.surface.replace(POSSESSIVE, '');
  if (token.keyword || DIGIT.test(token.term) || !LETTERS.test(word)) return related;
  const forms = wordTerms(index.analyzer, word);
  if (forms.terms !== token.term) return related;
  for (const term of forms.related) if (!matches.has(term) && index.stats.frequency(term) > 0) related.add(term);
  return related;
}

/**
 * A short form the documents never use meets what it stands for, less strongly: an acronym the words of a name with
 * its initials ("WWII": World War II), an abbreviation its word ("TV": television), and a word its abbreviation.
 */
const SHORT_FORM_STRENGTH = 0.5;

/** Whether the token is written as an acronym: "EU", or "WW" in "WW-II". */
function isAcronym(token: Token): boolean {
  return ACRONYM_LETTERS.test(token.term) && token.surface.split(DASH).includes(token.term.toUpperCase());
}

/** The words of the documents' names whose initials the acronym spells. */
function expandInitials(token: Token, index: SentenceIndex): Map<string, number> {
  const matches = new Map<string, number>();
  if (!isAcronym(token)) return matches;
  for (const name of index.namesWithInitials(token.term)) for (const term of name) matches.set(term, SHORT_FORM_STRENGTH);
  return matches;
}

/** The indexed terms of the word's abbreviations in WordNet, or of the words it abbreviates: "TV" and television. */
function expandAbbreviation(token: Token, index: SentenceIndex): Map<string, number> {
  const matches = new Map<string, number>();
  for (const form of shortAndLongForms(token.surface.replace(POSSESSIVE, ''))) {
    const term = index.heldTerm(form);
    if (term !== undefined) matches.set(term, SHORT_FORM_STRENGTH);
  }
  return matches;
}

/** The word with each pair of neighbouring letters swapped in turn: "hafruch" → ahfruch, hfaruch, harfuch… */
function neighboursSwapped(word: string): string[] {
  const swapped: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) swapped.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return swapped;
}

/**
 * Adds the terms of the documents' words that the word as written is a typo of, where its stem does not show it
 * ("presdient" is two edits from "president", but its stem is four from `presid`), counting two swapped neighbours as
 * one edit ("Hafruch" for "Harfuch"), as people most often mistype.
 */
function addMisspelt(token: Token, matches: Map<string, number>, index: SentenceIndex): void {
  const [word, ...more] = looseWords(token.surface.replace(POSSESSIVE, ''));
  if (word === undefined || more.length > 0) return;
  const edits = editsAllowed(word.length);
  if (edits === 0) return;
  const near = new Map<string, number>(index.vocabularies.nearSpellings(word, edits));
  // A swap is two edits to MiniSearch's Levenshtein search: each is looked up as written instead, at one edit.
  for (const swapped of neighboursSwapped(word)) if (index.vocabularies.hasSpelling(swapped)) near.set(swapped, 1);
  for (const [spelling, distance] of near) {
    if (!keepsNumber(word, spelling)) continue;
    const strength = typoStrength(distance);
    const term = index.heldTerm(spelling);
    if (term === undefined || strength <= (matches.get(term) ?? 0)) continue;
    matches.set(term, strength);
  }
}

/**
 * Whether a heading says the term for what is under it: any word of a question heading ("What if I accidentally
 * commit my .env file?"), as an FAQ asks in a reader's words that the answer below it need not repeat; and a number
 * in any heading ("v2.0.1" of a changelog, "Step 3"), which its section's sentences never restate.
 */
function saidByHeading(term: string, index: SentenceIndex): boolean {
  const sections = index.sectionsTitledWith(term);
  return DIGIT.test(term) ? sections.length > 0 : sections.some((section) => isQuestionHeading(section.title));
}

/**
 * Indexed terms that meet a query term: itself, also where only a heading says it (see `saidByHeading`); else its near
 * spellings, unless it is an ordinary English word (names are not held to the dictionary: "Shelly" may be
 * "Shelley"); and longer words it begins; else, for an acronym, the words of the names it abbreviates; else its
 * abbreviation or the word it abbreviates; else the two words it joins (`writtenApart`).
 */
function matchesOf(token: Token, salient: boolean, index: SentenceIndex): Map<string, number> {
  const { term } = token;
  if (index.stats.frequency(term) > 0) return addSiblings(term, new Map([[term, 1]]), index);
  if (saidByHeading(term, index)) return new Map([[term, 1]]);
  // The same word in the other English's spelling ("behaviour": behavior) meets in full.
  const spelt = otherSpellings(token.surface.replace(POSSESSIVE, '').toLowerCase()).map((spelling) => index.heldTerm(spelling)).find((held) => held !== undefined);
  if (spelt !== undefined) return addSiblings(spelt, new Map([[spelt, 1]]), index);
  const matches = new Map<string, number>();
  const mayBeTypo = salient || !isEnglishWord(token.surface.toLowerCase());
  const edits = mayBeTypo ? editsAllowed(term.length) : 0;
  for (const [candidate, [, distance]] of edits > 0 ? index.vocabularies.terms.fuzzyGet(term, edits) : []) {
    if (keepsNumber(term, candidate)) matches.set(candidate, typoStrength(distance));
  }
  if (mayBeTypo) addMisspelt(token, matches, index);
  if (term.length >= MIN_PREFIX_LENGTH) {
    for (const candidate of index.vocabularies.termsAtPrefix(term)) {
      matches.set(candidate, Math.max(matches.get(candidate) ?? 0, PREFIX_STRENGTH));
    }
  }
  addSiblings(term, matches, index);
  if (matches.size > 0) return matches;
  const initials = expandInitials(token, index);
  if (initials.size > 0) return initials;
  const abbreviated = expandAbbreviation(token, index);
  return abbreviated.size > 0 || salient ? abbreviated : writtenApart(token, index);
}

/** A hyphenated word also yields its parts closed up (`antinarcot`): the closed-up spelling, where unused, adds nothing. */
function isClosedUp(token: Token, tokens: readonly Token[]): boolean {
  const parts = tokens.filter((other) => other.position === token.position && other !== token && other.term !== token.term);
  return parts.length >= 2 && parts.map((part) => part.term).join('') === token.term;
}

/**
 * Each capitalised word's position mapped to the run of capitalised words it belongs to: "New York". A function
 * word capitalised only because it opens the question is not part of a name: "Which TV network" names "TV".
 */
function capitalisedRuns(text: string): Map<number, string> {
  const runs = new Map<number, string>();
  const words = tokenize(text);
  let start = 0;
  while (start < words.length && stopWords().has(words[start]!.surface.toLowerCase())) start++;
  while (start < words.length) {
    let end = start;
    while (CAPITALISED.test(words[end]?.surface ?? '')) end++;
    if (end > start) {
      const run = words.slice(start, end).map((word) => word.surface).join(' ');
      for (let position = start; position < end; position++) runs.set(position, run);
    }
    start = Math.max(end, start + 1);
  }
  return runs;
}

/**
 * The words of the question's alias phrases whose alias the documents use, such as "El Chapo" where the documents
 * only say "Joaquín Guzmán" and an aliases file joins the two: the alias stands for them.
 */
function wordsStoodFor(tokens: readonly Token[], index: SentenceIndex): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) {
    if (!token.keyword || index.stats.frequency(token.term) === 0) continue;
    for (const phrase of index.analyzer.phrasesOf(token.term)) for (const term of phrase) words.add(term);
  }
  return words;
}

/** Analyzes a question with the index's own analyzer, resolves each term against the vocabulary, and reads its shape: once. */
export function parseQuery(text: string, index: SentenceIndex): Query {
  const tokens = index.analyzer.tokens(text);
  const firstPosition = tokens[0]?.position ?? 0;
  const runs = capitalisedRuns(text);
  const stoodFor = wordsStoodFor(tokens, index);
  const seen = new Set<string>();
  const terms: QueryTerm[] = [];
  for (const token of tokens) {
    if (seen.has(token.term)) continue;
    seen.add(token.term);
    // A word the documents never use is left to the alias that stands for it.
    if (stoodFor.has(token.term) && index.stats.frequency(token.term) === 0) continue;
    const salient = isSalient(token, token.position === 0 && firstPosition === 0);
    const matches = matchesOf(token, salient, index);
    if (matches.size === 0 && isClosedUp(token, tokens)) continue;
    const known = index.stats.frequency(token.term) > 0;
    const weight = Math.max(...(known || matches.size === 0 ? [token.term] : [...matches.keys()]).map((term) => index.stats.idf(term)));
    terms.push({
      term: token.term,
      surface: runs.get(token.position) ?? token.surface,
      position: token.position,
      weight,
      salient,
      matches,
      related: relatedFormTerms(token, matches, index),
      shownOutsideText: !known && (index.sectionsTitledWith(token.term).length > 0 || index.linkedTerms.has(token.term)),
    });
  }
  return { text, terms, analyzed: tokens.map((token) => token.term), shape: questionShape(text) };
}

/**
 * What a question's candidates are searched for: each analyzed term (repeats count again) as the documents spell it,
 * or the terms met in its stead (near spellings, derived words, an acronym's words) at their strengths. They are
 * resolved once, here; the search does not look for near spellings again.
 */
export function searchTerms(query: Query): SearchTerm[] {
  const resolved = new Map(query.terms.map((term) => [term.term, term.matches]));
  return query.analyzed.flatMap((term) => {
    const matches = resolved.get(term);
    return matches ? [...matches].map(([match, boost]) => ({ term: match, boost })) : [{ term, boost: 1 }];
  });
}

/**
 * A word of three letters or more that is neither an English word nor one edit from one (a slip of the keys,
 * "betwen"): a name, even written in lower case as members write in chat ("yaml", "cloudflare"). A part of a
 * hyphenated word is not judged alone ("x" of "x-api-key"), nor the question's first word, as `isSalient` does not.
 */
function isUnlistedName(term: QueryTerm): boolean {
  const word = term.surface.replace(POSSESSIVE, '').toLowerCase();
  return term.position > 0 && word.length >= 3 && LETTERS.test(word) && !isEnglishWord(word) && !isNearEnglishWord(word);
}

/** Whether a word past the first has a capital: whoever writes so capitalises names, and a lower-case word is a slip. */
function capitalisesNames(text: string): boolean {
  return tokenize(text).some((word, i) => i > 0 && HAS_CAPITAL.test(word.surface));
}

/**
 * Names, acronyms and numbers of the question that nothing in the documents meets, not even a near spelling, nor
 * shows in a heading or a link (`shownOutsideText`); and, in a question written without capitals, the words of no
 * English word list that they meet in no form (`isUnlistedName`): chat writes names in lower case.
 */
export function absentTerms(query: Query): QueryTerm[] {
  const lowerCaseNames = !capitalisesNames(query.text);
  return query.terms.filter(
    (term) => term.matches.size === 0 && !term.shownOutsideText && (term.salient || (lowerCaseNames && term.related.size === 0 && mattersInRefusal(term) && isUnlistedName(term))),
  );
}

/** Whether the documents hold a question's word in no form: not as written, near or related, nor in a heading or link. */
export function inNoForm(term: QueryTerm): boolean {
  return term.matches.size === 0 && !term.shownOutsideText && term.related.size === 0;
}

export const isNumeric = (term: QueryTerm): boolean => DIGIT.test(term.term);
