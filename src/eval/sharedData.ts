import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The project's shared folder, beside the clone: public data sets are read from there, never committed here.
 * DOCENT_SHARED_DIR moves it, e.g. to a folder that does not exist, to see the tests that need it skip.
 */
export function sharedDir(): string {
  return resolve(PROJECT_ROOT, process.env.DOCENT_SHARED_DIR ?? '../shared');
}

/** The public data sets eval, fit, bench and tests read. */
export const SHARED_DATA = {
  squad11: join(sharedDir(), 'data/squad/dev-v1.1-part-a.json'),
  squad20: join(sharedDir(), 'data/squad/dev-v2.0-part-a.json'),
  cnndm: join(sharedDir(), 'data/cnndm/frank-test-part-a.jsonl'),
} as const;

/** Whether every public data set is there to read (CI always has the shared folder). */
export function sharedDataPresent(): boolean {
  return Object.values(SHARED_DATA).every((file) => existsSync(file));
}
