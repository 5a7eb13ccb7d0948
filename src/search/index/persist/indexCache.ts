import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { loadKnowledge, type Knowledge, type LoadOptions } from '../../../knowledge/load.ts';
import type { Document } from '../../../knowledge/types.ts';
import { indexFromPortable, portableIndexOf } from '../../build/portableIndex.ts';
import { buildIndex } from '../../buildIndex.ts';
import type { SentenceIndex } from '../sentenceIndex.ts';
import { runAtOnce } from '../../../steps.ts';
import { DocumentSnapshot } from './documentSnapshot.ts';
import { bytesOfFile, type IndexBytes } from './indexBytes.ts';
import { decodeIndex, encodeIndex, readHeader, type StoredIndex } from './indexFile.ts';
import { IndexFileError } from './indexFileError.ts';
import { indexKey } from './indexKey.ts';

/** Why a cached index was not used: none yet; one for other documents or another version; or a damaged one. */
export type CacheProblem = 'missing' | 'stale' | 'corrupt';

/** Where an index came from: read from the cache, or built (and why), and whether the cache now holds it. */
export type IndexOrigin =
  | { readonly source: 'cache'; readonly file: string }
  | {
      readonly source: 'built';
      readonly file: string;
      readonly reason: CacheProblem;
      readonly detail?: string;
      /** Why the new index could not be written, if it could not. */
      readonly writeError?: string;
    };

/** What the cache file held, read and checked, or why there is nothing to use. */
type Opened = { readonly key: string; readonly stored: StoredIndex } | { readonly problem: { readonly reason: CacheProblem; readonly detail?: string } };

const staleProblem = { reason: 'stale', detail: 'the documents or the analyzer changed since it was written' } as const;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * A folder of built indexes, one file per knowledge folder, so that a restart reads the index (and the parsed
 * documents) instead of building it. Never throws for a cache problem: the worst case is a rebuild.
 */
export class IndexCache {
  constructor(readonly dir: string) {}

  /** The file holding the index of a knowledge folder: named after it, so that different folders never collide. */
  fileFor(knowledgeDir: string): string {
    const path = resolve(knowledgeDir);
    const name = basename(path).toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'knowledge';
    return join(this.dir, `${name}-${createHash('sha256').update(path).digest('hex').slice(0, 12)}.index`);
  }

  /**
   * Loads a knowledge folder with its index: files whose text is unchanged since the index was written are not
   * parsed again, and the index is read when it was built from exactly these documents by this version; otherwise
   * it is built, and written for next time.
   * @throws KnowledgeError when the folder is missing or holds no usable document.
   */
  async load(knowledgeDir: string, options: LoadOptions = {}): Promise<{ knowledge: Knowledge; index: SentenceIndex; origin: IndexOrigin }> {
    const file = this.fileFor(knowledgeDir);
    const opened = this.open(file);
    const snapshot = new DocumentSnapshot('stored' in opened ? opened.stored.documents : []);
    const knowledge = await loadKnowledge(knowledgeDir, { ...options, parsed: snapshot });
    // Documents that are exactly the stored ones need not be hashed again to know the stored index is theirs.
    const key = 'stored' in opened && snapshot.holdsExactly(knowledge.documents) ? opened.key : indexKey(knowledge.documents);
    return { knowledge, ...(await this.indexFor(file, knowledge.documents, key, opened, snapshot)) };
  }

  /**
   * The index of documents already loaded (as a reload loads them): read when valid, else built and written, with
   * the documents whose files `parsed` saw read, so that the next start need not parse them.
   */
  async loadIndex(
    knowledgeDir: string,
    documents: readonly Document[],
    parsed: DocumentSnapshot = new DocumentSnapshot(),
  ): Promise<{ index: SentenceIndex; origin: IndexOrigin }> {
    const file = this.fileFor(knowledgeDir);
    const key = indexKey(documents);
    return this.indexFor(file, documents, key, this.open(file, key), parsed);
  }

  /**
   * Reads and checks the cache file's header and main part (its postings and phrase parts when first used); with the key the
   * documents need, a file for other documents is not decoded.
   */
  private open(file: string, key?: string): Opened {
    let bytes: IndexBytes;
    try {
      bytes = bytesOfFile(file);
    } catch {
      return { problem: { reason: 'missing' } };
    }
    try {
      const { header, start } = readHeader(bytes);
      if (key !== undefined && header.key !== key) return { problem: staleProblem };
      return { key: header.key, stored: decodeIndex(bytes, header, start) };
    } catch (error) {
      return { problem: { reason: error instanceof IndexFileError ? error.kind : 'corrupt', detail: messageOf(error) } };
    }
  }

  /** The stored index when it was built for these documents (`key`), else one built now and written. */
  private async indexFor(
    file: string,
    documents: readonly Document[],
    key: string,
    opened: Opened,
    snapshot: DocumentSnapshot,
  ): Promise<{ index: SentenceIndex; origin: IndexOrigin }> {
    let problem = 'problem' in opened ? opened.problem : undefined;
    if ('stored' in opened) {
      if (opened.key === key) {
        try {
          return { index: runAtOnce(indexFromPortable(documents, opened.stored)), origin: { source: 'cache', file } };
        } catch (error) {
          problem = { reason: 'corrupt', detail: messageOf(error) };
        }
      } else problem = staleProblem;
    }
    const index = buildIndex(documents);
    const writeError = await this.write(file, encodeIndex({ documents: snapshot.keep(documents), ...portableIndexOf(index) }, key));
    const reason = problem?.reason ?? 'missing';
    return { index, origin: { source: 'built', file, reason, ...(problem?.detail ? { detail: problem.detail } : {}), ...(writeError ? { writeError } : {}) } };
  }

  /** Writes a whole file or nothing: a crash mid-write leaves the previous file, never half of a new one. */
  private async write(file: string, bytes: Buffer): Promise<string | undefined> {
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temporary, bytes);
      await rename(temporary, file);
      return undefined;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      return messageOf(error);
    }
  }
}
