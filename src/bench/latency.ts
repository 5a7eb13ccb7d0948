import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { percentile } from '../eval/metrics.ts';

/** Milliseconds per call over a fixed list of inputs. */
export interface Latency {
  readonly calls: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

const round = (value: number): number => Number(value.toFixed(3));

/**
 * Times one call per input, in order, each in a turn of the event loop of its own, as the bot answers each
 * interaction. Between turns V8 runs the tasks it queues, such as a young-generation collection it starts early;
 * calls back to back in one turn would take every collection inside some call, which no member's question meets.
 */
export async function timeEach<T>(inputs: readonly T[], call: (input: T) => unknown): Promise<Latency> {
  const times: number[] = [];
  for (const input of inputs) {
    await nextTurn();
    const start = performance.now();
    call(input);
    times.push(performance.now() - start);
  }
  return { calls: times.length, p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)), max: round(Math.max(0, ...times)) };
}

/** Times a single call. */
export async function timeOnce<T>(call: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await call();
  return { value, ms: round(performance.now() - start) };
}
