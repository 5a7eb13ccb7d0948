import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FEATURE_NAMES } from '../../search/rank/candidateFeatures.ts';
import { sigmoid, type LinearModel } from '../../search/rank/model.ts';
import { REFUSAL_FEATURE_NAMES } from '../../search/rank/refusalFeatures.ts';
import { WINDOW_FEATURE_NAMES } from '../../search/rank/windows.ts';
import { fromWorkingDir } from '../dataFile.ts';
import { readSquad } from '../datasets.ts';
import { SHARED_DATA } from '../sharedData.ts';
import { formatTable } from '../table.ts';
import { questionGroups, topOneAccuracy, windowGroups } from './groups.ts';
import { fitListwise } from './listwise.ts';
import { fitLogistic } from './logistic.ts';
import { refusalRows, type RefusalRow } from './refusalRows.ts';

const USAGE = `Usage: npm run fit -- [--squad1 FILE] [--squad2 FILE] [--max-false-refusals 0.02] [--write]

Fits docent's ranking weights on SQuAD 1.1 part A (listwise softmax: sentences, then two-sentence windows) and its
refusal model on SQuAD 2.0 part A (logistic regression), reports held-out figures from two-fold cross-validation by
article and the refusal trade-off curve, and with --write rewrites src/search/rank/weights.ts. The refusal threshold
is the highest whose held-out false refusals on SQuAD 1.1 part A (all answerable, most articles unseen by the
refusal model) stay within --max-false-refusals.
Defaults: --squad1 ${fromWorkingDir(SHARED_DATA.squad11)} --squad2 ${fromWorkingDir(SHARED_DATA.squad20)}`;

const WEIGHTS_FILE = fileURLToPath(new URL('../../search/rank/weights.ts', import.meta.url));

const named = (names: readonly string[], weights: readonly number[]): Record<string, number> =>
  Object.fromEntries(names.map((name, i) => [name, Number((weights[i] ?? 0).toFixed(4))]));

/** Two folds by article: even and odd article numbers. */
const foldOf = (documentId: string | undefined): number => Number(documentId?.split('-').at(-1) ?? 0) % 2;

function crossFold<T extends { question: { documentId?: string } }>(items: readonly T[], score: (train: T[], test: T[]) => number): number {
  let total = 0;
  for (const fold of [0, 1]) {
    const test = items.filter((item) => foldOf(item.question.documentId) === fold);
    total += score(items.filter((item) => foldOf(item.question.documentId) !== fold) as T[], test as T[]) * test.length;
  }
  return total / Math.max(1, items.length);
}

const probability = (model: LinearModel, names: readonly string[], row: readonly number[]): number =>
  sigmoid(model.bias + names.reduce((sum, name, i) => sum + (model.weights[name] ?? 0) * (row[i] ?? 0), 0));

function fitRefusal(rows: readonly RefusalRow[]): LinearModel {
  const usable = rows.filter((row) => !row.ruledOut);
  const { weights, bias } = fitLogistic(usable.map((row) => row.features), usable.map((row) => row.answerable));
  return { bias: Number(bias.toFixed(4)), weights: named(REFUSAL_FEATURE_NAMES, weights) };
}

interface TradeOffPoint {
  readonly threshold: number;
  /** SQuAD 2.0: share of impossible questions refused, and of answerable ones. */
  readonly refused: number;
  readonly falseRefusals: number;
  /** SQuAD 1.1: share of questions refused, and of questions refused whose best passage held the answer. */
  readonly squad1FalseRefusals: number;
  readonly squad1AnswersLost: number;
}

/**
 * Refusal rates at each threshold, every question scored by the model fitted without its article: two folds of the
 * SQuAD 2.0 articles by title, the SQuAD 1.1 questions of the same articles scored alike, those of other articles by
 * either model.
 */
function tradeOff(rows: readonly RefusalRow[], squad1: readonly RefusalRow[], thresholds: readonly number[]): TradeOffPoint[] {
  const titles = [...new Set([...rows, ...squad1].map((row) => row.article))].sort();
  const fold = (row: RefusalRow): number => titles.indexOf(row.article) % 2;
  const heldOut = new Map<RefusalRow, number>();
  for (const k of [0, 1]) {
    const model = fitRefusal(rows.filter((row) => fold(row) !== k));
    for (const row of [...rows, ...squad1].filter((r) => fold(r) === k)) heldOut.set(row, probability(model, REFUSAL_FEATURE_NAMES, row.features));
  }
  const impossible = rows.filter((row) => !row.answerable);
  const answerable = rows.filter((row) => row.answerable);
  const refuses = (row: RefusalRow, threshold: number): boolean => row.ruledOut || row.lowCoverage || (heldOut.get(row) ?? 1) < threshold;
  const share = (subset: readonly RefusalRow[], of: readonly RefusalRow[], threshold: number): number =>
    subset.filter((row) => refuses(row, threshold)).length / Math.max(1, of.length);
  return thresholds.map((threshold) => ({
    threshold,
    refused: share(impossible, impossible, threshold),
    falseRefusals: share(answerable, answerable, threshold),
    squad1FalseRefusals: share(squad1, squad1, threshold),
    squad1AnswersLost: share(squad1.filter((row) => row.answered), squad1, threshold),
  }));
}

