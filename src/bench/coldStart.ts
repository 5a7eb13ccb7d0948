import { performance } from 'node:perf_hooks';
import { Docent } from '../engine/docent.ts';

/**
 * Started as a fresh process by the bench: loads a knowledge folder as `npm start` does before it connects to
 * Discord, then prints one JSON line: the time from process start to ready, and the memory held once loaded.
 * Arguments: the knowledge folder.
 */
async function main(): Promise<void> {
  const [dir = 'knowledge'] = process.argv.slice(2);
  const start = performance.now();
  const { docent } = await Docent.load(dir);
  const readyMs = process.uptime() * 1000;
  const loadMs = performance.now() - start;
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const figures = { readyMs, loadMs, sentences: docent.index.entries.length, heapUsed: memory.heapUsed, rss: memory.rss };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
