import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BENCH_PROCESSES } from './processes.ts';

const run = promisify(execFile);

/** What a cold start prints (see `coldStart.ts`). */
export interface ColdSample {
  readonly readyMs: number;
  readonly warmMs: number;
  readonly source: string;
  readonly heapUsed: number;
  readonly rss: number;
}

/** One fresh process loading the folder as `npm start` does (see `coldStart.ts`), building the index into `cacheDir` or reading it. */
export async function startOnce(root: string, dir: string, cacheDir: string): Promise<ColdSample> {
  const { stdout } = await run(process.execPath, ['--expose-gc', join(root, BENCH_PROCESSES.coldStart), dir, cacheDir], { cwd: root, maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ColdSample;
}
