import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAliases } from './aliases.ts';
import { documentId, parseDocument } from './parse.ts';
import type { Document } from './types.ts';

/** Why the knowledge folder gave no documents; the message is shown to the user as is. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
}

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface Knowledge {
  readonly documents: readonly Document[];
  readonly skipped: readonly SkippedFile[];
}

const KNOWLEDGE_FILE = /\.(md|markdown|txt)$/iu;

/** Ids must be unique across the folder: `notes.md` and `notes.txt` become `notes` and `notes-txt`. */
function uniqueIds(files: readonly string[]): Map<string, string> {
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

async function listKnowledgeFiles(dir: string): Promise<string[]> {
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

/**
 * Reads every `.md` and `.txt` file in `dir` into a document. Files that yield no text are skipped and reported.
 * @throws KnowledgeError when the folder is missing or no document loads.
 */
export async function loadKnowledge(dir: string): Promise<Knowledge> {
  const files = await listKnowledgeFiles(dir);
  const ids = uniqueIds(files);
  const documents: Document[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    const document = parseDocument({ name: file, text }, ids.get(file));
    if (document.sections.length === 0) skipped.push({ file, reason: 'it holds no text' });
    else documents.push({ ...document, aliases: await readAliases(dir, file) });
  }
  if (documents.length === 0) {
    throw new KnowledgeError(`No documents in "${dir}": add .md or .txt files to it.`);
  }
  return { documents, skipped };
}
