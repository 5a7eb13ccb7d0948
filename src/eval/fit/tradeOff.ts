import type { HeldOutRow } from './crossValidate.ts';
import { refuses } from './models.ts';

export interface TradeOffPoint {
  readonly threshold: number;
  /** SQuAD 2.0: share of impossible questions refused, and of answerable ones. */
  readonly refused: number;
  readonly falseRefusals: number;
  /** SQuAD 1.1: share of questions refused, and of questions refused whose best passage held the answer. */
  readonly squad1FalseRefusals: number;
  readonly squad1AnswersLost: number;
  /** SQuAD 1.1 hit@1 and hit@3 as `npm run eval` counts them: a refused question is a miss. */
  readonly squad1HitAt1: number;
  readonly squad1HitAt3: number;
}

const share = (rows: readonly HeldOutRow[], of: number, threshold: number): number =>
  rows.filter(({ row, probability }) => refuses(row, probability, threshold)).length / Math.max(1, of);

/** Share of rows answered (by `answered`) and not refused at the threshold. */
const answeredShare = (rows: readonly HeldOutRow[], answered: (row: HeldOutRow['row']) => boolean, threshold: number): number =>
  rows.filter(({ row, probability }) => answered(row) && !refuses(row, probability, threshold)).length / Math.max(1, rows.length);

/** Refusal rates at one threshold over held-out rows (one fold's, or all). */
export function pointAt(rows: readonly HeldOutRow[], threshold: number): TradeOffPoint {
  const squad2 = rows.filter((held) => held.squad === 2);
  const impossible = squad2.filter((held) => !held.row.answerable);
  const answerable = squad2.filter((held) => held.row.answerable);
  const squad1 = rows.filter((held) => held.squad === 1);
  return {
    threshold,
    refused: share(impossible, impossible.length, threshold),
    falseRefusals: share(answerable, answerable.length, threshold),
    squad1FalseRefusals: share(squad1, squad1.length, threshold),
    squad1AnswersLost: share(squad1.filter((held) => held.row.answered), squad1.length, threshold),
    squad1HitAt1: answeredShare(squad1, (row) => row.answered, threshold),
    squad1HitAt3: answeredShare(squad1, (row) => row.answeredInThree, threshold),
  };
}

/** The refusal trade-off curve over held-out rows: each row scored by the models of the fold that held it out. */
export const tradeOff = (rows: readonly HeldOutRow[], thresholds: readonly number[]): TradeOffPoint[] => thresholds.map((threshold) => pointAt(rows, threshold));
