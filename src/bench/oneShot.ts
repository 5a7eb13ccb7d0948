import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Wall time of `docent ask QUESTION` as a whole process, from spawning it to its exit, with the index cache already
 * holding this folder's index: what a person waits for at a terminal. It runs the `docent` command (`bin/docent.js`),
 * so it measures whatever that command runs.
 * @throws Error when the process wrote a second index, i.e. did not read the cached one.
 */
export async function oneShotAskMs(root: string, dir: string, cacheDir: string, question: string): Promise<number> {
  const before = (await readdir(cacheDir)).length;
  const start = performance.now();
  await run(process.execPath, [join(root, 'bin/docent.js'), '--knowledge', dir, 'ask', question], {
    cwd: root,
    env: { ...process.env, INDEX_CACHE_DIR: cacheDir },
    maxBuffer: 1024 * 1024,
  });
  const ms = performance.now() - start;
  if ((await readdir(cacheDir)).length !== before) throw new Error(`the one-shot ask in ${dir} did not read the cached index`);
  return ms;
}
