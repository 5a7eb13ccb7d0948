import { CURRENCY_SIGNS } from '../analyzer/currency.ts';
import { DASH } from '../analyzer/hyphens.ts';
import type { Token } from '../analyzer/token.ts';
import type { IndexedSentence } from '../index/sentenceIndex.ts';

/** The question's terms, all an answer type's test needs of it (a parsed `Query` is one). */
interface AskedTerms {
  readonly terms: readonly { readonly term: string }[];
}

/** What kind of thing a question asks for, when its wording says so. */
export type AnswerType = 'person' | 'time' | 'money' | 'quantity' | 'place';

const MONEY_QUESTION =
  /\bhow much (?:money\b|(?:\S+ ){0,6}?(?:cost|costs|pay|paid|spend|spent|earn|earns|earned|charge|charged|raise|raised|worth)\b)|\b(?:what|which) (?:was|is|were|are) the (?:cost|price)\b/iu;

const QUESTION_PATTERNS: readonly [AnswerType, RegExp][] = [
  // Before "how much": an amount of money is a quantity that only a sum of money answers.
  ['money', MONEY_QUESTION],
  ['quantity', /\bhow (?:many|much|long|far|old|large|big|often)\b|\b(?:what|which) (?:number|percentage|amount|proportion|share)\b/iu],
  ['time', /\bwhen\b|\b(?:what|which) (?:year|date|day|month|century|decade|time|period|era)\b/iu],
  ['person', /\bwho(?:m|se)?\b/iu],
  ['place', /\bwhere\b|\b(?:what|which) (?:country|city|state|place|region|town|continent)\b/iu],
];

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
const YEAR = /^(?:1[0-9]{3}|20[0-9]{2})s?$/u;
/** "the 16th century": an ordinal up to the present century. */
const CENTURY = /^(?:[1-9]|1[0-9]|2[01])(?:st|nd|rd|th)$/iu;
const CURRENCY_WORDS =
  /^(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|cents?|pence|lira|lire|francs?|pesos?|rupees?|rubles?|roubles?|usd|eur|gbp)$/iu;
/** A sum written with a currency sign: "$38,000", "€ 5", "£2m". */
const CURRENCY_SIGN = new RegExp(`[${CURRENCY_SIGNS}]\\s?\\d`, 'u');
/** "during the war", "after its end": an event standing for the time it happened. */
const TIME_CONNECTIVE = /\b(?:during|after|before|since|until|throughout|when)\b/iu;
const TIME_WORDS = /^(?:century|centuries|decade|decades|ago|today|yesterday|tomorrow|bc|bce|ad|ce)$/iu;
const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|dozen|dozens|half|twice|percent|several|many|few|multiple|numerous)$/iu;

/**
 * The answer type a question's wording asks for, if any: "Who…" → person, "How many…" → quantity.
 * The earliest question phrase decides: in "Who fumbled when tackled?", "when" is only a conjunction.
 */
export function expectedAnswer(question: string): AnswerType | undefined {
  let earliest: { type: AnswerType; at: number } | undefined;
  for (const [type, pattern] of QUESTION_PATTERNS) {
    const at = pattern.exec(question)?.index;
    if (at !== undefined && (earliest === undefined || at < earliest.at)) earliest = { type, at };
  }
  return earliest?.type;
}

/**
 * Questions that ask for nothing but a sum, a time or a count, so that only a passage holding one can answer them:
 * "How much money…?", "When did…?", "In what year…?", "How many…?". Narrower than `expectedAnswer`: in "What
 * happens when…?" or "When John Fox left, who replaced him?", "when" is a conjunction.
 */
const DEMANDING_PATTERNS: readonly [AnswerType, RegExp][] = [
  ['money', MONEY_QUESTION],
  ['time', /^(?:\S+ ){0,2}when (?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|should|shall|must|may|might)\b|\b(?:what|which) (?:year|date|month|century|decade)\b/iu],
  ['quantity', /\bhow many\b/iu],
];

const YES_NO = /^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/iu;

/** Whether the question asks yes or no ("Is…", "Will…", "Does…"): it asks whether an event happens, not for a fact. */
export function isYesNoQuestion(question: string): boolean {
  return YES_NO.test(question);
}

/** The answer type a question demands outright, if any: see `DEMANDING_PATTERNS`. */
export function demandedAnswer(question: string): AnswerType | undefined {
  return DEMANDING_PATTERNS.find(([, pattern]) => pattern.test(question))?.[0];
}

// Made once: a regular expression literal is a new object every time it is evaluated, here for every token tested.
const DIGIT = /\d/u;
const CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/** Whether any of the token's words as written, parts apart ("Six-time": Six, time; "1871–90": 1871, 90), passes the test. */
function someWord(token: Token, test: (word: string) => boolean): boolean {
  return DASH.test(token.surface) ? token.surface.split(DASH).some(test) : test(token.surface);
}

const isTimeWord = (word: string): boolean => YEAR.test(word) || CENTURY.test(word) || MONTHS.test(word) || TIME_WORDS.test(word);
const isQuantityWord = (word: string): boolean => DIGIT.test(word) || NUMBER_WORDS.test(word);

/** A capitalised word that does not open the sentence. */
function isName(token: Token): boolean {
  return token.position > 0 && CAPITALISED.test(token.surface);
}

const EVIDENCE: Record<AnswerType, (token: Token) => boolean> = {
  time: (token) => someWord(token, isTimeWord),
  money: (token) => CURRENCY_WORDS.test(token.surface),
  quantity: (token) => someWord(token, isQuantityWord),
  // People and bodies are named in words ("Sebastian Gorka", "Congress"), not in initialisms such as "U.S.".
  person: (token) => isName(token) && CAPITALISED_WORD.test(token.surface),
  place: isName,
};

/** Whether the question says this term itself. */
function asks(query: AskedTerms, term: string): boolean {
  for (const asked of query.terms) if (asked.term === term) return true;
  return false;
}

/**
 * Whether the sentence holds something of the expected type that the question does not already say:
 * the answer must add to the question's own words.
 */
export function holdsAnswerType(type: AnswerType, entry: Pick<IndexedSentence, 'tokens' | 'sentence'>, query: AskedTerms): boolean {
  if (type === 'money' && CURRENCY_SIGN.test(entry.sentence.text)) return true;
  const holds = EVIDENCE[type];
  // Scanned without a set of the question's terms: measured for every candidate and window, a question has few terms.
  for (const token of entry.tokens) if (!asks(query, token.term) && holds(token)) return true;
  return false;
}

/**
 * Whether the sentence may answer a question demanding this type: it holds the type, or, for a time, an event that
 * dates something ("During the Second World War, Warsaw was razed"). Looser than `holdsAnswerType`, which ranks
 * passages: it only spares a question from refusal.
 */
export function mayHoldAnswerType(type: AnswerType, entry: Pick<IndexedSentence, 'tokens' | 'sentence'>, query: AskedTerms): boolean {
  return holdsAnswerType(type, entry, query) || (type === 'time' && TIME_CONNECTIVE.test(entry.sentence.text));
}
