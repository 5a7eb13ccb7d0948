import { readFileSync } from 'node:fs';
import { lazy } from '../../lazy.ts';
import { loadLemmatizer } from '../analyzer/lemmatize.ts';

/** Generated from WordNet by `npm run lexicon` (src/lexicon/main.ts); WordNet's licence heads the file. */
const TABLE_FILE = new URL('./relatedForms.txt', import.meta.url);

/** A table of word links as a map both ways: its lines are `word<TAB>linked linked…`, `#` lines are comments. */
export function parseWordLinks(text: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const linked = links.get(from);
    if (linked) linked.push(to);
    else links.set(from, [to]);
  };
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word = '', related = ''] = line.split('\t');
    for (const other of related.split(' ')) {
      if (other === '') continue;
      link(word, other);
      link(other, word);
    }
  }
  return links;
}

/** Reads the table now (about 40 ms) rather than at the first question. */
export const loadRelatedForms = lazy((): ReadonlyMap<string, readonly string[]> => parseWordLinks(readFileSync(TABLE_FILE, 'utf8')));

/** The word and its lemmas as a noun, verb and adjective: `died` → die, `Mexicans` → mexican, `happier` → happy. */
export function lemmasOf(word: string): string[] {
  const lower = word.toLowerCase();
  const lemmatizer = loadLemmatizer();
  return [...new Set([lower, lemmatizer.noun(lower), lemmatizer.verb(lower), lemmatizer.adjective(lower)])].filter((lemma) => lemma !== '');
}

/** The words WordNet gives as related forms of a word or its lemmas: `death` → die, deathly; `Mexico` → Mexican. */
export function relatedForms(word: string, forms: ReadonlyMap<string, readonly string[]> = loadRelatedForms()): string[] {
  return [...new Set(lemmasOf(word).flatMap((lemma) => forms.get(lemma) ?? []))];
}
