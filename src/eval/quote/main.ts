import { parseArgs } from 'node:util';
import { Docent } from '../../engine/docent.ts';
import { loadKnowledge } from '../../knowledge/load.ts';
import type { Document } from '../../knowledge/types.ts';
import { loadDictionary } from '../../search/analyzer/dictionary.ts';
import { fromWorkingDir } from '../dataFile.ts';
import { readSquad } from '../datasets.ts';
import { SHARED_DATA } from '../sharedData.ts';
import { formatTable } from '../table.ts';
import { evaluateQuote, type QuoteEvaluation } from './run.ts';

const USAGE = `Usage: npm run eval:quote -- [--knowledge DIR | --squad FILE.json] [--seed N] [--json] [--misses]

Takes 6 to 10 consecutive words from every sentence (at random, reproducibly by seed), misremembers them six ways
(exact; lower case without punctuation; accents stripped; a typo per five words; a word dropped; two words swapped),
and reports how often /quote puts a sentence holding the fragment first, with the latency of quote and autocomplete.
A SQuAD file (such as ${fromWorkingDir(SHARED_DATA.squad11)}) is taken as one knowledge base, all articles in one index.
Defaults: --knowledge knowledge --seed 1`;

/** A mistake in the command line, as opposed to a failure while running. */
class UsageError extends Error {}

interface Options {
  readonly knowledge?: string;
  readonly squad?: string;
  readonly seed: number;
  readonly json: boolean;
  readonly misses: boolean;
  readonly help: boolean;
}

function readOptions(): Options {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        knowledge: { type: 'string' },
        squad: { type: 'string' },
        seed: { type: 'string', default: '1' },
        json: { type: 'boolean', default: false },
        misses: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.knowledge !== undefined && values.squad !== undefined) throw new UsageError('--knowledge and --squad exclude each other');
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be a whole number, not "${values.seed}"`);
  return { knowledge: values.knowledge, squad: values.squad, seed, json: values.json, misses: values.misses, help: values.help };
}

async function readCorpus(options: Options): Promise<{ name: string; documents: readonly Document[] }> {
  if (options.squad !== undefined) return { name: options.squad, documents: (await readSquad(options.squad)).documents };
  const dir = options.knowledge ?? 'knowledge';
  return { name: dir, documents: (await loadKnowledge(dir)).documents };
}

/** Rounded down, so that 100 % means every one. */
const percent = (share: number): string => `${(Math.floor(share * 10000) / 100).toFixed(2)} %`;

function report(name: string, seed: number, evaluation: QuoteEvaluation): string {
  const { sentences, fragments, variants, quoteMs, autocompleteMs } = evaluation;
  const accuracy = formatTable([
    ['variant', 'changed', 'right first', 'top-1'],
    ...variants.map((variant) => [variant.name, variant.changed, `${variant.right}/${variant.fragments}`, percent(variant.right / Math.max(1, variant.fragments))]),
  ]);
  const latency = formatTable([
    ['ms per call', 'p50', 'p99'],
    ['quote', quoteMs.p50, quoteMs.p99],
    ['autocomplete', autocompleteMs.p50, autocompleteMs.p99],
  ]);
  return `${name}: ${sentences} sentences, ${fragments} fragments of 6–10 words, seed ${seed}\n\n${accuracy}\n\n${latency}`;
}

async function main(): Promise<void> {
  const options = readOptions();
  if (options.help) return console.log(USAGE);
  const corpus = await readCorpus(options);
  loadDictionary();
  const evaluation = evaluateQuote(new Docent(corpus.documents), options.seed);
  console.log(report(corpus.name, options.seed, evaluation));
  if (options.misses) {
    const lines = evaluation.misses.map((miss) => `[${miss.variant}] ${miss.query}\n  expected: ${miss.expected}\n  got:      ${miss.got ?? '(nothing)'}`);
    console.log(`\nMisses:\n${lines.join('\n')}`);
  }
  if (options.json) {
    const { misses, ...figures } = evaluation;
    console.log(JSON.stringify({ corpus: corpus.name, seed: options.seed, ...figures, misses: misses.length }));
  }
}

main().catch((error: unknown) => {
  console.error(`eval:quote: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof UsageError) {
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    process.exitCode = 1;
  }
});
