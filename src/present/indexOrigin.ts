import type { IndexOrigin } from '../search/index/persist/indexCache.ts';

/** A log line saying where the index came from; `warn` when the cache was damaged or could not be written. */
export interface IndexNotice {
  readonly level: 'info' | 'warn';
  readonly message: string;
  /** Whether a person at a terminal should see it too: the cache was stale, damaged or not writable. */
  readonly notable: boolean;
}

export function indexNotice(origin: IndexOrigin): IndexNotice {
  if (origin.source === 'cache') return { level: 'info', message: `index read from ${origin.file}`, notable: false };
  const saved = origin.writeError ? `; it could not be saved to ${origin.file} (${origin.writeError})` : `, saved to ${origin.file}`;
  const why = {
    missing: 'index built',
    stale: `index rebuilt: the cached one is out of date (${origin.detail ?? 'stale'})`,
    corrupt: `index rebuilt: the cached one was damaged (${origin.detail ?? 'corrupt'})`,
  }[origin.reason];
  const warn = origin.reason === 'corrupt' || origin.writeError !== undefined;
  return { level: warn ? 'warn' : 'info', message: `${why}${saved}`, notable: warn || origin.reason === 'stale' };
}
