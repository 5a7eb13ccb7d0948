/** Whether docent runs from its TypeScript sources (through tsx or vitest) rather than from its build in dist/. */
export const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The module at `path` (relative, without extension) from `base`: its source or its compiled JavaScript, as docent
 * runs. For modules started by URL (a worker, a shard's process), which the build's import rewriting never sees.
 */
export function moduleUrl(path: string, base: string): URL {
  return new URL(`${path}${FROM_SOURCE ? '.ts' : '.js'}`, base);
}

/**
 * What a worker thread is started with to run `entry` (its `workerData.entry` must name it): from the build, the
 * module itself with plain node; from source, a module that registers tsx first, which a worker does not inherit.
 */
export function workerBoot(entry: URL): URL {
  return FROM_SOURCE ? new URL('./tsxWorker.mjs', import.meta.url) : entry;
}
