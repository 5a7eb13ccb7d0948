import { parentPort, workerData } from 'node:worker_threads';
import { KnowledgeError } from '../../knowledge/load.ts';
import type { Document } from '../../knowledge/types.ts';
import type { Docent } from '../docent.ts';
import { LiveDocent, reportOf } from '../liveDocent.ts';
import type { EngineReply, EngineRequest, EngineSettings, LoadReply, ReloadReply, SearchCall } from './engineMessages.ts';

/**
 * Runs in a worker thread (see `EngineThread`): loads the folder, then answers the main thread's searches, warm-up and
 * reloads, one message at a time. A reload's parsing and indexing run on a thread of their own (see `LiveDocent`),
 * so searches keep being answered here meanwhile.
 */
const { dir, options } = workerData as EngineSettings;
const port = parentPort!;

function search(docent: Docent, call: SearchCall): unknown {
  const method = docent[call.method] as (...args: SearchCall['args']) => unknown;
  return method.apply(docent, call.args);
}

/** The documents in service after a reload, a kept one by its id alone. */
function documentsToSend(previous: readonly Document[], current: readonly Document[]): (string | Document)[] {
  const kept = new Set(previous);
  return current.map((document) => (kept.has(document) ? document.id : document));
}

async function reload(live: LiveDocent): Promise<ReloadReply> {
  const outcome = await live.reload();
  const report = reportOf(outcome);
  return outcome.kind === 'reloaded' ? { report, documents: documentsToSend(outcome.previous.documents, outcome.docent.documents) } : { report };
}

async function answer(live: LiveDocent, request: EngineRequest): Promise<EngineReply> {
  try {
    if (request.kind === 'search') return { id: request.id, ok: true, value: search(live.current, request.call) };
    if (request.kind === 'warm-up') return { id: request.id, ok: true, value: live.current.warmUp() };
    return { id: request.id, ok: true, value: await reload(live) };
  } catch (error) {
    // The main thread logs the message; a stack trace stays out of every reply it builds.
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends a reply; one that cannot be sent (a value that does not clone) is answered as a failure, never left unanswered. */
function send(reply: EngineReply): void {
  try {
    port.postMessage(reply);
  } catch (error) {
    port.postMessage({ id: reply.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies EngineReply);
  }
}

try {
  const { live, skipped, index } = await LiveDocent.load(dir, options);
  const { documents, search: loaded } = live.current;
  port.postMessage({ kind: 'loaded', documents, sentences: loaded.index.entries.length, skipped, ...(index ? { index } : {}) } satisfies LoadReply);
  port.on('message', (request: EngineRequest) => void answer(live, request).then(send));
} catch (error) {
  const knowledge = error instanceof KnowledgeError ? { message: error.message, skipped: error.skipped } : undefined;
  port.postMessage({ kind: 'failed', error, ...(knowledge ? { knowledge } : {}) } satisfies LoadReply);
}
