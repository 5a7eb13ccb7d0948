import { FEATURE_NAMES } from '../../search/rank/candidateFeatures.ts';
import { sigmoid, type LinearModel } from '../../search/rank/model.ts';
import { REFUSAL_INPUT_NAMES } from '../../search/rank/refusalFeatures.ts';
import { WINDOW_FEATURE_NAMES } from '../../search/rank/windows.ts';
import { fitListwise, type Group } from './listwise.ts';
import { fitLogistic } from './logistic.ts';
import { crossValidatedL2 } from './regularisation.ts';
import type { RefusalRow } from './refusalRows.ts';

const named = (names: readonly string[], weights: readonly number[]): Record<string, number> =>
  Object.fromEntries(names.map((name, i) => [name, Number((weights[i] ?? 0).toFixed(4))]));

/** A model's weights in the order of its feature names, as the fitting code holds them. */
export const vectorOf = (names: readonly string[], model: LinearModel): number[] => names.map((name) => model.weights[name] ?? 0);

/** The sentence ranking model fitted on these questions' candidates. */
export const fitRanking = (groups: readonly Group[]): LinearModel => ({ bias: 0, weights: named(FEATURE_NAMES, fitListwise(groups)) });

/** The window model fitted on these questions' windows (made under a sentence ranking). */
export const fitWindows = (groups: readonly Group[]): LinearModel => ({ bias: 0, weights: named(WINDOW_FEATURE_NAMES, fitListwise(groups)) });

/** A refusal model and the L2 strength it was fitted with. */
export interface FittedRefusal {
  readonly model: LinearModel;
  readonly l2: number;
}

/**
 * The refusal model fitted on the rows no rule refuses before it, its L2 strength chosen by cross-validation over
 * these rows' folds of articles (`foldOf`): with over a hundred paired inputs, how hard to pull them toward zero is
 * learned, not guessed.
 */
export function fitRefusal(rows: readonly RefusalRow[], foldOf: (row: RefusalRow) => number): FittedRefusal {
  const usable = rows.filter((row) => !row.ruledOut);
  const features = usable.map((row) => row.features);
  const labels = usable.map((row) => row.answerable);
  const l2 = crossValidatedL2(features, labels, usable.map(foldOf));
  const { weights, bias } = fitLogistic(features, labels, { l2 });
  return { model: { bias: Number(bias.toFixed(4)), weights: named(REFUSAL_INPUT_NAMES, weights) }, l2 };
}

/** The refusal model's probability that a row's best window answers its question. */
export const answerProbabilityOf = (model: LinearModel, row: RefusalRow): number =>
  sigmoid(model.bias + REFUSAL_INPUT_NAMES.reduce((sum, name, i) => sum + (model.weights[name] ?? 0) * (row.features[i] ?? 0), 0));

/** Whether docent refuses a row at a threshold, given the row's probability under a model that never saw its article. */
export const refuses = (row: RefusalRow, probability: number, threshold: number): boolean => row.ruledOut || row.lowCoverage || probability < threshold;
