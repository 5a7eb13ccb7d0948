import type { DataFile, Synset } from './wordnetData.ts';
import { plainWord } from './relatedFormPairs.ts';

/**
 * A lemma WordNet writes as an abbreviation: all capitals ("TV", "HQ"), or a short lower-case unit without vowels
 * ("km", "ft"). Short lower-case words with vowels are mostly words ("bus" beside "omnibus"), not abbreviations.
 */
const ABBREVIATION = /^(?:[A-Z]{2,5}|[b-df-hj-np-tv-xz]{2,4})$/u;
/** An expansion at least this much longer than its abbreviation: "okay" is a spelling of "OK", not an expansion. */
const MIN_EXTRA_LETTERS = 2;

/** Whether the abbreviation's letters stand in the word in order, from its first: "TV" in television, "km" in kilometre. */
export function abbreviates(abbreviation: string, word: string): boolean {
  const letters = abbreviation.toLowerCase();
  if (word.length < letters.length + MIN_EXTRA_LETTERS || word[0] !== letters[0]) return false;
  let next = 0;
  for (const letter of word) if (letter === letters[next]) next++;
  return next >= letters.length;
}

/**
 * Pairs of an abbreviation and a plain word that WordNet puts in one synset and that the abbreviation spells
 * ("TV" and television, "km" and kilometre, "HQ" and headquarters), each pair once, ordered. The abbreviation keeps
 * its case: "EL" abbreviates elevation, the Spanish "El" does not.
 */
export function abbreviationPairs(files: ReadonlyMap<DataFile, ReadonlyMap<number, Synset>>): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const synsets of files.values()) {
    for (const { words } of synsets.values()) {
      for (const abbreviation of words.filter((lemma) => ABBREVIATION.test(lemma))) {
        for (const word of words.map(plainWord)) {
          if (word !== undefined && abbreviates(abbreviation, word)) pairs.set(`${abbreviation} ${word}`, [abbreviation, word]);
        }
      }
    }
  }
  return [...pairs.keys()].sort().map((key) => pairs.get(key)!);
}
