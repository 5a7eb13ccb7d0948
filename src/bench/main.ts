import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fromWorkingDir, MissingDataError, requireDataFiles } from '../eval/dataFile.ts';
import { SHARED_DATA, sharedDir } from '../eval/sharedData.ts';
import { prepareCorpora } from './corpora.ts';
import { benchReload } from './reload.ts';
import { describeLoad, describeMachine, figuresTable, reloadTable } from './report.ts';
import { benchCorpus, type CorpusFigures } from './runner.ts';

const USAGE = `Usage: npm run bench -- [--corpus seed|squad|large]... [--bytes N] [--seed N] [--runs N] [--reload] [--json]

Measures docent on the seed document, SQuAD 1.1 part A as one knowledge base and a large corpus generated from the
public text (--bytes, default 16000000), beside plain MiniSearch on the same sentences in the same run.
SQuAD and CNN/DailyMail are read from ${fromWorkingDir(sharedDir())}/data, not committed.
--runs: fresh processes per cold start, building the index then reading it, and per one-shot ask on the cached
index (the median is shown, default 3).
--reload: instead, reloads each corpus --runs times after changing a file, while questions keep being asked, and
measures the longest event-loop stall.
--json: the figures on the last line.`;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      bytes: { type: 'string', default: '16000000' },
      seed: { type: 'string', default: '7' },
      runs: { type: 'string', default: '3' },
      reload: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
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
  // Every corpus is asked SQuAD questions; the large one is generated from SQuAD and CNN/DailyMail text.
  requireDataFiles([SHARED_DATA.squad11, SHARED_DATA.cnndm]);
  const corpora = await prepareCorpora({ root: ROOT, workDir: join(ROOT, '.cache/bench/corpora'), largeBytes, seed }, values.corpus);
  console.log(`Machine: ${describeMachine()}; at the start, ${describeLoad()}\n`);
  if (values.reload) {
    const reloads = [];
    for (const corpus of corpora) reloads.push({ corpus: corpus.name, runs: await benchReload(corpus, { root: ROOT, seed, runs }) });
    for (const { corpus, runs: measured } of reloads) console.log(`${corpus}:\n${reloadTable(measured)}\n`);
    console.log(`At the end: ${describeLoad()}`);
    if (values.json) console.log(JSON.stringify({ machine: describeMachine(), load: loadavg(), reloads }));
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

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof MissingDataError)) console.error(USAGE);
  process.exitCode = 1;
});
