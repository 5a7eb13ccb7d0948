import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { pauseAfter, runAtOnce, runInSlices, type Steps } from '../src/steps.ts';

/** Sums 0 … n - 1, pausing as long loops do, and notes how many items were done at each pause. */
function* sumTo(n: number, pauses: number[]): Steps<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) {
    sum += i;
    if (pauseAfter(i)) {
      pauses.push(i + 1);
      yield;
    }
  }
  return sum;
}

describe('steps', () => {
  it('give the same result at once and in slices', async () => {
    expect(runAtOnce(sumTo(10_000, []))).toBe(49_995_000);
    expect(await runInSlices(sumTo(10_000, []))).toBe(49_995_000);
  });

  it('in slices, let the event loop run other work between them', async () => {
    const doneAtTurns: number[] = [];
    let turns = 0;
    let slicing = true;
    const turning = (async () => {
      while (slicing) {
        await nextTurn();
        turns++;
      }
    })();
    // Zero milliseconds per slice: every pause gives the event loop a turn.
    const result = runInSlices(
      (function* () {
        for (let step = 0; step < 5; step++) {
          doneAtTurns.push(turns);
          yield;
        }
        return 'done';
      })(),
      0,
    );
    expect(await result).toBe('done');
    slicing = false;
    await turning;
    expect(new Set(doneAtTurns).size).toBe(5);
  });

  it('pass on what a step throws', async () => {
    function* failing(): Steps<never> {
      yield;
      throw new RangeError('bad parts');
    }
    expect(() => runAtOnce(failing())).toThrow(RangeError);
    await expect(runInSlices(failing())).rejects.toThrow('bad parts');
  });
});
