import { Worker } from 'node:worker_threads';
import { reloadKnowledge, type ReloadedKnowledge } from '../../knowledge/reload.ts';
import { fileKeyOf, withFileKey } from '../../knowledge/fileKey.ts';
import type { Document } from '../../knowledge/types.ts';
import { moduleUrl, workerBoot } from '../../moduleUrl.ts';
import { runInSlices, type Steps } from '../../steps.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';
import { portableOfMessage } from './indexMessage.ts';
import { indexFromPortable } from './portableIndex.ts';
import type { IndexMessage } from './indexMessage.ts';
import type { ReadReply, ReloadRequest, ReloadSettings } from './reloadMessages.ts';

const ENTRY = moduleUrl('./reloadWorker', import.meta.url);
const BOOT = workerBoot(ENTRY);

/**
 * The reload thread, asked one thing at a time. It is listened to from the start, so that a failure while nothing
 * is asked (while it boots, or between two requests) is kept for the next request rather than left unheard.
 */
class ReloadThread {
  private readonly worker: Worker;
  private failure: Error | undefined;

  constructor(settings: ReloadSettings) {
    this.worker = new Worker(BOOT, { workerData: settings });
    this.worker.on('error', (error) => (this.failure ??= error));
    this.worker.on('exit', (code) => (this.failure ??= new Error(`The reload thread stopped (exit code ${code}) before it answered.`)));
  }

  /** Sends one request and waits for its answer, or for the thread's failure. */
  ask<T>(request: ReloadRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure);
      const settle = (): void => {
        this.worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      };
      const onMessage = (reply: T): void => {
        settle();
        resolve(reply);
      };
      // The constructor's listeners, registered first, have named the failure by now.
      const onFailure = (): void => {
        settle();
        reject(this.failure);
      };
      this.worker.on('message', onMessage).on('error', onFailure).on('exit', onFailure);
      this.worker.postMessage(request);
    });
  }

  stop(): void {
    void this.worker.terminate();
  }
}

/** The document in service for a file whose bytes are unchanged, with the aliases its aliases file gives now. */
function withAliases(document: Document, aliases: Document['aliases']): Document {
  if (JSON.stringify(aliases) === JSON.stringify(document.aliases)) return document;
  return withFileKey({ ...document, aliases }, fileKeyOf(document)!);
}

/** The index from the reload thread's message, in steps (see `Steps`). */
function* assembleIndex(documents: readonly Document[], message: IndexMessage): Steps<SentenceIndex> {
  return yield* indexFromPortable(documents, yield* portableOfMessage(message));
}

/**
 * Reads a knowledge folder again on top of the documents in service and indexes it, all in a worker thread: there
 * each file is read and parsed (a changed file's document crosses back on its own, so that no single message is
 * large; an unchanged file's does not, and the one in service stays) and the documents are indexed, or their index
 * read from the cache; here, the index is assembled from its parts in slices between which the event loop answers
 * questions.
 * @throws KnowledgeError as `reloadKnowledge` does; Error when the thread fails.
 */
export async function reloadOffThread(
  dir: string,
  previous: readonly Document[],
  { maxFileBytes, cacheDir }: { readonly maxFileBytes?: number; readonly cacheDir?: string },
): Promise<{ knowledge: ReloadedKnowledge; index: SentenceIndex }> {
  const settings: ReloadSettings = { entry: ENTRY.href, dir, ...(maxFileBytes === undefined ? {} : { maxFileBytes }), ...(cacheDir === undefined ? {} : { cacheDir }) };
  const thread = new ReloadThread(settings);
  let knowledge: ReloadedKnowledge;
  let message: IndexMessage;
  try {
    const parsedThere = new Set<Document>();
    knowledge = await reloadKnowledge(dir, previous, async (file, id, inService) => {
      const known = inService && fileKeyOf(inService);
      const reply = await thread.ask<ReadReply>({ kind: 'read', file, id, ...(known && { known }) });
      if ('reason' in reply) return reply;
      const document = reply.kind === 'parsed' ? withFileKey(reply.document, reply.key) : withAliases(inService!, reply.aliases);
      parsedThere.add(document);
      return document;
    });
    const named = knowledge.documents.map((document) => (parsedThere.has(document) ? document.source : document));
    message = await thread.ask<IndexMessage>({ kind: 'index', documents: named });
  } finally {
    thread.stop();
  }
  return { knowledge, index: await runInSlices(assembleIndex(knowledge.documents, message)) };
}
