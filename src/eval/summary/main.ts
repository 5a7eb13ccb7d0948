import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fromWorkingDir, MissingDataError } from '../dataFile.ts';
import { SHARED_DATA } from '../sharedData.ts';
import { formatTable } from '../table.ts';
import { readCnnDm } from './cnndm.ts';
import { evaluateSummaries } from './run.ts';
import { SUMMARY_FITTED_ON } from '../../search/summary/weights.ts';

const USAGE = `Usage: npm run eval:summary -- [--cnndm FILE.jsonl] [--sentences 3] [--json] [--out FILE.jsonl]

Summarises each news article extractively and scores it against the reference highlights with ROUGE-1, ROUGE-2 and
ROUGE-Lsum F1 (as the rouge-score package computes them), beside Lead-3 and plain TextRank in the same run, and says
how many of the articles the summariser's constants were chosen on (npm run fit:summary reports held-out folds).
Default: --cnndm ${fromWorkingDir(SHARED_DATA.cnndm)}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cnndm: { type: 'string', default: fromWorkingDir(SHARED_DATA.cnndm) },
      sentences: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const count = Number(values.sentences);
  if (!Number.isInteger(count) || count < 1) throw new Error(`--sentences must be a whole number above 0, not "${values.sentences}"`);
  const articles = await readCnnDm(values.cnndm!);
  const { n, averages, summaries } = evaluateSummaries(articles, count);
  if (values.out) await writeFile(values.out, summaries.map((line) => `${JSON.stringify(line)}\n`).join(''));
  const { docent, lead3, textrank } = averages;
  const fitted = new Set(SUMMARY_FITTED_ON);
  const fittedOn = articles.filter((article) => fitted.has(article.id)).length;
  console.log(`${values.cnndm}: ${n} articles, ${count}-sentence summaries, ROUGE F1 ×100`);
  console.log(
    fittedOn === 0
      ? 'The summariser was fitted on none of these articles.\n'
      : `The summariser's constants were chosen on ${fittedOn} of these ${n} articles: in-sample, see npm run fit:summary for held-out folds.\n`,
  );
  console.log(
    formatTable([
      ['measure', 'docent', 'Lead-3', 'TextRank'],
      ...(['rouge1', 'rouge2', 'rougeLsum'] as const).map((key) => [key, docent[key], lead3[key], textrank[key]]),
    ]),
  );
  if (values.json) console.log(JSON.stringify({ n, ...docent, lead3, textrank }));
}

main().catch((error: unknown) => {
  console.error(`eval:summary: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof MissingDataError)) console.error(USAGE);
  process.exitCode = 1;
});
