import { randomInt, type Random } from './random.ts';

/** One way of misremembering a fragment; `random` decides where, so a seed reproduces it. */
export interface Variant {
  readonly name: string;
  readonly make: (fragment: string, random: Random) => string;
}

const WORD = /[\p{L}\p{N}]/u;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Whitespace-separated chunks and, among them, the positions of those holding a letter or digit. */
function chunksOf(fragment: string): { chunks: string[]; words: number[] } {
  const chunks = fragment.split(/\s+/u).filter((chunk) => chunk !== '');
  return { chunks, words: chunks.flatMap((chunk, i) => (WORD.test(chunk) ? [i] : [])) };
}

const randomLetter = (random: Random): string => LETTERS[randomInt(random, 0, LETTERS.length - 1)]!;

/** The fragment as remembered. */
export function exact(fragment: string): string {
  return fragment;
}

/** Typed in lower case without punctuation: "U.S.-led, don’t" → "us led dont". */
export function lowerCaseWithoutPunctuation(fragment: string): string {
  return fragment
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’.,](?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Typed without accents: "García Harfuch" → "Garcia Harfuch"; case and punctuation kept. */
export function accentsStripped(fragment: string): string {
  return fragment.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** One letter substituted, dropped, added, or swapped with the next: the four typos of Damerau. */
export function misspell(word: string, random: Random): string {
  const letters = Array.from(word.matchAll(/\p{L}/gu), (match) => match.index);
  const at = letters[randomInt(random, 0, letters.length - 1)]!;
  const kind = randomInt(random, 0, 3);
  if (kind === 1) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 2) return word.slice(0, at) + randomLetter(random) + word.slice(at);
  if (kind === 3 && /\p{L}/u.test(word[at + 1] ?? '') && word[at + 1]!.toLowerCase() !== word[at]!.toLowerCase()) {
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
  const others = LETTERS.replace(word[at]!.toLowerCase(), '');
  return word.slice(0, at) + others[randomInt(random, 0, others.length - 1)] + word.slice(at + 1);
}

/** A typo in about one word in five (at least one), in words of three letters or more. */
export function typos(fragment: string, random: Random): string {
  const { chunks, words } = chunksOf(fragment);
  const eligible = words.filter((i) => (chunks[i]!.match(/\p{L}/gu)?.length ?? 0) >= 3);
  const count = Math.min(eligible.length, Math.max(1, Math.round(words.length / 5)));
  for (let n = 0; n < count; n++) {
    const [i] = eligible.splice(randomInt(random, 0, eligible.length - 1), 1);
    chunks[i!] = misspell(chunks[i!]!, random);
  }
  return chunks.join(' ');
}

/** One word left out, anywhere. */
export function droppedWord(fragment: string, random: Random): string {
  const { chunks, words } = chunksOf(fragment);
  chunks.splice(words[randomInt(random, 0, words.length - 1)]!, 1);
  return chunks.join(' ');
}

/** Two neighbouring words in the wrong order. */
export function swappedWords(fragment: string, random: Random): string {
  const { chunks, words } = chunksOf(fragment);
  if (words.length < 2) return fragment;
  const pair = randomInt(random, 0, words.length - 2);
  const [a, b] = [words[pair]!, words[pair + 1]!];
  [chunks[a], chunks[b]] = [chunks[b]!, chunks[a]!];
  return chunks.join(' ');
}

/** The variants the evaluation measures, in the order it reports them. */
export const VARIANTS: readonly Variant[] = [
  { name: 'exact', make: exact },
  { name: 'lower case, no punctuation', make: lowerCaseWithoutPunctuation },
  { name: 'accents stripped', make: accentsStripped },
  { name: 'typo per five words', make: typos },
  { name: 'word dropped', make: droppedWord },
  { name: 'words swapped', make: swappedWords },
];
