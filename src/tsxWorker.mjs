// A worker thread does not inherit tsx from the process that starts it (Node 20): this plain module registers it,
// then runs the TypeScript module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
