import { readTextBlocks, type Block } from './blocks.ts';
import { splitCodeRuns } from './codeRuns.ts';
import { readMarkdownBlocks } from './markdown.ts';
import { splitSentences, type Span } from './sentences.ts';
import type { CodeBlock, Document, Paragraph, Section, Sentence } from './types.ts';
import { isMarkdown } from './format.ts';

export interface SourceFile {
  /** File name relative to the knowledge folder, e.g. `us-mexico-security.txt`. */
  readonly name: string;
  readonly text: string;
}

/** A paragraph before numbering: its text, and for a code block its language. */
export interface DraftParagraph {
  readonly text: string;
  readonly code?: { readonly language: string };
}

/** A section before it is numbered: its title, its paragraphs, and whether it is text above the title heading. */
interface DraftSection {
  readonly title: string;
  readonly paragraphs: readonly (string | DraftParagraph)[];
  readonly preamble?: boolean;
}

/** `Joint Ops (2024).md` → `joint-ops-2024`: a stable id for references and custom ids. */
export function documentId(fileName: string): string {
  const stem = fileName.replace(/\.[^./]+$/u, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return slug || 'document';
}

function draftSections(blocks: readonly Block[]): { title: string | undefined; sections: { title: string; paragraphs: DraftParagraph[] }[] } {
  const sections: { title: string; paragraphs: DraftParagraph[] }[] = [];
  let firstHeading: string | undefined;
  let current: { title: string; paragraphs: DraftParagraph[] } | undefined;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      firstHeading ??= block.text;
      current = { title: block.text, paragraphs: [] };
      sections.push(current);
    } else {
      if (!current) {
        current = { title: '', paragraphs: [] };
        sections.push(current);
      }
      current.paragraphs.push(block.kind === 'code' ? { text: block.text, code: { language: block.language } } : { text: block.text });
    }
  }
  return { title: firstHeading, sections: sections.filter((section) => section.paragraphs.length > 0) };
}

/**
 * Bumped whenever parsing gives other documents for the same file (blocks, Markdown, titles, sentence splitting):
 * documents kept from an earlier parse, as the index cache keeps them, are then parsed again.
 */
export const PARSER_VERSION = 14;

/** A document's sections as drafts again, to build it anew (under another id, or with stored sentence spans). */
export function draftsOf(document: Document): DraftSection[] {
  return document.sections.map((section) => ({
    title: section.title,
    paragraphs: section.paragraphs.map(({ text, code }) => (code ? { text, code: { language: code.language } } : { text })),
    ...(section.preamble && { preamble: true }),
  }));
}

/** Where a paragraph's sentences are: `splitParagraph`, or the spans found when it was first parsed. */
export type SentenceSplitter = (paragraph: DraftParagraph) => readonly Span[];

/** Prose splits into sentences, a code block into its runs of lines. */
export function splitParagraph(paragraph: DraftParagraph): readonly Span[] {
  return paragraph.code ? splitCodeRuns(paragraph.text) : splitSentences(paragraph.text);
}

/** A sentence that ends with a colon introduces what follows: "This will output:", "Create a .env file:". */
const INTRODUCES = /:["'”’)\]]*$/u;

/** A code block as the section holds it: its language, and the sentence just before it when that introduces it. */
function codeBlockOf(draft: DraftParagraph, previous: Paragraph | undefined): CodeBlock | undefined {
  if (!draft.code) return undefined;
  const lead = previous && !previous.code ? previous.sentences.at(-1)?.text : undefined;
  return lead !== undefined && INTRODUCES.test(lead) ? { language: draft.code.language, lead } : { language: draft.code.language };
}

/**
 * Builds a document from paragraphs that are already separated, numbering sections, paragraphs and sentences from 1.
 * Used directly for sources that come pre-split (e.g. SQuAD articles). `split` is called once per paragraph, in order.
 */
export function buildDocument(
  id: string,
  title: string,
  source: string,
  drafts: readonly DraftSection[],
  split: SentenceSplitter = splitParagraph,
): Document {
  let ordinal = 0;
  const sections: Section[] = drafts.map((draft, s) => {
    const sectionRef = { document: id, section: s + 1 };
    const paragraphs: Paragraph[] = [];
    draft.paragraphs.forEach((written, p) => {
      const paragraph = typeof written === 'string' ? { text: written } : written;
      const { text } = paragraph;
      const sentences: Sentence[] = split(paragraph).map((span, n) => ({
        ref: { document: id, section: s + 1, paragraph: p + 1, sentence: n + 1 },
        text: text.slice(span.start, span.end),
        start: span.start,
        ordinal: ordinal++,
      }));
      const code = codeBlockOf(paragraph, paragraphs.at(-1));
      // Spelt out: copied from the section's ref by spread, each ref got a hidden class of its own from V8.
      paragraphs.push({ ref: { document: id, section: s + 1, paragraph: p + 1 }, text, sentences, ...(code && { code }) });
    });
    return { ref: sectionRef, title: draft.title || title, paragraphs, ...(draft.preamble && { preamble: true as const }) };
  });
  return { id, title, source, sections };
}

/**
 * Parses one knowledge file: Markdown (`.md`, `.markdown`) into its displayed text and code blocks, anything else as
 * plain text quoted byte for byte. The title is the front matter's `title:`, else Markdown's one top-level heading or
 * a text's first heading, else the file name: a README's first heading below the top ("About", "Install") is a
 * section of it, and says nothing of what it documents.
 */
export function parseDocument(file: SourceFile, id = documentId(file.name)): Document {
  const markdown = isMarkdown(file.name);
  const { title: declared, blocks, linked } = markdown ? readMarkdownBlocks(file.text) : { title: undefined, blocks: readTextBlocks(file.text), linked: [] };
  const { title: heading, sections } = draftSections(blocks);
  const title = declared ?? (markdown ? undefined : heading) ?? file.name.replace(/\.[^./]+$/u, '');
  // Text before the first heading is a preamble when the title heading (a Markdown title's own section is untitled)
  // follows it with text of its own; otherwise it is what opens the document.
  const [first, next] = sections;
  const preamble = first !== undefined && blocks[0]?.kind !== 'heading' && (next?.title === '' || next?.title === title);
  return withLinked(buildDocument(id, title, file.name, preamble ? [{ ...first, preamble }, ...sections.slice(1)] : sections), linked);
}

/** The document with the words its links point to, when it has any: a plain-text file has none. */
export function withLinked(document: Document, linked: readonly string[] | undefined): Document {
  return linked && linked.length > 0 ? { ...document, linked } : document;
}
