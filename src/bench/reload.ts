import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { EngineThread } from '../engine/thread/engineThread.ts';
import { sharedDir } from '../eval/sharedData.ts';
import type { Corpus } from './corpora.ts';
import { BENCH_PROCESSES } from './processes.ts';
import { questionMix } from './questions.ts';
import { startOnce } from './startOnce.ts';

/** One hot reload of a corpus while questions keep coming. */
export interface ReloadRun {
  /** The reload from call to swap; 0 for the control run, as long without a reload. */
  readonly ms: number;
  /** The event loop's longest and 99th-percentile delay meanwhile (`monitorEventLoopDelay`). */
  readonly stallMs: number;
  readonly p99Ms: number;
  /** The longest wait between two consecutive answers meanwhile: what a member's question could meet. */
  readonly longestGapMs: number;
  /** The slowest single question meanwhile, from asking to its answer: searched in the engine's thread, it stalls nothing here. */
  readonly slowestAskMs: number;
  /**
   * The longest time between one answer and the next question's start: whatever else the event loop ran (a reload's
   * messages and the collection of its garbage), and the machine's scheduling.
   */
  readonly longestOtherMs: number;
  readonly answered: number;
  /** The machine's load average over the last minute, at the end of the run. */
  readonly load: number;
}

/** Resolution of the event-loop delay histogram, ms: finer than any stall worth reporting. */
const RESOLUTION_MS = 10;
/** Questions asked before the first reload. */
const WARM_UP_MS = 5_000;
const round = (value: number): number => Number(value.toFixed(1));
const runNode = promisify(execFile);

/** What `askUntil` saw: how many questions, and the longest waits (see `ReloadRun`). */
type Asked = Pick<ReloadRun, 'answered' | 'longestGapMs' | 'slowestAskMs' | 'longestOtherMs'>;

/** Questions a second, or undefined for one per turn of the event loop, as fast as they are answered. */
export type Pace = number | undefined;

/** Waits for the next question's turn: the next turn of the event loop, or its due time at the pace from `start`. */
function nextQuestion(pace: Pace, start: number, asked: number): Promise<unknown> {
  return pace === undefined ? nextTurn() : sleep(Math.max(0, start + (asked * 1000) / pace - performance.now()));
}

/**
 * Asks questions one at a time, as the bot answers interactions, until `done` settles; returns how many were
 * answered, the longest wait between two answers, and how much of it was one question or other work.
 */
async function askUntil(engine: EngineThread, questions: readonly string[], done: Promise<unknown>, pace: Pace): Promise<Asked> {
  let settled = false;
  void done.finally(() => (settled = true));
  let answered = 0;
  let longestGapMs = 0;
  let slowestAskMs = 0;
  let longestOtherMs = 0;
  let last = performance.now();
  const start = last;
  while (!settled) {
    await nextQuestion(pace, start, answered);
    const asked = performance.now();
    await engine.ask(questions[answered % questions.length]!);
    answered++;
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    slowestAskMs = Math.max(slowestAskMs, now - asked);
    longestOtherMs = Math.max(longestOtherMs, asked - last);
    last = now;
  }
  return { answered, longestGapMs, slowestAskMs, longestOtherMs };
}

/**
 * Loads a copy of a corpus as the bot does (in the engine's thread, index read from its cache, warm-up included), then `runs` times changes
 * one of its files and reloads it while questions keep being asked, measuring how long the event loop stalls; after
 * each reload, the same questions as long again without one, as a control. It runs in a fresh process of its own
 * (`reloadProcess.ts`), holding only the bot, as a bot's process does: in the bench's, whose heap holds the corpora it
 * generated, collections took hundreds of milliseconds that no bot meets. The copy is changed, never the corpus.
 * @throws Error when a reload fails.
 */
export async function benchReload(corpus: Corpus, options: { root: string; seed: number; runs: number; pace: Pace }): Promise<ReloadRun[]> {
  const dir = await mkdtemp(join(tmpdir(), 'docent-reload-bench-'));
  const cacheDir = await mkdtemp(join(tmpdir(), 'docent-reload-cache-'));
  try {
    await cp(corpus.dir, dir, { recursive: true });
    const [root, seed, runs, pace] = [options.root, String(options.seed), String(options.runs), String(options.pace ?? '')];
    // A first start builds the index and writes it to the cache, as the bot's first start did.
    await startOnce(root, dir, cacheDir);
    const { stdout } = await runNode(process.execPath, [join(root, BENCH_PROCESSES.reload), dir, cacheDir, seed, runs, pace], {
      cwd: root,
      // Compiled under dist/, the process would look for the shared folder beside dist/: it is told where it is.
      env: { ...process.env, DOCENT_SHARED_DIR: sharedDir() },
      maxBuffer: 1024 * 1024,
    });
    return JSON.parse(stdout) as ReloadRun[];
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/**
 * The reload runs of `benchReload`, in this process: the folder `dir` is loaded with its index read from `cacheDir`
 * and changed in place.
 */
export async function reloadRuns(dir: string, { root, cacheDir, seed, runs, pace }: { root: string; cacheDir: string; seed: number; runs: number; pace: Pace }): Promise<ReloadRun[]> {
  const { engine } = await EngineThread.load(dir, { cacheDir });
  try {
    return await reloadEach(engine, { root, seed, runs, pace });
  } finally {
    await engine.close();
  }
}

async function reloadEach(engine: EngineThread, { root, seed, runs, pace }: { root: string; seed: number; runs: number; pace: Pace }): Promise<ReloadRun[]> {
  const { dir } = engine;
  await engine.warmUp();
  const { asks } = await questionMix(root, engine.documents, engine.sections(), seed);
  const [file] = (await readdir(dir)).filter((name) => name.endsWith('.md') || name.endsWith('.txt')).sort();
  if (file === undefined) throw new Error(`No document in ${dir} to change`);
  // Questions before any reload, as fast as they come, so that V8 has compiled what they run.
  await askUntil(engine, asks, new Promise((resolve) => setTimeout(resolve, WARM_UP_MS)), undefined);
  const results: ReloadRun[] = [];
  for (let run = 0; run < runs; run++) {
    await appendFile(join(dir, file), `\n\nThe bench changed this file for reload ${run + 1}.\n`);
    let reloadMs = 0;
    const reload = (async () => {
      const start = performance.now();
      const report = await engine.reload();
      reloadMs = performance.now() - start;
      if (report.kind !== 'reloaded') throw new Error(`The reload failed: ${report.reason}`);
    })();
    results.push({ ...(await measure(engine, asks, reload, pace)), ms: round(reloadMs) });
    // The same questions as long again without a reload: how long the event loop stalls anyway on this machine now.
    results.push({ ...(await measure(engine, asks, new Promise((resolve) => setTimeout(resolve, reloadMs)), pace)), ms: 0 });
  }
  return results;
}

/** The event loop's delays while questions are asked until `done` settles. */
async function measure(engine: EngineThread, asks: readonly string[], done: Promise<unknown>, pace: Pace): Promise<Omit<ReloadRun, 'ms'>> {
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  delay.enable();
  const asked = await askUntil(engine, asks, done, pace);
  await done;
  delay.disable();
  const { answered, longestGapMs, slowestAskMs, longestOtherMs } = asked;
  const waits = { longestGapMs: round(longestGapMs), slowestAskMs: round(slowestAskMs), longestOtherMs: round(longestOtherMs) };
  return { stallMs: round(delay.max / 1e6), p99Ms: round(delay.percentile(99) / 1e6), ...waits, answered, load: loadavg()[0]! };
}
