import { performance } from 'node:perf_hooks';
import { percentile } from '../eval/metrics.ts';

/** Milliseconds per call over a fixed list of inputs. */
export interface Latency {
  readonly calls: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

const round = (value: number): number => Number(value.toFixed(3));

/** Times one call per input, in order, and summarises the times. */
export function timeEach<T>(inputs: readonly T[], call: (input: T) => unknown): Latency {
  const times = inputs.map((input) => {
    const start = performance.now();
    call(input);
    return performance.now() - start;
  });
  return { calls: times.length, p50: round(percentile(times, 0.5)), p99: round(percentile(times, 0.99)), max: round(Math.max(0, ...times)) };
}

/** Times a single call. */
export async function timeOnce<T>(call: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await call();
  return { value, ms: round(performance.now() - start) };
}
