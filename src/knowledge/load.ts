import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAliases } from './aliases.ts';
import { documentId, parseDocument } from './parse.ts';
import type { Document } from './types.ts';

/** Why the knowledge folder gave no documents; the message is shown to the user as is. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
}

/** The error for a folder that yields no document. */
export function noDocuments(dir: string): KnowledgeError {
  return new KnowledgeError(`No documents in "${dir}": add .md or .txt files to it.`);
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface Knowledge {
  readonly documents: readonly Document[];
  readonly skipped: readonly SkippedFile[];
}

/** The names of the files docent reads as documents. */
export const KNOWLEDGE_FILE = /\.(md|markdown|txt)$/iu;

/** Ids must be unique across the folder: `notes.md` and `notes.txt` become `notes` and `notes-txt`. */
export function uniqueIds(files: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const file of files) {
    let id = documentId(file);
    if (taken.has(id)) id = documentId(file.replace(/\./gu, '-'));
    for (let n = 2; taken.has(id); n++) id = `${documentId(file)}-${n}`;
    taken.add(id);
    ids.set(file, id);
  }
  return ids;
}

/** `notes.md` → the groups in `notes.aliases`, or none when there is no such file. */
async function readAliases(dir: string, file: string): Promise<string[][]> {
  const aliasFile = join(dir, `${file.replace(/\.[^.]+$/u, '')}.aliases`);
  return parseAliases(await readFile(aliasFile, 'utf8').catch(() => ''));
}

/** The knowledge files of a folder (not its subfolders), sorted by name. */
export async function listKnowledgeFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new KnowledgeError(`The knowledge folder "${dir}" does not exist or cannot be read.`);
  }
  return entries
    .filter((entry) => entry.isFile() && KNOWLEDGE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** A knowledge file read into a document, or the reason it gives none. */
export type FileReading = { readonly document: Document } | { readonly reason: string };

/** Strict, so that a file in another encoding is refused rather than quoted with replacement characters. */
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads one knowledge file (and its aliases file) into a document with the given id. Never throws. */
export async function readKnowledgeFile(dir: string, file: string, id: string): Promise<FileReading> {
  let bytes;
  try {
    bytes = await readFile(join(dir, file));
  } catch (error) {
    return { reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  let text;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { reason: 'it is not UTF-8 text' };
  }
  const document = parseDocument({ name: file, text }, id);
  if (document.sections.length === 0) return { reason: 'it holds no text' };
  return { document: { ...document, aliases: await readAliases(dir, file) } };
}

/**
 * Reads every `.md` and `.txt` file in `dir` into a document. Files that yield no text, cannot be read or are not
 * UTF-8 are skipped and reported.
 * @throws KnowledgeError when the folder is missing or no document loads.
 */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const files = await listKnowledgeFiles(dir);
  const ids = uniqueIds(files);
  const documents: Document[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const reading = await readKnowledgeFile(dir, file, ids.get(file) ?? documentId(file));
    if ('document' in reading) documents.push(reading.document);
    else skipped.push({ file, reason: reading.reason });
  }
  if (documents.length === 0) throw noDocuments(dir);
  return { documents, skipped };
}
