import { cpus, loadavg, totalmem } from 'node:os';
import { formatTable } from '../eval/table.ts';
import type { Latency } from './latency.ts';
import type { ReloadRun } from './reload.ts';
import type { CorpusFigures } from './runner.ts';

/** How busy the machine is: other processes' load makes the slowest calls slower. */
export function describeLoad(): string {
  return `load average ${loadavg().map((value) => value.toFixed(2)).join(', ')} (1, 5, 15 min)`;
}

/** The machine the figures were measured on, in one line. */
export function describeMachine(): string {
  const [cpu] = cpus();
  return `${cpus().length} × ${cpu?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.versions.node}, ${process.platform}`;
}

const latency = (value: Latency): string => `${value.p50} / ${value.p99}`;

/** One column per corpus, one row per measure. */
export function figuresTable(figures: readonly CorpusFigures[]): string {
  const rows: [string, (f: CorpusFigures) => string | number][] = [
    ['documents / sentences', (f) => `${f.documents} / ${f.sentences}`],
    ['files, MB', (f) => f.filesMB],
    ['parse + index, ms', (f) => `${f.parseMs} + ${f.indexMs}`],
    ['warm-up after ready (word lists, typo vocabulary, phrase index, rehearsal), ms', (f) => f.warmUpMs],
    ['index on disk, MB', (f) => f.indexMB],
    ['cold start, building and saving the index: ready / warm, ms', (f) => `${f.coldRebuild.readyMs} / ${f.coldRebuild.warmMs}`],
    ['  heap / RSS once ready, MB', (f) => `${f.coldRebuild.heapMB} / ${f.coldRebuild.rssMB}`],
    ['cold start, reading the index: ready / warm, ms', (f) => `${f.coldCached.readyMs} / ${f.coldCached.warmMs}`],
    ['  heap / RSS once ready, MB', (f) => `${f.coldCached.heapMB} / ${f.coldCached.rssMB}`],
    ['one-shot `docent ask`, index cached, the whole process: wall / CPU ms, median', (f) => `${f.oneShotAsk.wallMs} / ${f.oneShotAsk.cpuMs}`],
    ['  quietest run: wall / CPU ms', (f) => `${f.oneShotAsk.quietestWallMs} / ${f.oneShotAsk.quietestCpuMs}`],
    ['ask p50 / p99, ms', (f) => latency(f.ask)],
    ['  warming up (the 2,000 questions before), ms', (f) => latency(f.askStarting)],
    ['quote p50 / p99, ms', (f) => latency(f.quote)],
    ['autocomplete p50 / p99, ms', (f) => latency(f.autocomplete)],
    ['summarize p50 / p99, ms', (f) => latency(f.summarize)],
    ['plain MiniSearch: index ms', (f) => f.baseline.indexMs],
    ['plain MiniSearch: query p50 / p99, ms', (f) => latency(f.baseline.ask)],
    ['ask vs plain, × faster p50 / p99', (f) => `${f.speedup.p50} / ${f.speedup.p99}`],
  ];
  return formatTable([['measure', ...figures.map((f) => f.corpus)], ...rows.map(([label, value]) => [label, ...figures.map(value)])]);
}

/**
 * One row per reload and per control run: how long the event loop stalled, how much of that was one slow question and
 * how much other work (a reload's), how many questions were answered.
 */
export function reloadTable(runs: readonly ReloadRun[]): string {
  const header = ['run', 'reload ms', 'longest stall ms', 'p99 delay ms', 'longest gap between answers ms', 'slowest question ms', 'longest other work ms', 'answered', 'load (1 min)'];
  const label = (run: ReloadRun, i: number): string => (run.ms === 0 ? '  no reload' : `reload ${Math.floor(i / 2) + 1}`);
  const row = (run: ReloadRun, i: number): (string | number)[] => [label(run, i), run.ms || '', run.stallMs, run.p99Ms, run.longestGapMs, run.slowestAskMs, run.longestOtherMs, run.answered, run.load.toFixed(2)];
  return formatTable([header, ...runs.map(row)]);
}
