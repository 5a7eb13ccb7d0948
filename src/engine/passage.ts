import type { CodeBlock, Document, Paragraph, Section, Sentence } from '../knowledge/types.ts';
import { DocumentSearch, type IndexedSentence } from '../search/documentSearch.ts';

/** Where a passage comes from, for the reference printed under every quote. */
export interface PassageRef {
  readonly document: { readonly id: string; readonly title: string };
  readonly section: { readonly number: number; readonly title: string };
  readonly paragraph: number;
  /** First and last sentence numbers within the paragraph. */
  readonly sentences: readonly [number, number];
}

/** One to a few consecutive sentences of a paragraph, quoted verbatim. */
export interface Passage {
  readonly ref: PassageRef;
  /** The source text from the first sentence's start to the last one's end, byte for byte. */
  readonly text: string;
  /** The relevance that chose it; higher is better, comparable within one result only. */
  readonly score: number;
  /** Words of the question that the passage contains, as written in the passage, for highlighting. */
  readonly matched: readonly string[];
  /** Present when the text is an excerpt of an over-long sentence: whether it starts and ends inside one. */
  readonly clipped?: { readonly start: boolean; readonly end: boolean };
  /** Present when the text is code: its language, and the sentence that introduces it, quoted above it. */
  readonly code?: CodeBlock;
}

/** Between a code block's lead-in and its code, wherever a passage is shown as one text. */
const LEAD_SEPARATOR = '\n';
/** A lead-in is dropped rather than leave its code less room than this. */
const MIN_CODE_ROOM = 120;

/** What a reader is shown of a passage, as one text: a code block's lead-in, then the quote itself. */
export function textWithLead(passage: Passage): string {
  return passage.code?.lead ? `${passage.code.lead}${LEAD_SEPARATOR}${passage.text}` : passage.text;
}

/** A character range of a text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What an excerpt is cut between: words of prose, lines of code. */
const WORDS = /\S+/gu;
const LINES = /[^\n]*\S[^\n]*/gu;

/**
 * The part of `text` of at most `max` characters, cut between words (between lines for code, where a line fits),
 * that holds the most of the `matched` words (as written), with them as near its middle as the text allows: the
 * answer to a question usually sits near its words.
 */
export function excerptSpan(text: string, matched: readonly string[], max: number, code = false): Span {
  if (text.length <= max) return { start: 0, end: text.length };
  const wanted = new Set(matched);
  return (code ? bestStretch(text, LINES, wanted, max) : undefined) ?? bestStretch(text, WORDS, wanted, max) ?? { start: 0, end: max };
}

/** The stretch of whole units (words or lines) of at most `max` characters holding the most wanted words, centred. */
function bestStretch(text: string, unit: RegExp, wanted: ReadonlySet<string>, max: number): Span | undefined {
  const units = Array.from(text.matchAll(unit), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hits: DocumentSearch.writtenWords(match[0]).filter((word) => wanted.has(word)).length,
  }));
  let best: { hits: number; offCentre: number; span: Span } | undefined;
  let end = 0;
  for (let start = 0; start < units.length; start++) {
    end = Math.max(end, start);
    while (end + 1 < units.length && units[end + 1]!.end - units[start]!.start <= max) end++;
    if (units[end]!.end - units[start]!.start > max) continue;
    // Only the longest stretches: one that could take the unit before it would be a stub at the text's end.
    if (start > 0 && units[end]!.end - units[start - 1]!.start <= max) continue;
    const inside = units.slice(start, end + 1);
    const hits = inside.filter((piece) => piece.hits > 0);
    const count = hits.reduce((sum, piece) => sum + piece.hits, 0);
    const first = hits[0];
    const last = hits.at(-1);
    // How far the matched words' middle is from the excerpt's middle, in characters.
    const offCentre = first && last ? Math.abs((first.start + last.end) / 2 - (units[start]!.start + units[end]!.end) / 2) : 0;
    if (!best || count > best.hits || (count === best.hits && offCentre < best.offCentre)) {
      best = { hits: count, offCentre, span: { start: units[start]!.start, end: units[end]!.end } };
    }
  }
  return best?.span;
}

