import type { ParsedDocuments } from '../../../knowledge/load.ts';
import { buildDocument, withLinked } from '../../../knowledge/parse.ts';
import type { Span } from '../../../knowledge/sentences.ts';
import type { Document } from '../../../knowledge/types.ts';

/** A parsed document as the index cache keeps it: its paragraphs and where their sentences are, by the file it came from. */
export interface StoredDocument {
  /** What it was parsed from: see `fileKey` (knowledge/fileKey.ts). */
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly source: string;
  /** What the document's aliases file gave, none when it has none. */
  readonly aliases: readonly (readonly string[])[];
  /** The words of its links' addresses, absent when it has none. */
  readonly linked?: readonly string[];
  readonly sections: readonly {
    readonly title: string;
    readonly preamble?: true;
    /** Each paragraph's text, its sentences' start and end offsets in pairs, and a code block's language. */
    readonly paragraphs: readonly { readonly text: string; readonly spans: ArrayLike<number>; readonly language?: string }[];
  }[];
}

function storedOf(document: Document, key: string): StoredDocument {
  return {
    key,
    id: document.id,
    title: document.title,
    source: document.source,
    aliases: document.aliases ?? [],
    ...(document.linked && { linked: document.linked }),
    sections: document.sections.map((section) => ({
      title: section.title,
      ...(section.preamble && { preamble: true as const }),
      paragraphs: section.paragraphs.map((paragraph) => ({
        text: paragraph.text,
        spans: paragraph.sentences.flatMap((sentence) => [sentence.start, sentence.start + sentence.text.length]),
        ...(paragraph.code && { language: paragraph.code.language }),
      })),
    })),
  };
}

/** The document again, built as parsing builds it, with the sentences where parsing found them. */
function restore(stored: StoredDocument): Document {
  const spans = stored.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.spans));
  let paragraph = 0;
  const split = (): Span[] => {
    const pairs = spans[paragraph++] ?? [];
    const sentences: Span[] = [];
    for (let i = 0; i < pairs.length; i += 2) sentences.push({ start: pairs[i]!, end: pairs[i + 1]! });
    return sentences;
  };
  const drafts = stored.sections.map((section) => ({
    title: section.title,
    ...(section.preamble && { preamble: true }),
    paragraphs: section.paragraphs.map(({ text, language }) => (language === undefined ? { text } : { text, code: { language } })),
  }));
  return withLinked(buildDocument(stored.id, stored.title, stored.source, drafts, split), stored.linked);
}

/**
 * Documents parsed at an earlier start, offered to the loader in place of parsing a file whose name and text are
 * unchanged (Markdown rendering and sentence splitting are most of a large folder's start). Notes each file's key
 * as the loader reads it, to keep the new documents for the next start.
 */
export class DocumentSnapshot implements ParsedDocuments {
  private readonly byKey: ReadonlyMap<string, StoredDocument>;
  private readonly keys = new Map<string, string>();

  constructor(private readonly stored: readonly StoredDocument[] = []) {
    this.byKey = new Map(stored.map((document) => [document.key, document]));
  }

  /**
   * Whether the documents loaded are the stored ones, in order, each from an unchanged file and with the same
   * aliases: then an index stored with them was built from exactly these documents, without hashing them again.
   */
  holdsExactly(documents: readonly Document[]): boolean {
    return (
      documents.length === this.stored.length &&
      documents.every((document, i) => {
        const stored = this.stored[i]!;
        return this.keys.get(document.id) === stored.key && JSON.stringify(document.aliases ?? []) === JSON.stringify(stored.aliases);
      })
    );
  }

  reuse(key: string, id: string): Document | undefined {
    this.keys.set(id, key);
    const stored = this.byKey.get(key);
    return stored && restore(stored);
  }

  dropped(id: string): void {
    this.keys.delete(id);
  }

  /** The documents to keep, those whose files this snapshot saw read. */
  keep(documents: readonly Document[]): StoredDocument[] {
    return documents.flatMap((document) => {
      const key = this.keys.get(document.id);
      return key ? [storedOf(document, key)] : [];
    });
  }
}
