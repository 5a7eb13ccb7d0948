import { containsAnswer } from './judge.ts';
import type { EvalQuestion } from './datasets.ts';
import type { Response } from './metrics.ts';

const clip = (text: string, length = 160): string => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** One line per question the system got wrong, so the next improvement can be chosen from data. */
export function describeMisses(questions: readonly EvalQuestion[], responses: ReadonlyMap<string, Response>): string[] {
  const lines: string[] = [];
  for (const question of questions) {
    const response = responses.get(question.id);
    if (!response) continue;
    if (question.unanswerable) {
      if (!response.refused) lines.push(`${question.id} not refused: ${question.question}\n    quoted: ${clip(response.answer ?? '')}`);
    } else if (response.refused) {
      lines.push(`${question.id} false refusal: ${question.question}\n    wanted: ${question.answers.join(' | ')}`);
    } else if (!containsAnswer(response.answer, question.answers)) {
      lines.push(`${question.id} miss: ${question.question}\n    wanted: ${question.answers.join(' | ')}\n    quoted: ${clip(response.answer ?? '')}`);
    }
  }
  return lines;
}
