import { foldAccentsOf } from '../search/analyzer/fold.ts';
import { displayedText } from './displayed.ts';

/** The primary quote may hold at most this many characters to count as an answer. */
export const MAX_QUOTE_LENGTH = 450;

/** Markdown as displayed, accent folding, lower case, curly quotes made straight and white space folded, as the question sets specify. */
export function normalizeForJudging(text: string): string {
  return foldAccentsOf(displayedText(text))
    .toLowerCase()
    .replace(/[‘’‚‛′]/gu, "'")
    .replace(/[“”„‟″]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether a quoted passage contains one of the gold answers, within the length cap. */
export function containsAnswer(passage: string | null | undefined, answers: readonly string[]): boolean {
  if (!passage || passage.length > MAX_QUOTE_LENGTH) return false;
  const text = normalizeForJudging(passage);
  return answers.some((answer) => text.includes(normalizeForJudging(answer)));
}
