/** Where a sentence lives: document id, 1-based section, paragraph within the section, sentence within the paragraph. */
export interface SentenceRef {
  readonly document: string;
  readonly section: number;
  readonly paragraph: number;
  readonly sentence: number;
}

export type ParagraphRef = Omit<SentenceRef, 'sentence'>;
export type SectionRef = Omit<ParagraphRef, 'paragraph'>;

/** One sentence, its text a verbatim slice of the source: the file itself for plain text, the displayed text for Markdown. */
export interface Sentence {
  readonly ref: SentenceRef;
  readonly text: string;
  /** Offset of the sentence in its paragraph's text, so consecutive sentences can be quoted with the space between. */
  readonly start: number;
  /** Position of the sentence in the whole document, from 0: neighbours are `ordinal ± 1`. */
  readonly ordinal: number;
}

/** What sets a code block apart from prose: it is shown as code, and may be introduced by the sentence before it. */
export interface CodeBlock {
  /** The language its fence names (`js`, `sh`), or '' when it names none. */
  readonly language: string;
  /** The sentence that introduces the block ("This will output:"), verbatim: quoted with it, since it says what it is. */
  readonly lead?: string;
}

/** A paragraph of prose, or a code block whose "sentences" are its runs of lines between blank lines. */
export interface Paragraph {
  readonly ref: ParagraphRef;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Present when the paragraph is a code block. */
  readonly code?: CodeBlock;
}

export interface Section {
  readonly ref: SectionRef;
  /** The heading as written, or the document title for text before any heading. */
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
  /** Text above the document's title heading (a sponsor note, a banner): part of the document, but not what opens it. */
  readonly preamble?: true;
}

export interface Document {
  /** Stable id derived from the file name, e.g. `us-mexico-security`. */
  readonly id: string;
  readonly title: string;
  /** File name relative to the knowledge folder. */
  readonly source: string;
  readonly sections: readonly Section[];
  /** Groups of names that stand for one another, from the document's optional aliases file. */
  readonly aliases?: readonly (readonly string[])[];
  /** The words of the web addresses its links point to ("github"): shown to a reader, though in none of its sentences. */
  readonly linked?: readonly string[];
}

/** Every sentence of a document in reading order. */
export function sentencesOf(document: Document): Sentence[] {
  return document.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.sentences));
}
