import '../heapPolicy.ts';
import { reloadRuns } from './reload.ts';

/**
 * Started as a fresh process by the bench (see `benchReload`): the reload runs of one knowledge folder, printed as one
 * JSON line. Arguments: the folder (changed in place), the index cache folder, the question seed, the runs, and the
 * questions a second (empty: as fast as they are answered).
 */
async function main(): Promise<void> {
  const [dir, cacheDir, seed, runs, pace] = process.argv.slice(2);
  if (dir === undefined || cacheDir === undefined) throw new Error('Usage: reloadProcess.js DIR CACHE_DIR SEED RUNS [PACE]');
  const measured = await reloadRuns(dir, { root: process.cwd(), cacheDir, seed: Number(seed), runs: Number(runs), pace: pace ? Number(pace) : undefined });
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
