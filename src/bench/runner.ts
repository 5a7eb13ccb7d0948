import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Docent } from '../engine/docent.ts';
import { PlainMiniSearch } from '../eval/baseline.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { quoteSuggestions } from '../present/quoteSuggestions.ts';
import type { Corpus } from './corpora.ts';
import { timeEach, timeOnce, type Latency } from './latency.ts';
import { oneShotAsk } from './oneShot.ts';
import { startOnce, type ColdSample } from './startOnce.ts';
import { oneShotQuestion, questionMix } from './questions.ts';

const MB = 1024 * 1024;

/** A fresh process's start: time to ready and memory once loaded. */
export interface ColdStart {
  readonly readyMs: number;
  /** From process start to the end of the warm-up that builds what loading leaves for later: the first answer's wait. */
  readonly warmMs: number;
  readonly heapMB: number;
  readonly rssMB: number;
}

/** Everything the bench measures on one corpus. */
export interface CorpusFigures {
  readonly corpus: string;
  readonly description: string;
  readonly documents: number;
  readonly sentences: number;
  /** Size of the knowledge files. */
  readonly filesMB: number;
  readonly parseMs: number;
  readonly indexMs: number;
  /** Building what the index leaves for first use (word lists, typo vocabulary, phrase index, a rehearsal of questions), as the bot does while it logs in. */
  readonly warmUpMs: number;
  /** Size of the persisted index. */
  readonly indexMB: number;
  /** A fresh process with no index in the cache (it builds and writes one), and with one (it reads it). */
  readonly coldRebuild: ColdStart;
  readonly coldCached: ColdStart;
  /** `docent ask` as a whole process with the index cached: spawn to exit, and its CPU time, each the median and the least of the runs. */
  readonly oneShotAsk: { readonly wallMs: number; readonly cpuMs: number; readonly quietestWallMs: number; readonly quietestCpuMs: number };
  readonly ask: Latency;
  /** `ask` over the warm-up questions, right after the warm-up rounds: V8 still compiling what questions run. */
  readonly askStarting: Latency;
  readonly quote: Latency;
  readonly autocomplete: Latency;
  readonly summarize: Latency;
  readonly baseline: { readonly indexMs: number; readonly ask: Latency };
  /** How many times faster docent's `ask` is than the baseline's query, at the median and at p99. */
  readonly speedup: { readonly p50: number; readonly p99: number };
}

export interface RunnerSettings {
  readonly root: string;
  readonly seed: number;
  /** Fresh processes per cold-start figure; the median is reported. */
  readonly runs: number;
}

/**
 * Times the warm-up calls are made before any is measured: after a single round V8 was still compiling much of what
 * a question runs, and on the seed the median measured `ask` took twice as long as once the process had run longer.
 */
const WARM_UP_ROUNDS = 5;
/** Warm-up questions also put to plain MiniSearch. */
const BASELINE_WARM_UP_QUESTIONS = 300;

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function summarise(samples: readonly ColdSample[]): ColdStart {
  return {
    readyMs: round(median(samples.map((sample) => sample.readyMs))),
    warmMs: round(median(samples.map((sample) => sample.warmMs))),
    heapMB: round(median(samples.map((sample) => sample.heapUsed)) / MB),
    rssMB: round(median(samples.map((sample) => sample.rss)) / MB),
  };
}

/**
 * Fresh processes starting with an empty cache (they build and write the index), then with the index written; then
 * one-shot `docent ask` processes on that cache.
 */
