import type { StoredDocument } from './documentSnapshot.ts';
import { corrupt } from './indexFileError.ts';

/** A document without its paragraphs' text and sentence spans: each section's title and its paragraphs' sentence counts. */
export interface DocumentOutline {
  readonly key: string;
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly aliases: readonly (readonly string[])[];
  readonly linked?: readonly string[];
  readonly sections: readonly {
    readonly title: string;
    readonly preamble?: true;
    readonly sentences: readonly number[];
    /** The section's code blocks: which paragraph, and its language. */
    readonly code?: readonly (readonly [number, string])[];
  }[];
}

/**
 * Stored documents in three parts, quick to write and to read back: their outlines; every paragraph's text in one
 * string (`textEnds[p]` is where paragraph `p` ends in it); every sentence's start and end in its paragraph.
 */
export interface PackedDocuments {
  readonly outlines: readonly DocumentOutline[];
  readonly texts: string;
  readonly textEnds: Uint32Array;
  readonly spans: Uint32Array;
}

export function packDocuments(documents: readonly StoredDocument[]): PackedDocuments {
  const texts: string[] = [];
  const textEnds: number[] = [];
  const spans: number[] = [];
  let length = 0;
  const outlines = documents.map(({ sections, ...document }) => ({
    ...document,
    sections: sections.map((section) => {
      const code = section.paragraphs.flatMap((paragraph, i): [number, string][] => (paragraph.language === undefined ? [] : [[i, paragraph.language]]));
      return {
        title: section.title,
        ...(section.preamble && { preamble: section.preamble }),
        sentences: section.paragraphs.map((paragraph) => {
          texts.push(paragraph.text);
          length += paragraph.text.length;
          textEnds.push(length);
          for (let i = 0; i < paragraph.spans.length; i++) spans.push(paragraph.spans[i]!);
          return paragraph.spans.length / 2;
        }),
        ...(code.length > 0 && { code }),
      };
    }),
  }));
  return { outlines, texts: texts.join(''), textEnds: Uint32Array.from(textEnds), spans: Uint32Array.from(spans) };
}

/**
 * The stored documents again, their paragraphs' texts cut from the one string and their spans read in place.
 * @throws IndexFileError `corrupt` when the parts do not fit together.
 */
export function unpackDocuments({ outlines, texts, textEnds, spans }: PackedDocuments): StoredDocument[] {
  let paragraph = 0;
  let span = 0;
  const documents = outlines.map(({ sections, ...document }) => ({
    ...document,
    sections: sections.map((section) => {
      const languages = new Map(section.code ?? []);
      return {
        title: section.title,
        ...(section.preamble && { preamble: section.preamble }),
        paragraphs: section.sentences.map((sentences, p) => {
          const start = paragraph === 0 ? 0 : textEnds[paragraph - 1]!;
          const end = textEnds[paragraph++];
          const pairs = spans.subarray(span, (span += 2 * sentences));
          if (end === undefined || end < start || end > texts.length || pairs.length !== 2 * sentences) throw corrupt('its documents do not fit their texts');
          for (let i = 0; i < pairs.length; i++) {
            if (pairs[i]! > end - start || (i > 0 && pairs[i]! < pairs[i - 1]!)) throw corrupt('its sentences lie outside their paragraphs');
          }
          const language = languages.get(p);
          // The spans are read in place: a view of the file's bytes, not a copy.
          return { text: texts.slice(start, end), spans: pairs, ...(language !== undefined && { language }) };
        }),
      };
    }),
  }));
  if (paragraph !== textEnds.length || span !== spans.length) throw corrupt('its documents do not fit their texts');
  return documents;
}
