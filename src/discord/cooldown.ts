/** How many interactions one member may start within a window before being asked to wait. */
export interface CooldownOptions {
  readonly limit: number;
  readonly windowMs: number;
  readonly now?: () => number;
}

export const DEFAULT_COOLDOWN: CooldownOptions = { limit: 5, windowMs: 10_000 };

/**
 * A per-user sliding window, so that one member cannot flood a channel. Memory stays bounded: a member's entry
 * is dropped once their window is empty.
 */
export class Cooldown {
  private readonly recent = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: CooldownOptions = DEFAULT_COOLDOWN) {
    this.now = options.now ?? Date.now;
  }

  /** Records an attempt; returns 0 when allowed, else how many milliseconds until the member may try again. */
  take(userId: string): number {
    const now = this.now();
    const since = now - this.options.windowMs;
    const times = (this.recent.get(userId) ?? []).filter((time) => time > since);
    if (times.length >= this.options.limit) {
      this.recent.set(userId, times);
      return (times[0] ?? now) + this.options.windowMs - now;
    }
    times.push(now);
    this.recent.set(userId, times);
    this.sweep(since);
    return 0;
  }

  /** Members currently tracked; for tests that check memory does not creep. */
  get size(): number {
    return this.recent.size;
  }

  private sweep(since: number): void {
    if (this.recent.size < 1000) return;
    for (const [user, times] of this.recent) if ((times[times.length - 1] ?? 0) <= since) this.recent.delete(user);
  }
}
