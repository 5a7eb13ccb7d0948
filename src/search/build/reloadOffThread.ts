import { Worker } from 'node:worker_threads';
import { reloadKnowledge, type ReloadedKnowledge } from '../../knowledge/reload.ts';
import type { Document } from '../../knowledge/types.ts';
import { FROM_SOURCE, moduleUrl } from '../../moduleUrl.ts';
import { runInSlices, type Steps } from '../../steps.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { portableOfMessage } from './indexMessage.ts';
import { indexFromPortable } from './portableIndex.ts';
import type { IndexReply, ReadReply, ReloadRequest, ReloadSettings } from './reloadMessages.ts';

const ENTRY = moduleUrl('./reloadWorker', import.meta.url);
/** From the build the worker runs its module with plain node; from source, through a module that registers tsx first. */
const BOOT = FROM_SOURCE ? new URL('./tsxWorker.mjs', import.meta.url) : ENTRY;

/** Sends the reload thread one request and waits for its answer, or for its failure. */
function ask<T>(worker: Worker, request: ReloadRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (reply: T): void => {
      settle();
      resolve(reply);
    };
    const onError = (error: Error): void => {
      settle();
      reject(error);
    };
    const onExit = (code: number): void => onError(new Error(`The reload thread stopped (exit code ${code}) before it answered.`));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
}

/** The index from the reload thread's message, in steps (see `Steps`). */
function* assembleIndex(documents: readonly Document[], message: IndexReply): Steps<SentenceIndex> {
  return yield* indexFromPortable(documents, yield* portableOfMessage(message));
}

/**
 * Reads a knowledge folder again on top of the documents in service and indexes it, all in a worker thread: there
 * each file is read and parsed (its document crosses back on its own, so that no single message is large) and the
 * documents are indexed, or their index read from the cache; here, the index is assembled from its parts in slices
 * between which the event loop answers questions.
 * @throws KnowledgeError as `reloadKnowledge` does; Error when the thread fails.
 */
export async function reloadOffThread(
  dir: string,
  previous: readonly Document[],
  { maxFileBytes, cacheDir }: { readonly maxFileBytes?: number; readonly cacheDir?: string },
): Promise<{ knowledge: ReloadedKnowledge; index: SentenceIndex }> {
  const settings: ReloadSettings = { entry: ENTRY.href, dir, ...(maxFileBytes === undefined ? {} : { maxFileBytes }), ...(cacheDir === undefined ? {} : { cacheDir }) };
  const worker = new Worker(BOOT, { workerData: settings });
  try {
    const parsedThere = new Set<Document>();
    const knowledge = await reloadKnowledge(dir, previous, async (file, id) => {
      const reading = await ask<ReadReply>(worker, { kind: 'read', file, id });
      if (!('reason' in reading)) parsedThere.add(reading);
      return reading;
    });
    const named = knowledge.documents.map((document) => (parsedThere.has(document) ? document.source : document));
    const message = await ask<IndexReply>(worker, { kind: 'index', documents: named });
    return { knowledge, index: await runInSlices(assembleIndex(knowledge.documents, message)) };
  } finally {
    void worker.terminate();
  }
}
