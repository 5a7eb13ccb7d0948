import { readFile, stat } from 'node:fs/promises';
import type { Skip } from './skipped.ts';

/** The default size cap of one knowledge file: 20 MB. */
export const DEFAULT_MAX_FILE_BYTES = 20_000_000;

/** The file names docent reads as documents. */
export const KNOWLEDGE_FILE = /\.(md|markdown|txt)$/iu;

/** `21474836` → "21.5 MB" (decimal megabytes, as the limit is set); small sizes in bytes. */
function size(bytes: number): string {
  return bytes < 1_000_000 ? `${bytes} bytes` : `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}

/** What a failed stat or read means for the user; symbolic links are followed, so a loop shows here as ELOOP. */
function problemOf(error: unknown): Skip {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ELOOP':
      return { reason: 'symlink-loop', detail: 'it is a symbolic link that loops back on itself' };
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'broken-link', detail: 'it is a symbolic link to something that does not exist' };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'unreadable', detail: 'docent may not read it (permission denied)' };
    default:
      return { reason: 'unreadable', detail: `it cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})` };
  }
}

/**
 * One entry of the knowledge folder's bytes, or why it is skipped. Only regular `.md`, `.markdown` and `.txt` files
 * (or symbolic links to them) under `maxBytes` are read; subfolders are not entered, so no link can loop a walk.
 * The bytes are decoded (see `decodeText`) only when they are not those of a document parsed before.
 */
export async function readEntry(path: string, name: string, maxBytes: number): Promise<Uint8Array | Skip> {
  let stats;
  try {
    stats = await stat(path);
  } catch (error) {
    return problemOf(error);
  }
  if (stats.isDirectory()) return { reason: 'folder', detail: 'it is a folder; docent reads only the files directly inside the knowledge folder' };
  if (!KNOWLEDGE_FILE.test(name)) return { reason: 'unsupported', detail: 'docent reads only .md, .markdown and .txt files' };
  if (!stats.isFile()) return { reason: 'not-a-file', detail: 'it is not a regular file' };
  if (stats.size > maxBytes) {
    return { reason: 'too-large', detail: `it is ${size(stats.size)}, over the ${size(maxBytes)} limit (KNOWLEDGE_MAX_BYTES)` };
  }
  try {
    return await readFile(path);
  } catch (error) {
    return problemOf(error);
  }
}
