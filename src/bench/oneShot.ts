import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { CPU_LINE } from './cpuLine.ts';
import { BENCH_PROCESSES } from './processes.ts';

const run = promisify(execFile);

/** One timed `docent ask`: spawn to exit, and the CPU time the process used. */
export interface OneShotRun {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * `docent ask QUESTION` as a whole process, from spawning it to its exit, with the index cache already holding this
 * folder's index: what a person waits for at a terminal; and its CPU time, reported by the process at exit (see
 * `cpuAtExit.ts`). It runs the `docent` command (`bin/docent.js`), so it measures whatever that command runs.
 * @throws Error when the process wrote a second index, i.e. did not read the cached one.
 */
export async function oneShotAsk(root: string, dir: string, cacheDir: string, question: string): Promise<OneShotRun> {
  const before = (await readdir(cacheDir)).length;
  const start = performance.now();
  const { stderr } = await run(process.execPath, ['--import', join(root, BENCH_PROCESSES.cpuAtExit), join(root, 'bin/docent.js'), '--knowledge', dir, 'ask', question], {
    cwd: root,
    env: { ...process.env, INDEX_CACHE_DIR: cacheDir },
    maxBuffer: 1024 * 1024,
  });
  const wallMs = performance.now() - start;
  if ((await readdir(cacheDir)).length !== before) throw new Error(`the one-shot ask in ${dir} did not read the cached index`);
  const cpuLine = stderr.trim().split('\n').pop() ?? '';
  if (!cpuLine.startsWith(CPU_LINE)) throw new Error(`the one-shot ask in ${dir} did not report its CPU time`);
  return { wallMs, cpuMs: Number(cpuLine.slice(CPU_LINE.length)) };
}
