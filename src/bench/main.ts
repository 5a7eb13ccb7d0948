import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fromWorkingDir, MissingDataError, requireDataFiles } from '../eval/dataFile.ts';
import { SHARED_DATA, sharedDir } from '../eval/sharedData.ts';
import { benchCommunity, DEFAULT_BURST, describeCommunity } from './community.ts';
import { prepareCorpora, type Corpus } from './corpora.ts';
import { benchHttpCorpus, httpFiguresTable, httpQuestions, type HttpFigures } from './http/replicas.ts';
import { benchReload } from './reload.ts';
import { describeLoad, describeMachine, figuresTable, reloadTable } from './report.ts';
import { benchCorpus, type CorpusFigures } from './runner.ts';

const USAGE = `Usage: npm run bench -- [--corpus seed|squad|large]... [--bytes N] [--seed N] [--runs N] [--json]
       npm run bench -- --reload [--corpus seed|squad|large]... [--bytes N] [--seed N] [--runs N] [--pace N] [--json]
       npm run bench -- --http [--corpus seed|squad|large]... [--bytes N] [--seed N] [--json]
       npm run bench -- --community [--seed N] [--json]

Measures docent on the seed document, SQuAD 1.1 part A as one knowledge base and a large corpus generated from the
public text (--bytes, default 16000000), beside plain MiniSearch on the same sentences in the same run.
SQuAD and CNN/DailyMail are read from ${fromWorkingDir(sharedDir())}/data, not committed.
--runs: fresh processes per cold start, building the index then reading it, and per one-shot ask on the cached
index (the median is shown, default 3).
--reload: instead, reloads each corpus --runs times after changing a file, while questions keep being asked, and
measures the longest event-loop stall, the slowest single question and the longest other work between two questions
(the reload's), beside the same questions as long without a reload. Questions come one after another as fast as
they are answered, or --pace N a second (a busy server's pace, not a saturated process's).
--http: instead, /ask requests per second and p50/p99 latency of HTTP-interactions replicas (npm run serve:http),
one and then two behind a round-robin balancer, on the seed and the large corpus unless --corpus says otherwise.
--community: instead, a burst of 500 questions by mention and 1,000 votes from 50 members through the Discord
double on 127.0.0.1, against the seed document, answers in threads then as replies: every question answered once,
every acknowledged vote stored once, and the p50 / p99 time from message to answer.
--json: the figures on the last line.`;

/** Interactions in flight at once in the --http bench: members asking at the same moment. */
const HTTP_CONCURRENCY = 16;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      bytes: { type: 'string', default: '16000000' },
      seed: { type: 'string', default: '7' },
      runs: { type: 'string', default: '3' },
      reload: { type: 'boolean', default: false },
      pace: { type: 'string' },
      json: { type: 'boolean', default: false },
      http: { type: 'boolean', default: false },
      community: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const largeBytes = Number(values.bytes);
  if (![seed, runs, largeBytes].every((value) => Number.isInteger(value) && value > 0)) throw new Error('--bytes, --seed and --runs take positive whole numbers');
  const pace = values.pace === undefined ? undefined : Number(values.pace);
  if (pace !== undefined && !(pace > 0)) throw new Error(`--pace takes a number of questions a second, not "${values.pace}"`);
  if (values.community) {
    console.log(`Machine: ${describeMachine()}; at the start, ${describeLoad()}\n`);
    const figures = [];
    for (const threads of [true, false]) {
      figures.push(await benchCommunity(ROOT, { ...DEFAULT_BURST, seed, threads }));
      console.log(`${describeCommunity(figures[figures.length - 1]!)}\n`);
    }
    console.log(`At the end: ${describeLoad()}`);
    if (values.json) console.log(JSON.stringify({ machine: describeMachine(), load: loadavg(), community: figures }));
    return;
  }
  // Every corpus is asked SQuAD questions; the large one is generated from SQuAD and CNN/DailyMail text.
  requireDataFiles([SHARED_DATA.squad11, SHARED_DATA.cnndm]);
  const only = values.http && !values.corpus?.length ? ['seed', 'large'] : values.corpus;
  const corpora = await prepareCorpora({ root: ROOT, workDir: join(ROOT, '.cache/bench/corpora'), largeBytes, seed }, only);
  console.log(`Machine: ${describeMachine()}; at the start, ${describeLoad()}\n`);
  if (values.reload) {
    await benchReloads(corpora, { seed, runs, pace }, values.json);
    return;
  }
  if (values.http) {
    await benchHttp(corpora, seed, values.json);
    return;
  }
  const figures: CorpusFigures[] = [];
  for (const corpus of corpora) {
    console.error(`bench: ${corpus.name} (${corpus.description})…`);
    figures.push(await benchCorpus(corpus, { root: ROOT, seed, runs }));
  }
  console.log(figuresTable(figures));
  console.log(`\nAt the end: ${describeLoad()}`);
  if (values.json) console.log(JSON.stringify({ machine: describeMachine(), load: loadavg(), figures }));
}

/** `--reload`: each corpus reloaded `runs` times while questions are asked, beside as long without a reload. */
async function benchReloads(corpora: readonly Corpus[], options: { seed: number; runs: number; pace: number | undefined }, json: boolean): Promise<void> {
  const reloads = [];
  for (const corpus of corpora) {
    console.error(`bench: reloading ${corpus.name} (${corpus.description})…`);
    reloads.push({ corpus: corpus.name, runs: await benchReload(corpus, { root: ROOT, ...options }) });
  }
  const asked = options.pace === undefined ? 'one after another, as fast as they are answered' : `${options.pace} a second`;
  for (const { corpus, runs: measured } of reloads) console.log(`${corpus}, questions asked ${asked}:\n${reloadTable(measured)}\n`);
  console.log(`At the end: ${describeLoad()}`);
  if (json) console.log(JSON.stringify({ machine: describeMachine(), load: loadavg(), pace: options.pace ?? null, reloads }));
}

/** `--http`: /ask through one HTTP replica and through two, per corpus, side by side. */
async function benchHttp(corpora: readonly Corpus[], seed: number, json: boolean): Promise<void> {
  const questions = await httpQuestions(ROOT, seed);
  const figures: HttpFigures[] = [];
  for (const corpus of corpora) {
    console.error(`bench: HTTP replicas on ${corpus.name} (${corpus.description})…`);
    figures.push(await benchHttpCorpus(corpus, { root: ROOT, ...questions, concurrency: HTTP_CONCURRENCY }));
  }
  console.log(httpFiguresTable(figures, HTTP_CONCURRENCY));
  console.log(`\nAt the end: ${describeLoad()}`);
  if (json) console.log(JSON.stringify({ machine: describeMachine(), load: loadavg(), http: figures }));
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof MissingDataError)) console.error(USAGE);
  process.exitCode = 1;
});
