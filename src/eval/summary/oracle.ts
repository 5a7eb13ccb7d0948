import { rouge } from './rouge.ts';

/**
 * Which sentences best cover the reference: chosen greedily, each the one that most raises ROUGE-1 plus ROUGE-2 F1 of
 * the summary so far, stopping at `count` or when no sentence adds. These are what the summariser learns to score high.
 */
export function oracleSentences(sentences: readonly string[], reference: readonly string[], count: number): Set<number> {
  const chosen: number[] = [];
  let best = 0;
  while (chosen.length < count) {
    let pick = -1;
    sentences.forEach((_, i) => {
      if (chosen.includes(i)) return;
      const scores = rouge([...chosen, i].sort((a, b) => a - b).map((j) => sentences[j]!), reference);
      const value = scores.rouge1.f1 + scores.rouge2.f1;
      if (value > best) [best, pick] = [value, i];
    });
    if (pick < 0) break;
    chosen.push(pick);
  }
  return new Set(chosen);
}

/**
 * For each reference sentence, the sentence most like it by ROUGE-L F1 (its longest common subsequence): what
 * ROUGE-Lsum rewards, since it matches every reference sentence with the summary's sentences one by one.
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
