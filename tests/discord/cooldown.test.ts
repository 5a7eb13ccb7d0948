import { describe, expect, it } from 'vitest';
import { Cooldown } from '../../src/discord/cooldown.ts';

describe('Cooldown', () => {
  it('lets a member through up to the limit, then says how long to wait', () => {
    let now = 0;
    const cooldown = new Cooldown({ limit: 2, windowMs: 1000, now: () => now });
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(1000);
    expect(cooldown.take('b')).toBe(0);
    now = 1001;
    expect(cooldown.take('a')).toBe(0);
  });

  it('forgets members whose window has passed, so memory does not creep', () => {
    let now = 0;
    const cooldown = new Cooldown({ limit: 1, windowMs: 10, now: () => now });
    for (let user = 0; user < 5000; user++) {
      now += 1;
      cooldown.take(String(user));
    }
    expect(cooldown.size).toBeLessThan(1100);
  });
});
