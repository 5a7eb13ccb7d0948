import { readFileSync } from 'node:fs';
import { lazy } from '../../lazy.ts';
import { parseWordLinks } from './relatedForms.ts';

/** Generated from WordNet by `npm run lexicon` (src/lexicon/main.ts); WordNet's licence heads the file. */
const TABLE_FILE = new URL('./antonyms.txt', import.meta.url);

const loadAntonyms = lazy((): ReadonlyMap<string, readonly string[]> => parseWordLinks(readFileSync(TABLE_FILE, 'utf8')));

/** The words WordNet gives as opposites of a lower-case lemma: `most` → least, `increase` → decrease. */
export function antonymsOf(lemma: string): readonly string[] {
  return loadAntonyms().get(lemma) ?? [];
}
