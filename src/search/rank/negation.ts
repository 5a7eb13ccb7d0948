import { tokenize } from '../analyzer/tokenize.ts';
import { askingClause, type AskingClause } from './askingClause.ts';
import type { IndexedSentence } from '../index/sentenceIndex.ts';
import { stopWords } from '../analyzer/stopWords.ts';

/** "not", "never", "no", "didn't": a question that says one of these asks about something that did not happen. */
const NEGATION = /\b(?:not|never|no|none|nor|neither|without)\b|n['’]t\b/iu;
const NEGATION_WORD = /^(?:not|never|no|none|nor|neither|without|cannot|\p{L}+n['’]t)$/iu;
/** Words that say "not" in a passage without the word itself: "cannot", "denied", "failed", "unable". */
const NEGATIVE_WORDS = /\b(?:cannot|den(?:y|ies|ied|ial)|fail(?:s|ed|ure)?|lack(?:s|ed|ing)?|refus(?:e|es|ed|al)|unable)\b/iu;
/** Prefixes that negate the word they precede: "informal", "unused", "disagreed", "non-violent". */
const NEGATING_PREFIX = /^(?:un|in|im|ir|il|dis|non-?)/u;
/** The words a negation governs: the next few after it ("not carefully planned"). */
const SCOPE = 3;
const MIN_NEGATED_LENGTH = 3;
/** The negated word is the question's word with at most an ending: "informal" for "formal", not "information" for "form". */
const MAX_ENDING = 3;

/** A question phrased in the negative where it asks: the words its negations govern, in lower case ("What is not formal?": formal). */
export interface Negation {
  readonly words: readonly string[];
}

/** How a question is phrased in the negative where it asks (its `askingClause`), or undefined when it is not. */
export function negationOf(question: string, clause: AskingClause = askingClause(question)): Negation | undefined {
  const asking = clause.text;
  if (!NEGATION.test(asking)) return undefined;
  const words = tokenize(asking).map((token) => token.surface.toLowerCase());
  return { words: words.flatMap((word, i) => (NEGATION_WORD.test(word) ? words.slice(i + 1, i + 1 + SCOPE) : [])).filter((word) => word.length >= MIN_NEGATED_LENGTH) };
}

/** Whether `word` is `negated` with a negating prefix: "informal" for "formal", "unused" for "used", "disagreed" for "agree". */
function prefixNegates(word: string, negated: string): boolean {
  const prefix = NEGATING_PREFIX.exec(word)?.[0];
  if (prefix === undefined) return false;
  const rest = word.slice(prefix.length);
  const stem = negated.slice(0, Math.max(MIN_NEGATED_LENGTH, negated.length - 2));
  return rest.startsWith(stem) && rest.length <= stem.length + MAX_ENDING;
}

/** A passage word that negates one of the words the question negates: "informal" for "not formal", "unused" for "never used". */
function negatesAsked(negated: readonly string[], entry: IndexedSentence): boolean {
  if (negated.length === 0) return false;
  return tokenize(entry.sentence.text).some((token) => {
    const word = token.surface.toLowerCase();
    return negated.some((asked) => prefixNegates(word, asked));
  });
}

/** Whether a passage expresses negation in any of these ways, so that a negated question may be met by it. */
export function meetsNegation(negation: Negation, entries: readonly IndexedSentence[]): boolean {
  return entries.some((entry) => NEGATION.test(entry.sentence.text) || NEGATIVE_WORDS.test(entry.sentence.text) || negatesAsked(negation.words, entry));
}

/** A passage's negation governs the question's negated word when it stands this many words from it or fewer. */
const NEAR = 6;

/** The passage word is the question's negated word, give or take an ending: "required" for "require". */
function isAsked(word: string, asked: string): boolean {
  const stem = asked.slice(0, Math.max(MIN_NEGATED_LENGTH, asked.length - 2));
  return word.startsWith(stem) && word.length <= stem.length + MAX_ENDING;
}

/**
 * Whether a passage negates what the question negates, not something else: a negation within a few words of one of
 * the negated words, or one of them negated by a prefix. "What does not require more than 28 days?" is not met by
 * a passage where most states "require more than 28 days" and another clause says "not". Stop words ("the" in "not
 * the main body") are not what is negated.
 */
export function negatesNear(negation: Negation, entries: readonly IndexedSentence[]): boolean {
  const asked = negation.words.filter((word) => !stopWords().has(word));
  return entries.some((entry) => {
    if (negatesAsked(asked, entry)) return true;
    const words = tokenize(entry.sentence.text).map((token) => token.surface.toLowerCase());
    const negations = words.flatMap((word, i) => (NEGATION_WORD.test(word) || NEGATIVE_WORDS.test(word) ? [i] : []));
    return words.some((word, i) => asked.some((one) => isAsked(word, one)) && negations.some((n) => Math.abs(n - i) <= NEAR));
  });
}
