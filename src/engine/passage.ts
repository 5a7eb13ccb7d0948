import type { Document, Paragraph, Section, Sentence } from '../knowledge/types.ts';
import { tokenize } from '../search/analyzer/tokenize.ts';
import type { IndexedSentence } from '../search/index/sentenceIndex.ts';

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
}

/** A character range of a text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * The part of `text` of at most `max` characters, cut between words, that holds the most of the `matched` words (as
 * written), with them as near its middle as the text allows: the answer to a question usually sits near its words.
 */
export function excerptSpan(text: string, matched: readonly string[], max: number): Span {
  if (text.length <= max) return { start: 0, end: text.length };
  const wanted = new Set(matched);
  const words = Array.from(text.matchAll(/\S+/gu), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    hit: tokenize(match[0]).some((token) => wanted.has(token.surface)),
  }));
  let best = { hits: -1, offCentre: Infinity, span: { start: 0, end: Math.min(text.length, max) } };
  let end = 0;
  for (let start = 0; start < words.length; start++) {
    end = Math.max(end, start);
    while (end + 1 < words.length && words[end + 1]!.end - words[start]!.start <= max) end++;
    if (words[end]!.end - words[start]!.start > max) continue;
    // Only the longest stretches: one that could take the word before it would be a stub at the text's end.
    if (start > 0 && words[end]!.end - words[start - 1]!.start <= max) continue;
    const inside = words.slice(start, end + 1);
    const hits = inside.filter((word) => word.hit);
    const first = hits[0];
    const last = hits.at(-1);
    // How far the matched words' middle is from the excerpt's middle, in characters.
    const offCentre = first && last ? Math.abs((first.start + last.end) / 2 - (words[start]!.start + words[end]!.end) / 2) : 0;
    if (hits.length > best.hits || (hits.length === best.hits && offCentre < best.offCentre)) {
      best = { hits: hits.length, offCentre, span: { start: words[start]!.start, end: words[end]!.end } };
    }
  }
  return best.span;
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
  };
}

/**
 * A passage of indexed sentences, which must be consecutive and in one paragraph; with `maxLength`, a longer one is
 * quoted as its excerpt around the matched words (see `excerptSpan`).
 */
export function passageOfEntries(entries: readonly IndexedSentence[], score: number, matched: readonly string[] = [], maxLength?: number): Passage {
  const first = entries[0];
  if (!first) throw new RangeError('A passage needs at least one sentence');
  const passage = passageOf(first.document, first.section, entries.map((entry) => entry.sentence), score, matched);
  if (maxLength === undefined || passage.text.length <= maxLength) return passage;
  const { start, end } = excerptSpan(passage.text, matched, maxLength);
  const text = passage.text.slice(start, end);
  return { ...passage, text, matched: matched.filter((word) => text.includes(word)), clipped: { start: start > 0, end: end < passage.text.length } };
}

/** The surface forms, in this sentence, of tokens whose terms the query asked for. */
export function matchedWords(entry: IndexedSentence, wanted: ReadonlySet<string>): string[] {
  return [...new Set(entry.tokens.filter((token) => wanted.has(token.term)).map((token) => token.surface))];
}