async function coldStarts(root: string, dir: string, runs: number, question: string): Promise<Pick<CorpusFigures, 'indexMB' | 'coldRebuild' | 'coldCached' | 'oneShotAsk'>> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'docent-bench-cache-'));
  try {
    const rebuilt: ColdSample[] = [];
    for (let i = 0; i < runs; i++) {
      await rm(cacheDir, { recursive: true, force: true });
      rebuilt.push(await startOnce(root, dir, cacheDir));
    }
    const cached: ColdSample[] = [];
    for (let i = 0; i < runs; i++) cached.push(await startOnce(root, dir, cacheDir));
    if (rebuilt.some((sample) => sample.source !== 'built') || cached.some((sample) => sample.source !== 'cache')) {
      throw new Error(`cold starts did not build then read the index: ${JSON.stringify([...rebuilt, ...cached].map((sample) => sample.source))}`);
    }
    const oneShots = [];
    for (let i = 0; i < runs; i++) oneShots.push(await oneShotAsk(root, dir, cacheDir, question));
    const walls = oneShots.map((oneShot) => oneShot.wallMs);
    const cpus = oneShots.map((oneShot) => oneShot.cpuMs);
    const oneShotFigures = { wallMs: round(median(walls)), cpuMs: round(median(cpus)), quietestWallMs: round(Math.min(...walls)), quietestCpuMs: round(Math.min(...cpus)) };
    const [file] = await readdir(cacheDir);
    const indexBytes = file ? (await stat(join(cacheDir, file))).size : 0;
    return { indexMB: round(indexBytes / MB, 2), coldRebuild: summarise(rebuilt), coldCached: summarise(cached), oneShotAsk: oneShotFigures };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

async function folderBytes(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => /\.(md|markdown|txt|aliases)$/iu.test(name));
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Loads one corpus, measures docent and the plain MiniSearch baseline on the same sentences, in this process. */
export async function benchCorpus(corpus: Corpus, settings: RunnerSettings): Promise<CorpusFigures> {
  // First, while this process holds no index: collecting a large one here would take the other core from the processes timed.
  const starts = await coldStarts(settings.root, corpus.dir, settings.runs, await oneShotQuestion(settings.root));
  const parsed = await timeOnce(() => loadKnowledge(corpus.dir));
  const { documents } = parsed.value;
  const built = await timeOnce(() => new Docent(documents));
  const docent = built.value;
  const warmUp = await timeOnce(() => docent.warmUp());
  const mix = await questionMix(settings.root, documents, docent.sections(), settings.seed);
  const baseline = await timeOnce(() => new PlainMiniSearch(documents));

  const { warmUp: calls } = mix;
  for (let pass = 0; pass < WARM_UP_ROUNDS; pass++) {
    for (const question of calls.asks) {
      docent.ask(question);
      baseline.value.top(question, 4);
    }
    for (const text of calls.quotes) docent.quote(text);
    for (const typed of calls.typed) quoteSuggestions(docent, typed);
    for (const request of calls.summaries) docent.summarize(request);
  }
  const askStarting = await timeEach(mix.warmUpQuestions, (question) => docent.ask(question));
  // Plain MiniSearch's query is one library function, compiled after a few hundred; on the large corpus each takes a third of a second.
  for (const question of mix.warmUpQuestions.slice(0, BASELINE_WARM_UP_QUESTIONS)) baseline.value.top(question, 4);
  const ask = await timeEach(mix.asks, (question) => docent.ask(question));
  const baselineAsk = await timeEach(mix.asks, (question) => baseline.value.top(question, 4));
  const quote = await timeEach(mix.quotes, (text) => docent.quote(text));
  const autocomplete = await timeEach(mix.typed, (typed) => quoteSuggestions(docent, typed));
  const summarize = await timeEach(mix.summaries, (request) => docent.summarize(request));

  return {
    corpus: corpus.name,
    description: corpus.description,
    documents: documents.length,
    sentences: docent.search.index.entries.length,
    filesMB: round((await folderBytes(corpus.dir)) / MB, 2),
    parseMs: round(parsed.ms),
    indexMs: round(built.ms),
    warmUpMs: round(warmUp.ms),
    ...starts,
    ask,
    askStarting,
    quote,
    autocomplete,
    summarize,
    baseline: { indexMs: round(baseline.ms), ask: baselineAsk },
    speedup: { p50: round(baselineAsk.p50 / Math.max(ask.p50, 1e-3)), p99: round(baselineAsk.p99 / Math.max(ask.p99, 1e-3)) },
  };
}