function paragraphOf(section: Section, sentence: Sentence): Paragraph {
  const paragraph = section.paragraphs[sentence.ref.paragraph - 1];
  if (!paragraph) throw new RangeError(`No paragraph ${sentence.ref.paragraph} in section ${section.ref.section}`);
  return paragraph;
}

/** Quotes consecutive sentences of one paragraph with the exact text between them. */
export function passageOf(
  document: Document,
  section: Section,
  sentences: readonly Sentence[],
  score: number,
  matched: readonly string[] = [],
): Passage {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) throw new RangeError('A passage needs at least one sentence');
  const paragraph = paragraphOf(section, first);
  return {
    ref: {
      document: { id: document.id, title: document.title },
      section: { number: section.ref.section, title: section.title },
      paragraph: paragraph.ref.paragraph,
      sentences: [first.ref.sentence, last.ref.sentence],
    },
    text: paragraph.text.slice(first.start, last.start + last.text.length),
    score,
    matched,
    ...(paragraph.code && { code: paragraph.code }),
  };
}

/**
 * When the last of the sentences is the lead-in of the code block after it ("This will output:"), that block's first
 * run, which is quoted with its lead-in: the lead-in alone only says that code follows.
 */
function codeIntroducedBy(section: Section, sentences: readonly Sentence[]): Sentence[] | undefined {
  const last = sentences.at(-1);
  if (!last) return undefined;
  // Paragraph numbers count from 1, so the paragraph after the sentence's own is at that number.
  const next = section.paragraphs[last.ref.paragraph];
  const run = next?.sentences[0];
  return run && next.code?.lead !== undefined && next.code.lead === last.text && run.ordinal === last.ordinal + 1 ? [run] : undefined;
}

/**
 * The sentences as the code block they lead into, when the last of them introduces one: quoted with all of them as
 * its lead-in, so that a sentence that answers ("By default, … splitting on spaces.") is not lost to the code after it.
 */
function withCodeIntroduced(prose: Passage, first: IndexedSentence, sentences: readonly Sentence[]): Passage {
  const run = codeIntroducedBy(first.section, sentences);
  if (!run) return prose;
  const code = passageOf(first.document, first.section, run, prose.score, prose.matched);
  return code.code ? { ...code, code: { ...code.code, lead: prose.text } } : code;
}

/**
 * A code passage's lead-in, dropped when the code fits `maxLength` alone but not under it (whole code says more than
 * its introduction), or when it would leave longer code less than `MIN_CODE_ROOM`.
 */
function withRoomForCode(passage: Passage, maxLength: number): { passage: Passage; room: number } {
  const lead = passage.code?.lead;
  if (!passage.code || lead === undefined) return { passage, room: maxLength };
  const room = maxLength - lead.length - LEAD_SEPARATOR.length;
  if (room >= (passage.text.length <= maxLength ? passage.text.length : MIN_CODE_ROOM)) return { passage, room };
  return { passage: { ...passage, code: { language: passage.code.language } }, room: maxLength };
}

/**
 * A passage of indexed sentences, which must be consecutive and in one paragraph; with `maxLength`, a longer one
 * (counting a code block's lead-in) is quoted as its excerpt around the matched words (see `excerptSpan`).
 */
export function passageOfEntries(entries: readonly IndexedSentence[], score: number, matched: readonly string[] = [], maxLength?: number): Passage {
  const first = entries[0];
  if (!first) throw new RangeError('A passage needs at least one sentence');
  const sentences = entries.map((entry) => entry.sentence);
  const whole = withCodeIntroduced(passageOf(first.document, first.section, sentences, score, matched), first, sentences);
  if (maxLength === undefined) return whole;
  const { passage, room } = withRoomForCode(whole, maxLength);
  if (passage.text.length <= room) return passage;
  const { start, end } = excerptSpan(passage.text, matched, room, passage.code !== undefined);
  const text = passage.text.slice(start, end);
  return { ...passage, text, matched: matched.filter((word) => text.includes(word)), clipped: { start: start > 0, end: end < passage.text.length } };
}

/** The surface forms, in this sentence, of tokens whose terms the query asked for. */
export function matchedWords(entry: IndexedSentence, wanted: ReadonlySet<string>): string[] {
  return [...new Set(entry.tokens.filter((token) => wanted.has(token.term)).map((token) => token.surface))];
}
