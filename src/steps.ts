import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work written as a generator that yields wherever it may pause, and returns its result: run at once when nothing
 * waits, or in slices between which the event loop answers whatever arrived.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps in slices of about `sliceMs` each (a slice ends at the first pause after that long), giving the event
 * loop a turn between slices, so that no slice holds up a question for longer than one step takes.
 */
export async function runInSlices<T>(steps: Steps<T>, sliceMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTurn();
      sliceStart = performance.now();
    }
  }
}

/** Items a loop handles between pauses: often enough to keep slices short, seldom enough to cost nothing. */
const ITEMS_PER_STEP = 1024;

/** Whether a loop over items pauses after item `i`: `if (pauseAfter(i)) yield;`. */
export const pauseAfter = (i: number): boolean => i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1;
