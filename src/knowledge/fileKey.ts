import { createHash } from 'node:crypto';
import { PARSER_VERSION } from './parse.ts';
import type { Document } from './types.ts';

/** A SHA-256 of everything decoding and parsing depend on: the parser's version, the file's name and bytes, the document's id. */
export function fileKey(file: string, bytes: Uint8Array, id: string): string {
  return createHash('sha256').update(`docent-parse ${PARSER_VERSION}\n${file.length}:${file}${id.length}:${id}`).update(bytes).digest('hex');
}

// Kept beside the documents rather than in them: a document stays the plain data every transport shows.
const keys = new WeakMap<Document, string>();

/** Notes which file's bytes the document was parsed from (`fileKey`), and returns it. */
export function withFileKey(document: Document, key: string): Document {
  keys.set(document, key);
  return document;
}

/**
 * The `fileKey` of what the document was parsed from, if this thread read the file or was told its key: a reload asks
 * for the documents of changed files only, and keeps the others as they are.
 */
export const fileKeyOf = (document: Document): string | undefined => keys.get(document);
