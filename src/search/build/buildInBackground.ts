import { Worker } from 'node:worker_threads';
import { sentencesOf, type Document } from '../../knowledge/types.ts';
import { buildIndex } from '../buildIndex.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { indexFromPortable } from './portableIndex.ts';
import { portableOfMessage, type IndexMessage } from './indexMessage.ts';
import { FROM_SOURCE, moduleUrl } from '../../moduleUrl.ts';

const ENTRY = moduleUrl('./indexWorker', import.meta.url);
/** From the build the worker runs its module with plain node; from source, through a module that registers tsx first. */
const BOOT = FROM_SOURCE ? new URL('./tsxWorker.mjs', import.meta.url) : ENTRY;

/**
 * Below this many sentences an index builds in well under a second, less than a worker thread takes to start:
 * the seed builds in about 30 ms, a 100,000-sentence folder in about 8 s.
 */
const OFF_THREAD_SENTENCES = 20_000;

/**
 * Builds the index of documents in a worker thread, so that the event loop keeps answering while a large folder is
 * indexed again; only assembling MiniSearch from the finished parts runs on this thread.
 * @throws Error when the worker fails.
 */
export function buildIndexOffThread(documents: readonly Document[]): Promise<SentenceIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY.href, documents } });
    worker.once('message', (message: IndexMessage) => {
      try {
        resolve(indexFromPortable(documents, portableOfMessage(message)));
      } catch (error) {
        reject(error);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The indexing thread stopped (exit code ${code}) before it sent the index.`)));
  });
}

/** The index of documents, built off the main thread when they are many (see `buildIndexOffThread`), else at once. */
export function buildIndexInBackground(documents: readonly Document[]): SentenceIndex | Promise<SentenceIndex> {
  const sentences = documents.reduce((sum, document) => sum + sentencesOf(document).length, 0);
  return sentences < OFF_THREAD_SENTENCES ? buildIndex(documents) : buildIndexOffThread(documents);
}
