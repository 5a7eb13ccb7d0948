// Three rows of the table, reused across calls: distances are computed for thousands of word pairs per query.
let before = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Edits (a letter substituted, dropped, added, or two neighbours swapped) that turn `a` into `b`, or `max + 1`
 * as soon as more are needed: the optimal string alignment distance, bounded to stay cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (previous.length <= b.length) {
    before = new Int32Array(b.length * 2 + 1);
    previous = new Int32Array(b.length * 2 + 1);
    current = new Int32Array(b.length * 2 + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let lowest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, before[j - 2]! + 1);
      current[j] = best;
      lowest = Math.min(lowest, best);
    }
    if (lowest > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[b.length]!, max + 1);
}

const DIGIT_BIT = 1 << 26;

/**
 * The characters a word holds, one bit per letter a–z, one for any digit, a few shared by other letters: a cheap
 * test before `editDistance`.
 */
export function letterSignature(word: string): number {
  let signature = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    signature |= code >= 97 && code <= 122 ? 1 << (code - 97) : code >= 48 && code <= 57 ? DIGIT_BIT : 1 << (27 + (code % 5));
  }
  return signature;
}

/** Whether a word with this signature holds a digit. */
export function hasDigit(signature: number): boolean {
  return (signature & DIGIT_BIT) !== 0;
}

/**
 * Whether two words with these signatures may be within `max` edits: each edit adds or removes at most two letters
 * from the set a word holds.
 */
export function mayBeWithin(first: number, second: number, max: number): boolean {
  let differing = first ^ second;
  let count = 0;
  while (differing !== 0 && count <= 2 * max) {
    differing &= differing - 1;
    count++;
  }
  return count <= 2 * max;
}
