import { describe, expect, it } from 'vitest';
import { timeEach } from '../../src/bench/latency.ts';

describe('timeEach', () => {
  it('makes one call per input, in order, each in a turn of the event loop of its own', async () => {
    const events: string[] = [];
    const latency = await timeEach(['a', 'b', 'c'], (input) => {
      events.push(input);
      setImmediate(() => events.push(`after ${input}`));
    });
    // What a call leaves for the event loop runs before the next call, as between two members' questions.
    expect(events.slice(0, 5)).toEqual(['a', 'after a', 'b', 'after b', 'c']);
    expect(latency.calls).toBe(3);
    expect(latency.p99).toBeGreaterThanOrEqual(latency.p50);
  });
});
