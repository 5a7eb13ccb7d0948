import '../heapPolicy.ts';
import { performance } from 'node:perf_hooks';
import { Docent } from '../engine/docent.ts';

/**
 * Started as a fresh process by the bench: loads a knowledge folder as `npm start` does before it connects to
 * Discord, then prints one JSON line: the time from process start to ready, where the index came from, the memory
 * held once loaded, and the time until the warm-up (run while the bot logs in) has built what loading leaves for later.
 * Arguments: the knowledge folder, then the index cache folder (none: always build).
 */
async function main(): Promise<void> {
  const [dir = 'knowledge', cacheDir] = process.argv.slice(2);
  const start = performance.now();
  const { docent, index } = await Docent.load(dir, cacheDir ? { cacheDir } : {});
  const readyMs = process.uptime() * 1000;
  const loadMs = performance.now() - start;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  docent.warmUp();
  const warmMs = process.uptime() * 1000;
  const figures = { readyMs, loadMs, warmMs, source: index?.source ?? 'built', sentences: docent.search.index.entries.length, heapUsed: memory.heapUsed, rss: memory.rss };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
