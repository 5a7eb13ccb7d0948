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

/** The part of a question that asks, as text and as the positions of its words among the question's (`wordsOf`). */
export interface AskingClause {
  readonly text: string;
  /** Position of its first word in the whole question. */
  readonly first: number;
  /** Position just after its last word. */
  readonly end: number;
  /** Position of the first word of an example, a contrast or a remark in brackets within it ("like …", "instead of …", "(so …)"), else `end`. */
  readonly asideAt: number;
  /** Whether it asks how to do something ("how do I…", "how to…"): read once here, for every stage that asks. */
  readonly howTo: boolean;
}

/** One clause of a question, where it starts and ends in the text, and whether a question mark ends the one before it. */
interface Clause {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly afterQuestionMark: boolean;
}

/** The clauses of a question, in order. */
function clausesOf(question: string): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  let afterQuestionMark = false;
  const add = (end: number): void => {
    const text = question.slice(start, end).trim();
    if (text !== '') clauses.push({ text, start, end, afterQuestionMark });
  };
  for (const boundary of question.matchAll(CLAUSE_END)) {
    add(boundary.index);
    start = boundary.index + boundary[0].length;
    afterQuestionMark = boundary[0] === '?';
  }
  add(question.length);
  return clauses;
}

/**
 * Where the clauses that ask end: at a remark after the question mark ("…? need 2020-12", "…? i want the parsed
 * values", "…? or do i have to check myself"), which tells why the member asks, not what; else before a short setting
 * at the end ("…, no bundler?"). A clause after the mark that asks again ("…? how many times") still asks.
 */
function askingEnd(clauses: readonly Clause[], first: number): number {
  const remark = clauses.findIndex((clause, i) => i > first && clause.afterQuestionMark && !ASKING.test(clause.text));
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
  const first = Math.max(0, clauses.findIndex((clause) => ASKING.test(clause.text)));
  const asking = clauses.slice(first, askingEnd(clauses, first));
  if (asking.length === 0) return { text: '', first: 0, end: 0, asideAt: 0, howTo: false };
  const text = asking.map((clause) => clause.text).join(' ');
  const from = asking[0]!.start;
  const to = asking.at(-1)!.end;
  const aside = ASIDE.exec(question.slice(from, to));
  const end = wordCount(question.slice(0, to));
  return { text, first: wordCount(question.slice(0, from)), end, asideAt: aside ? wordCount(question.slice(0, from + aside.index)) : end, howTo: HOW_TO.test(text) };
}

/** Whether the word at this position is one the clause asks with: in it, and before any example, contrast or remark in brackets. */
export function asksWith(clause: AskingClause, position: number): boolean {
  return position >= clause.first && position < clause.asideAt;
}
