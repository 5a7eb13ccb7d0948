import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { fileKeyOf } from '../../knowledge/fileKey.ts';
import { readKnowledgeFile } from '../../knowledge/load.ts';
import type { Document } from '../../knowledge/types.ts';
import { buildIndex } from '../buildIndex.ts';
import { DocumentSnapshot } from '../index/persist/documentSnapshot.ts';
import { IndexCache } from '../index/persist/indexCache.ts';
import { indexMessageOf, transferable } from './indexMessage.ts';
import { portableIndexOf } from './portableIndex.ts';
import type { ReadReply, ReloadRequest, ReloadSettings } from './reloadMessages.ts';

/**
 * Runs in a worker thread (see `reloadOffThread`): reads and parses the folder's files as the main thread asks, then
 * indexes the documents it names (read from the cache when it holds them, else built and written there) and sends
 * back the index's parts, its phrase index and names included.
 */
const { dir, maxFileBytes, cacheDir } = workerData as ReloadSettings;
// The lowest priority, for this thread alone (Linux schedules threads, so 0 is this one): on a busy machine, the main
// thread's questions go first and the reload takes longer.
setPriority(0, constants.priority.PRIORITY_LOW);
const port = parentPort!;
const parsed = new Map<string, Document>();
// With a cache, notes each file read, so that the cache keeps the parsed documents for the next start.
const snapshot = cacheDir === undefined ? undefined : new DocumentSnapshot();

async function answer(request: ReloadRequest): Promise<void> {
  if (request.kind === 'read') {
    const reading = await readKnowledgeFile(dir, request.file, request.id, maxFileBytes, snapshot);
    if ('reason' in reading) return port.postMessage(reading satisfies ReadReply);
    parsed.set(request.file, reading);
    const key = fileKeyOf(reading)!;
    const reply: ReadReply = key === request.known ? { kind: 'unchanged', aliases: reading.aliases } : { kind: 'parsed', document: reading, key };
    port.postMessage(reply);
    return;
  }
  const documents = request.documents.map((document) => (typeof document === 'string' ? parsed.get(document)! : document));
  const index = cacheDir === undefined ? buildIndex(documents) : (await new IndexCache(cacheDir).loadIndex(dir, documents, snapshot)).index;
  const message = indexMessageOf(portableIndexOf(index));
  port.postMessage(message, transferable(message));
}

// A failure is left unhandled: it ends the thread, and the main thread's `error` listener reports it.
port.on('message', (request: ReloadRequest) => void answer(request));