function weightsSource(ranking: LinearModel, window: LinearModel, refusal: LinearModel, threshold: number): string {
  const literal = (model: LinearModel): string => JSON.stringify(model, null, 2);
  return `import type { LinearModel } from './model.ts';

// Generated by \`npm run fit -- --write\` from SQuAD 1.1 and 2.0 part A. Do not edit by hand: re-run the fit.

/** Weights of the sentence features (candidateFeatures.ts), fitted listwise. */
export const RANKING_MODEL: LinearModel = ${literal(ranking)};

/** Weights of the window features (windows.ts), fitted listwise on windows of the fitted sentence ranking. */
export const WINDOW_MODEL: LinearModel = ${literal(window)};

/** Logistic model of "the best window answers the question" (refusalFeatures.ts). */
export const REFUSAL_MODEL: LinearModel = ${literal(refusal)};

/** Refuse below this probability: chosen for few false refusals on held-out articles. */
export const REFUSAL_THRESHOLD = ${threshold};
`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      squad1: { type: 'string', default: fromWorkingDir(SHARED_DATA.squad11) },
      squad2: { type: 'string', default: fromWorkingDir(SHARED_DATA.squad20) },
      'max-false-refusals': { type: 'string', default: '0.02' },
      write: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const squad1 = await readSquad(values.squad1!);
  const sentences = questionGroups(squad1.documents, squad1.questions);
  const sentenceHeldOut = crossFold(sentences, (train, test) => topOneAccuracy(test, fitListwise(train)));
  const ranking: LinearModel = { bias: 0, weights: named(FEATURE_NAMES, fitListwise(sentences)) };
  const windows = windowGroups(squad1.documents, squad1.questions, ranking);
  const windowHeldOut = crossFold(windows, (train, test) => topOneAccuracy(test, fitListwise(train)));
  const window: LinearModel = { bias: 0, weights: named(WINDOW_FEATURE_NAMES, fitListwise(windows)) };
  console.log(`SQuAD 1.1 part A, held-out top-1: sentences ${sentenceHeldOut.toFixed(3)}, windows ${windowHeldOut.toFixed(3)}\n`);

  const squad2 = await readSquad(values.squad2!);
  const rows = refusalRows(squad2.documents, squad2.questions, window, ranking);
  const squad1Rows = refusalRows(squad1.documents, squad1.questions, window, ranking);
  const thresholds = [0.05, 0.08, 0.1, 0.12, 0.14, 0.15, 0.16, 0.17, 0.18, 0.19, 0.2, 0.22, 0.25, 0.3, 0.4];
  const curve = tradeOff(rows, squad1Rows, thresholds);
  const percent = (share: number): string => `${(share * 100).toFixed(1)}%`;
  console.log('Refusal trade-off (held-out by article):');
  console.log(
    formatTable([
      ['threshold', 'SQuAD 2.0 impossible refused', 'SQuAD 2.0 false refusals', 'SQuAD 1.1 false refusals', 'SQuAD 1.1 answers lost'],
      ...curve.map((point) => [point.threshold, percent(point.refused), percent(point.falseRefusals), percent(point.squad1FalseRefusals), percent(point.squad1AnswersLost)]),
    ]),
  );
  const limit = Number(values['max-false-refusals']);
  const threshold = curve.filter((point) => point.squad1FalseRefusals <= limit).at(-1)?.threshold ?? 0;
  console.log(`\nChosen threshold ${threshold}: the highest with held-out SQuAD 1.1 false refusals ≤ ${limit * 100}%.`);
  const refusal = fitRefusal(rows);
  if (values.write) {
    await writeFile(WEIGHTS_FILE, weightsSource(ranking, window, refusal, threshold));
    console.log(`Wrote ${WEIGHTS_FILE}`);
  } else {
    console.log(JSON.stringify({ ranking, window, refusal, threshold }, null, 2));
  }
}

main().catch((error: unknown) => {
  console.error(`fit: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
