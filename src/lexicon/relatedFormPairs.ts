import { stemmer } from 'stemmer';
import type { DataFile, Pointer, Synset } from './wordnetData.ts';

/** WordNet's pointer from a word to a derivationally related form: "death" and "die", "decide" and "decision". */
const DERIVATION = '+';
/** WordNet's pointer from an adjective to the noun it pertains to: "Mexican" and "Mexico", but also "civil" and "state". */
const PERTAINYM = '\\';

/** The shortest shared beginning that marks two words as forms of one stem: "choose" and "choice". */
const MIN_SHARED_PREFIX = 3;

/** A lemma as one lower-case word of letters; multi-word and hyphenated lemmas ("take_a_breath") give none. */
export function plainWord(lemma: string): string | undefined {
  const word = lemma.toLowerCase();
  return /^[a-z]+$/u.test(word) ? word : undefined;
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Whether two words look like forms of one stem: they begin alike ("Mexico", "Mexican"), or one holds the other's
 * stem ("intracellular", "cell"). Tells a pertainym of the word's own form from one of its sense ("civil", "state").
 */
export function sharesForm(a: string, b: string): boolean {
  if (sharedPrefixLength(a, b) >= MIN_SHARED_PREFIX) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const stem = stemmer(shorter);
  return stem.length >= MIN_SHARED_PREFIX && longer.includes(stem);
}

/** The word a lexical pointer of `synset` leads to, if both ends are plain words. */
function linkedPair(files: ReadonlyMap<DataFile, ReadonlyMap<number, Synset>>, synset: Synset, pointer: Pointer): [string, string] | undefined {
  const from = plainWord(synset.words[pointer.source - 1] ?? '');
  const to = plainWord(files.get(pointer.file)?.get(pointer.offset)?.words[pointer.target - 1] ?? '');
  return from === undefined || to === undefined ? undefined : [from, to];
}

/** Whether a lexical pointer links two forms of one word: any derivation, and a pertainym that shares its form. */
function linksForms(symbol: string, [a, b]: readonly [string, string]): boolean {
  return a !== b && (symbol === DERIVATION || (symbol === PERTAINYM && sharesForm(a, b)));
}

/**
 * The distinct pairs of plain words that WordNet links as forms of one word (see {@link linksForms}), each pair
 * once, alphabetically ordered within and between pairs. All senses count: a derivation rarely misleads.
 */
export function relatedFormPairs(files: ReadonlyMap<DataFile, ReadonlyMap<number, Synset>>): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const synsets of files.values()) {
    for (const synset of synsets.values()) {
      for (const pointer of synset.pointers) {
        if (pointer.source === 0) continue;
        const pair = linkedPair(files, synset, pointer);
        if (pair === undefined || !linksForms(pointer.symbol, pair)) continue;
        const ordered: [string, string] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
        pairs.set(ordered.join(' '), ordered);
      }
    }
  }
  // "a b" keys sort as the pairs do: the space sorts before every letter.
  return [...pairs.keys()].sort().map((key) => pairs.get(key)!);
}

/** A generated table's header: each line of it as a `#` comment. */
export const commentLines = (comments: readonly string[]): string[] => comments.map((comment) => (comment === '' ? '#' : `# ${comment}`));

/** The table's text: `#` comment lines, then one line per word, `word<TAB>later related words`, each pair once. */

export function formatTable(pairs: readonly (readonly [string, string])[], comments: readonly string[]): string {
  const byWord = new Map<string, string[]>();
  for (const [word, related] of pairs) {
    const list = byWord.get(word);
    if (list) list.push(related);
    else byWord.set(word, [related]);
  }
  const lines = commentLines(comments);
  for (const [word, related] of byWord) lines.push(`${word}\t${related.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
