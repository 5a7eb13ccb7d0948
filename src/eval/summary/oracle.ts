import { rouge } from './rouge.ts';

/**
 * The oracle: for each reference sentence, the sentence most like it by ROUGE-L F1 (its longest common subsequence).
 * These are what the summariser learns to score high; ROUGE-Lsum matches every reference sentence with the summary's
 * sentences one by one, so they teach better than a greedy cover of the whole reference (measured held out).
 */
export function closestSentences(sentences: readonly string[], reference: readonly string[]): Set<number> {
  const chosen = new Set<number>();
  for (const highlight of reference) {
    let best = 0;
    let pick = -1;
    sentences.forEach((sentence, i) => {
      const value = rouge([sentence], [highlight]).rougeLsum.f1;
      if (value > best) [best, pick] = [value, i];
    });
    if (pick >= 0) chosen.add(pick);
  }
  return chosen;
}
