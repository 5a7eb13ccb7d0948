import { stemmer } from 'stemmer';

/** ROUGE precision, recall and F1 of one candidate against one reference. */
export interface RougeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of one summary. */
export interface RougeScores {
  readonly rouge1: RougeScore;
  readonly rouge2: RougeScore;
  readonly rougeLsum: RougeScore;
}

/**
 * Tokens as the rouge-score package makes them: lower case, anything but a-z and 0-9 becomes a space,
 * and tokens longer than three characters are Porter-stemmed.
 */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, ' ')
    .split(' ')
    .filter((token) => token !== '')
    .map((token) => (token.length > 3 ? stemmer(token) : token));
}

function scoreOf(hits: number, candidateSize: number, referenceSize: number): RougeScore {
  const precision = candidateSize === 0 ? 0 : hits / candidateSize;
  const recall = referenceSize === 0 ? 0 : hits / referenceSize;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function countNgrams(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped n-gram overlap of two token lists. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): RougeScore {
  const candidateGrams = countNgrams(candidate, n);
  const referenceGrams = countNgrams(reference, n);
  let hits = 0;
  for (const [gram, count] of candidateGrams) hits += Math.min(count, referenceGrams.get(gram) ?? 0);
  const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, count) => sum + count, 0);
  return scoreOf(hits, total(candidateGrams), total(referenceGrams));
}

/** Positions in `reference` of one longest common subsequence with `candidate`. */
function lcsPositions(reference: readonly string[], candidate: readonly string[]): number[] {
  const rows = reference.length;
  const cols = candidate.length;
  const table = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      table[i]![j] = reference[i - 1] === candidate[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  const positions: number[] = [];
  for (let i = rows, j = cols; i > 0 && j > 0; ) {
    if (reference[i - 1] === candidate[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i--;
    else j--;
  }
  return positions.reverse();
}

/**
 * ROUGE-Lsum: for each reference sentence, the union of its longest common subsequences with every candidate
 * sentence; each token is counted at most as often as it occurs on both sides (as rouge-score does).
 */
export function rougeLsum(candidate: readonly (readonly string[])[], reference: readonly (readonly string[])[]): RougeScore {
  const remaining = (sentences: readonly (readonly string[])[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const token of sentences.flat()) counts.set(token, (counts.get(token) ?? 0) + 1);
    return counts;
  };
  const candidateLeft = remaining(candidate);
  const referenceLeft = remaining(reference);
  let hits = 0;
  for (const sentence of reference) {
    const union = new Set(candidate.flatMap((other) => lcsPositions(sentence, other)));
    for (const position of [...union].sort((a, b) => a - b)) {
      const token = sentence[position]!;
      if ((candidateLeft.get(token) ?? 0) > 0 && (referenceLeft.get(token) ?? 0) > 0) {
        hits++;
        candidateLeft.set(token, candidateLeft.get(token)! - 1);
        referenceLeft.set(token, referenceLeft.get(token)! - 1);
      }
    }
  }
  const size = (sentences: readonly (readonly string[])[]): number => sentences.reduce((sum, sentence) => sum + sentence.length, 0);
  return scoreOf(hits, size(candidate), size(reference));
}

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of a summary against a reference, both given as sentences. */
export function rouge(candidate: readonly string[], reference: readonly string[]): RougeScores {
  const candidateSentences = candidate.map(rougeTokens);
  const referenceSentences = reference.map(rougeTokens);
  return {
    rouge1: rougeN(candidateSentences.flat(), referenceSentences.flat(), 1),
    rouge2: rougeN(candidateSentences.flat(), referenceSentences.flat(), 2),
    rougeLsum: rougeLsum(candidateSentences, referenceSentences),
  };
}
