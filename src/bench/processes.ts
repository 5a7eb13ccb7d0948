/**
 * The bench's own scripts that it starts as fresh processes, built with the bot (`npm run build`), so that the
 * measured process loads no TypeScript loader. Paths from the repository root.
 */
export const BENCH_PROCESSES = {
  /** Loads a folder as `npm start` does and prints its start-up figures (`coldStart.ts`). */
  coldStart: 'dist/src/bench/coldStart.js',
  /** Preloaded into one-shot processes to report their CPU time (`cpuAtExit.ts`). */
  cpuAtExit: 'dist/src/bench/cpuAtExit.js',
  /** Reloads a folder while questions are asked and prints the runs (`reloadProcess.ts`). */
  reload: 'dist/src/bench/reloadProcess.js',
} as const;
