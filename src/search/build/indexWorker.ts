import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../../knowledge/types.ts';
import { buildIndex } from '../buildIndex.ts';
import { portableIndexOf } from './portableIndex.ts';
import { transferable, type IndexMessage } from './indexMessage.ts';

/** Runs in a worker thread (see `buildIndexOffThread`): builds the index of the documents and sends back its parts. */
const portable = portableIndexOf(buildIndex((workerData as { documents: readonly Document[] }).documents));
const message: IndexMessage = { ...portable, initials: [...(portable.initials() ?? [])] };
parentPort!.postMessage(message, transferable(message));
