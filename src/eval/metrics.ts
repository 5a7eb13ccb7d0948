import { containsAnswer } from './judge.ts';
import type { EvalQuestion } from './datasets.ts';

/** What one system offered for one question, as written by `--out`. */
export interface Response {
  readonly id: string;
  readonly answer: string | null;
  readonly passages: readonly string[];
  readonly refused: boolean;
  readonly ms: number;
}

export interface Scores {
  readonly answerable: number;
  readonly hit1: number;
  readonly hit3: number;
  readonly mrr: number;
  readonly unanswerable: number;
  readonly refusedUnanswerable: number;
  readonly falseRefusals: number;
  /** Shares, for sets of any size: refused / unanswerable, false refusals / answerable. */
  readonly refusedShare: number;
  readonly falseRefusalShare: number;
  readonly msP50: number;
  readonly msP99: number;
}

/** The value below which `q` of the sorted values fall (nearest rank). */
export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

function rankOfAnswer(question: EvalQuestion, response: Response): number {
  if (containsAnswer(response.answer, question.answers)) return 1;
  const index = response.passages.findIndex((passage) => containsAnswer(passage, question.answers));
  return index < 0 ? Infinity : index + 1;
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** hit@1 counts only the primary answer; hit@3 and MRR count every passage offered, in order. */
export function score(questions: readonly EvalQuestion[], responses: ReadonlyMap<string, Response>): Scores {
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  let refusedUnanswerable = 0;
  let falseRefusals = 0;
  const answerable = questions.filter((question) => !question.unanswerable);
  for (const question of questions) {
    const response = responses.get(question.id);
    if (!response) continue;
    if (question.unanswerable) {
      if (response.refused) refusedUnanswerable++;
      continue;
    }
    if (response.refused) falseRefusals++;
    const rank = response.refused ? Infinity : rankOfAnswer(question, response);
    if (rank === 1 && containsAnswer(response.answer, question.answers)) hit1++;
    if (rank <= 3) hit3++;
    mrr += 1 / rank;
  }
  const times = [...responses.values()].map((response) => response.ms);
  const n = Math.max(1, answerable.length);
  return {
    answerable: answerable.length,
    hit1: round(hit1 / n),
    hit3: round(hit3 / n),
    mrr: round(mrr / n),
    unanswerable: questions.length - answerable.length,
    refusedUnanswerable,
    falseRefusals,
    refusedShare: round(refusedUnanswerable / Math.max(1, questions.length - answerable.length)),
    falseRefusalShare: round(falseRefusals / n),
    msP50: round(percentile(times, 0.5)),
    msP99: round(percentile(times, 0.99)),
  };
}
