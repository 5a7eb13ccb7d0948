/** Whether docent runs from its TypeScript sources (through tsx or vitest) rather than from its build in dist/. */
export const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The module at `path` (relative, without extension) from `base`: its source or its compiled JavaScript, as docent
 * runs. For modules started by URL (a worker, a shard's process), which the build's import rewriting never sees.
 */
export function moduleUrl(path: string, base: string): URL {
  return new URL(`${path}${FROM_SOURCE ? '.ts' : '.js'}`, base);
}
