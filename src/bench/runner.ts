import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Docent } from '../engine/docent.ts';
import { PlainMiniSearch } from '../eval/baseline.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { loadDictionary } from '../search/analyzer/dictionary.ts';
import { quoteSuggestions } from '../present/quoteSuggestions.ts';
import type { Corpus } from './corpora.ts';
import { timeEach, timeOnce, type Latency } from './latency.ts';
import { questionMix } from './questions.ts';

const run = promisify(execFile);
const COLD_START = fileURLToPath(new URL('./coldStart.ts', import.meta.url));
const MB = 1024 * 1024;

/** A fresh process's start: time to ready and memory once loaded. */
export interface ColdStart {
  readonly readyMs: number;
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
  readonly coldRebuild: ColdStart;
  readonly ask: Latency;
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

const round = (value: number, digits = 1): number => Number(value.toFixed(digits));

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

async function coldStart(root: string, dir: string, runs: number): Promise<ColdStart> {
  const samples: { readyMs: number; heapUsed: number; rss: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', COLD_START, dir], { cwd: root, maxBuffer: MB });
    samples.push(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { readyMs: number; heapUsed: number; rss: number });
  }
  return {
    readyMs: round(median(samples.map((sample) => sample.readyMs))),
    heapMB: round(median(samples.map((sample) => sample.heapUsed)) / MB),
    rssMB: round(median(samples.map((sample) => sample.rss)) / MB),
  };
}

async function folderBytes(dir: string): Promise<number> {
  const names = (await readdir(dir)).filter((name) => /\.(md|markdown|txt|aliases)$/iu.test(name));
  const sizes = await Promise.all(names.map(async (name) => (await stat(join(dir, name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Loads one corpus, measures docent and the plain MiniSearch baseline on the same sentences, in this process. */
export async function benchCorpus(corpus: Corpus, settings: RunnerSettings): Promise<CorpusFigures> {
  loadDictionary();
  const parsed = await timeOnce(() => loadKnowledge(corpus.dir));
  const { documents } = parsed.value;
  const built = await timeOnce(() => new Docent(documents));
  const docent = built.value;
  const mix = await questionMix(settings.root, documents, docent.sections(), settings.seed);
  const baseline = await timeOnce(() => new PlainMiniSearch(documents));

  for (const question of mix.warmUp) {
    docent.ask(question);
    baseline.value.top(question, 4);
  }
  const ask = timeEach(mix.asks, (question) => docent.ask(question));
  const baselineAsk = timeEach(mix.asks, (question) => baseline.value.top(question, 4));
  const quote = timeEach(mix.quotes, (text) => docent.quote(text));
  const autocomplete = timeEach(mix.typed, (typed) => quoteSuggestions(docent, typed));
  const summarize = timeEach(mix.summaries, (request) => docent.summarize(request));

  return {
    corpus: corpus.name,
    description: corpus.description,
    documents: documents.length,
    sentences: docent.index.entries.length,
    filesMB: round((await folderBytes(corpus.dir)) / MB, 2),
    parseMs: round(parsed.ms),
    indexMs: round(built.ms),
    coldRebuild: await coldStart(settings.root, corpus.dir, settings.runs),
    ask,
    quote,
    autocomplete,
    summarize,
    baseline: { indexMs: round(baseline.ms), ask: baselineAsk },
    speedup: { p50: round(baselineAsk.p50 / Math.max(ask.p50, 1e-3)), p99: round(baselineAsk.p99 / Math.max(ask.p99, 1e-3)) },
  };
}
