import { wordsOf } from '../analyzer/tokenize.ts';

// Which words of a question ask, and which only set the scene or give an example of what is asked.

/** Where one clause of a question ends: a comma or colon before a space ("$38,000" is one word), a bracket, a dash between spaces. */
const CLAUSE_END = /[,;:!?](?=\s|$)|[()]|\s[-–—]\s/gu;
/**
 * A clause that asks opens with a question word, an auxiliary or a condition ("why?", "how do I fix it", "if there is
 * no medium, how…"), not a quoted error ("Can't resolve").
 */
const ASKING = /^(?:what|which|who|whom|whose|when|where|why|how|is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had|if|unless)\b(?!['’]t)/iu;

/** A clause that asks how to do something: "how do I…", "how to…", "how can we…". */
const HOW_TO = /^how\s+(?:(?:do|can|could|should|would|must)\s+(?:i|we|you|one)|to)\b/iu;

/** A short last clause that only sets the scene: "…, no bundler?", "…, without a server?". */
const SETTING = /^(?:no|without)(?:\s+\S+){1,2}$/iu;

/**
 * What opens an example, a contrast or a remark inside the asking clause: "…, like x-api-key", "…instead of masking
 * it", "…as cached? (so I don't refetch)"; a bracket only after a space, not a call's ("dotenv.config()").
 */
const ASIDE = /(?<![\p{L}\p{N}'’-])(?:like|such as|e\.g\.|for example|for instance|instead of|rather than)(?=\s|$)|(?<=\s)\(/iu;

/**
 * What opens a part of a clause that only describes what is asked about: a relative clause with its own subject
 * ("…patterns that we run on the server", "…where we deploy it"), or a clause of time or cause ("…when running in a
 * terminal", "…before the handshake finishes", "…until it comes back"). Not "make sure that keys…", "choose which
 * transport…" or "does that option…", where the word asks or points; not inside a name ("on_before", "hooks.after").
 */
const DESCRIBING =
  /(?<![\p{L}\p{N}_'’.\/`-])(?:(?:that|which|where)\s+(?:i|we|you|they|he|she|it|my|our|your|their)|when|whenever|while|before|after|until|because)(?=\s|$)/giu;

/** Words that only lead into a question ("so when does…", "ok and which…"): a clause that opens with them opens with what follows. */
const LEAD_INS = new Set(['so', 'and', 'but', 'also', 'then', 'ok', 'okay', 'well', 'hey', 'hi', 'oh']);

/** A question word followed by one of these asks ("when does…", "while is…"), where a subject after it describes. */
const AUXILIARY = /^\s*(?:is|are|was|were|am|do|does|did|can|could|will|would|should|shall|may|might|must|has|have|had)\b/iu;

/**
 * Where in a clause's text a describing part opens: not at a question word that opens the clause itself ("when does
 * it flush?"), though at one that opens a clause of time ("when i call close, does it flush?").
 */
function describingAt(text: string): number | undefined {
  for (const match of text.matchAll(DESCRIBING)) {
    const opensClause = wordsOf(text.slice(0, match.index)).every((word) => LEAD_INS.has(word.toLowerCase()));
    if (!opensClause || !AUXILIARY.test(text.slice(match.index + match[0].length))) return match.index;
  }
  return undefined;
}

/** The part of a question that asks, as text and as the positions of its words among the question's (`wordsOf`). */
export interface AskingClause {
  readonly text: string;
  /** Position of its first word in the whole question. */
  readonly first: number;
  /** Position just after its last word. */
  readonly end: number;
  /** Position of the first word of an example, a contrast or a remark in brackets within it ("like …", "instead of …", "(so …)"), else `end`. */
  readonly asideAt: number;
  /**
   * The positions, as [from, to), of the parts of its clauses that only describe what is asked about ("…that we run on
   * the server", "…before the handshake finishes"), each to the end of its own clause: a later clause asks again.
   */
  readonly described: readonly (readonly [number, number])[];
  /** Whether it asks how to do something ("how do I…", "how to…"): read once here, for every stage that asks. */
  readonly howTo: boolean;
}

/** One clause of a question, where it starts and ends in the text, and whether a question mark ends what came before it. */
interface Clause {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly afterQuestionMark: boolean;
  readonly endsAtQuestionMark: boolean;
}

/** A boundary that closes a question: "?", or "!" just after one ("?!"). */
const closesQuestion = (question: string, boundary: RegExpExecArray | RegExpMatchArray): boolean =>
  boundary[0] === '?' || (boundary[0] === '!' && question[boundary.index! - 1] === '?');

/** The clauses of a question, in order; an empty one between two boundaries ("? - ") is none. */
function clausesOf(question: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let afterQuestionMark = false;
  const add = (end: number, endsAtQuestionMark: boolean): boolean => {
    const text = question.slice(start, end).trim();
    if (text === '') return false;
    clauses.push({ text, start, end, afterQuestionMark, endsAtQuestionMark });
    return true;
  };
  for (const boundary of question.matchAll(CLAUSE_END)) {
    const closes = closesQuestion(question, boundary);
    if (add(boundary.index, closes)) afterQuestionMark = closes;
    else afterQuestionMark ||= closes;
    start = boundary.index + boundary[0].length;
  }
  add(question.length, false);
  return clauses;
}

/** Whether a clause asks: it opens as a question does, or ends at a question mark ("…? or async?"). */
const asks = (clause: Clause): boolean => clause.endsAtQuestionMark || ASKING.test(clause.text);

/**
 * Where the clauses that ask end (`asked`: whether any does): at a remark after the question mark that no later question follows ("…? need
 * 2020-12", "…? i want the parsed values", "…? or do i have to check myself"), which tells why the member asks, not
 * what; else before a short setting at the end ("…, no bundler?"). A clause after the mark that asks again ("…? how
 * many times", "…? also, how often") still asks.
 */
function askingEnd(clauses: readonly Clause[], first: number, asked: boolean): number {
  const lastAsking = clauses.findLastIndex(asks);
  const remark = asked ? clauses.findIndex((clause, i) => i > Math.max(first, lastAsking) && clause.afterQuestionMark) : -1;
  if (remark >= 0) return remark;
  return clauses.length > first + 1 && SETTING.test(clauses.at(-1)!.text) ? clauses.length - 1 : clauses.length;
}

const wordCount = (text: string): number => wordsOf(text).length;

/**
 * The question from its first asking clause on, up to a remark after its question mark or a short setting at its end
 * (`askingEnd`). A member often describes a problem before asking about it ("my .env isn't loaded, what's the usual
 * cause?"), or sets the scene after it ("how do I load it with a script tag, no bundler?", "…? we're stuck on node
 * 12"): that is the problem, the setting or the reason, not what is asked. Without an
 * asking clause, all of it ("…there is not enough what?").
 */
export function askingClause(question: string): AskingClause {
  const clauses = clausesOf(question);
  const found = clauses.findIndex((clause) => ASKING.test(clause.text));
  const first = Math.max(0, found);
  const asking = clauses.slice(first, askingEnd(clauses, first, found >= 0));
  if (asking.length === 0) return { text: '', first: 0, end: 0, asideAt: 0, described: [], howTo: false };
  const text = asking.map((clause) => clause.text).join(' ');
  const from = asking[0]!.start;
  const to = asking.at(-1)!.end;
  const aside = ASIDE.exec(question.slice(from, to));
  const end = wordCount(question.slice(0, to));
  const asideAt = aside ? wordCount(question.slice(0, from + aside.index)) : end;
  const described = asking.flatMap((clause): [number, number][] => {
    const at = describingAt(question.slice(clause.start, clause.end));
    return at === undefined ? [] : [[wordCount(question.slice(0, clause.start + at)), wordCount(question.slice(0, clause.end))]];
  });
  return { text, first: wordCount(question.slice(0, from)), end, asideAt, described, howTo: HOW_TO.test(text) };
}

/**
 * Whether the word at this position is one the clause asks with: in it, before any example, contrast or remark in
 * brackets, and outside any part that only describes what is asked about.
 */
export function asksWith(clause: AskingClause, position: number): boolean {
  return narrowsWith(clause, position) && !clause.described.some(([from, to]) => position >= from && position < to);
}

/**
 * Whether the word at this position narrows what the clause asks: in it and before any example, contrast or remark,
 * a describing clause included, since a number there still bounds the answer ("what changed after 1945?").
 */
export function narrowsWith(clause: AskingClause, position: number): boolean {
  return position >= clause.first && position < clause.asideAt;
}
