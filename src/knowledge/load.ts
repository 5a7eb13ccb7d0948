import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAliases } from './aliases.ts';
import { decodeText } from './decode.ts';
import { fileKey, withFileKey } from './fileKey.ts';
import { documentId, parseDocument } from './parse.ts';
import { DEFAULT_MAX_FILE_BYTES, KNOWLEDGE_FILE, readEntry } from './readEntry.ts';
import type { Skip, SkippedFile } from './skipped.ts';
import type { Document } from './types.ts';

export type { SkippedFile } from './skipped.ts';

/** Why the knowledge folder gave no documents; the message is shown to the user as is. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';

  /** The files that were skipped on the way, to be reported before the message. */
  constructor(message: string, readonly skipped: readonly SkippedFile[] = []) {
    super(message);
  }
}

export interface Knowledge {
  readonly documents: readonly Document[];
  readonly skipped: readonly SkippedFile[];
}

export interface LoadOptions {
  /** Files larger than this many bytes are skipped unread. */
  readonly maxFileBytes?: number;
  /** Documents parsed before, to take instead of parsing the same text again. */
  readonly parsed?: ParsedDocuments;
}

/** Documents parsed before, by file: what a cache can give instead of decoding and parsing again. */
export interface ParsedDocuments {
  /** The document parsed before from exactly this file name, bytes and id (their `fileKey`), if known; asked for every file read. */
  reuse(key: string, id: string): Document | undefined;
  /** The text last offered for this id gave no document: nothing noted of it may stand for a document kept in its place. */
  dropped(id: string): void;
}

/** Files read at a time: the disk reads some while the main thread parses others, without opening the whole folder at once. */
const READ_AT_ONCE = 16;

/** Aliases files (`notes.aliases`) belong to a document; hidden files (`.DS_Store`, `.git`) belong to nobody. */
const NOT_A_CANDIDATE = /^\.|\.aliases$/iu;

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

/** The entries of the knowledge folder worth reporting on, sorted by name: all but hidden and aliases files. */
export async function listEntries(dir: string): Promise<string[]> {
  let names;
  try {
    names = await readdir(dir);
  } catch {
    throw new KnowledgeError(`The knowledge folder "${dir}" does not exist or cannot be read.`);
  }
  return names.filter((name) => !NOT_A_CANDIDATE.test(name)).sort();
}

/**
 * A file's bytes as a document, or why it has nothing to quote: the document parsed before from the same bytes when
 * `parsed` has it (a large folder's 16 MB need not be decoded again), else the text decoded and parsed.
 */
function documentOf(file: string, bytes: Uint8Array, id: string | undefined, parsed: ParsedDocuments | undefined): { document: Document; key: string } | Skip {
  const idForFile = id ?? documentId(file);
  const key = fileKey(file, bytes, idForFile);
  const result = readDocument(file, bytes, id, () => parsed?.reuse(key, idForFile));
  if ('reason' in result) {
    parsed?.dropped(idForFile);
    return result;
  }
  return { document: result, key };
}

/** `documentOf` without its bookkeeping: the document parsed before, else parsed now, or why the file has nothing to quote. */
function readDocument(file: string, bytes: Uint8Array, id: string | undefined, parsedBefore: () => Document | undefined): Document | Skip {
  let document;
  try {
    document = parsedBefore();
    if (document === undefined) {
      const text = decodeText(bytes);
      if (typeof text !== 'string') return text;
      document = parseDocument({ name: file, text }, id);
    }
  } catch (error) {
    return { reason: 'unparsable', detail: `it could not be parsed (${error instanceof Error ? error.message : String(error)})` };
  }
  if (document.sections.length > 0) return document;
  return { reason: 'no-text', detail: 'it has no paragraphs to quote (headings, HTML and lines of links alone are not quoted)' };
}

/** The error for a folder where no document loads, carrying the files skipped on the way. */
export function noDocuments(dir: string, skipped: readonly SkippedFile[]): KnowledgeError {
  if (skipped.length === 0) return new KnowledgeError(`No documents in "${dir}": add .md or .txt files to it.`);
  const files = skipped.length === 1 ? 'the one file was' : `all ${skipped.length} files were`;
  return new KnowledgeError(`No documents loaded from "${dir}": ${files} skipped, for the reasons above. Fix them or add .md or .txt files.`, skipped);
}

/** Reads one entry of the folder (and its aliases file) into a document with the given id, or says why not. Never throws. */
export async function readKnowledgeFile(
  dir: string,
  file: string,
  id: string | undefined,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
  parsed?: ParsedDocuments,
): Promise<Document | Skip> {
  const bytes = await readEntry(join(dir, file), file, maxBytes);
  const result = bytes instanceof Uint8Array ? documentOf(file, bytes, id, parsed) : bytes;
  return 'reason' in result ? result : withFileKey({ ...result.document, aliases: await readAliases(dir, file) }, result.key);
}

/**
 * Reads every `.md`, `.markdown` and `.txt` file directly inside `dir` into a document. A bad file (empty, binary,
 * not UTF-8, too large, unreadable, a looping or broken link, nothing to quote) is skipped with its reason and the
 * rest load; other entries (subfolders, other file types) are reported as skipped too, hidden ones are ignored.
 * @throws KnowledgeError when the folder is missing or no document loads; it carries the skipped files.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Knowledge> {
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const names = await listEntries(dir);
  const ids = uniqueIds(names.filter((name) => KNOWLEDGE_FILE.test(name)));
  const documents: Document[] = [];
  const skipped: SkippedFile[] = [];
  for (let start = 0; start < names.length; start += READ_AT_ONCE) {
    const batch = names.slice(start, start + READ_AT_ONCE);
    const results = await Promise.all(batch.map((file) => readKnowledgeFile(dir, file, ids.get(file), maxBytes, options.parsed)));
    results.forEach((result, i) => {
      if ('reason' in result) skipped.push({ file: batch[i]!, ...result });
      else documents.push(result);
    });
  }
  if (documents.length === 0) throw noDocuments(dir, skipped);
  return { documents, skipped };
}
