import { createHash } from 'node:crypto';
import type { Document } from '../../../knowledge/types.ts';
import { ANALYZER_VERSION } from '../../analyzer/analyzer.ts';
import { INDEX_FORMAT_VERSION } from './indexFile.ts';

/** Each field with its length first, so that no two different documents hash alike by shifting text between fields. */
function field(parts: string[], value: string): void {
  parts.push(`${value.length}:`, value);
}

/**
 * What a persisted index is valid for, as a SHA-256: the index format and analyzer versions, and everything the
 * index is built from, as read from the files (each document's id, file, title, aliases, section titles, paragraph
 * texts, which are code, and where its sentences start and end). Any change to a file's text, or to how it is split, changes the key.
 */
export function indexKey(documents: readonly Document[]): string {
  const hash = createHash('sha256');
  hash.update(`docent-index format ${INDEX_FORMAT_VERSION} analyzer ${ANALYZER_VERSION} documents ${documents.length}\n`);
  for (const document of documents) {
    // One update per document: hashing is fast, crossing into it once per field is not.
    const parts: string[] = [];
    for (const value of [document.id, document.source, document.title, JSON.stringify(document.aliases ?? [])]) field(parts, value);
    field(parts, `sections ${document.sections.length}`);
    for (const section of document.sections) {
      field(parts, section.title);
      field(parts, `paragraphs ${section.paragraphs.length}`);
      for (const paragraph of section.paragraphs) {
        field(parts, paragraph.code ? `code ${paragraph.code.language}` : 'prose');
        field(parts, paragraph.text);
        field(parts, paragraph.sentences.map((sentence) => `${sentence.start}+${sentence.text.length}`).join(' '));
      }
    }
    hash.update(parts.join(''));
  }
  return hash.digest('hex');
}
