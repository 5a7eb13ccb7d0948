import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedDataPresent, sharedDir } from '../../src/eval/sharedData.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether the public sets are beside the clone; where they are not, tests of them are skipped, not failed. */
export const SHARED_DATA_PRESENT = sharedDataPresent();

/** A test's name, saying why it is skipped when the public sets are not there. */
export function needingSharedData(name: string): string {
  return SHARED_DATA_PRESENT ? name : `${name} (skipped: ${relative(ROOT, sharedDir())}/data not found beside the clone)`;
}
