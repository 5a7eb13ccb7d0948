import type { Document, Paragraph, Section, Sentence } from '../knowledge/types.ts';
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

/** A passage of indexed sentences, which must be consecutive and in one paragraph. */
export function passageOfEntries(entries: readonly IndexedSentence[], score: number, matched: readonly string[] = []): Passage {
  const first = entries[0];
  if (!first) throw new RangeError('A passage needs at least one sentence');
  return passageOf(first.document, first.section, entries.map((entry) => entry.sentence), score, matched);
}

/** The surface forms, in this sentence, of tokens whose terms the query asked for. */
export function matchedWords(entry: IndexedSentence, wanted: ReadonlySet<string>): string[] {
  return [...new Set(entry.tokens.filter((token) => wanted.has(token.term)).map((token) => token.surface))];
}
