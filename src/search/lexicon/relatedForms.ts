import { readFileSync } from 'node:fs';
import { lazy } from '../../lazy.ts';
import { wordNetLemmas } from '../analyzer/lemmatize.ts';

/** Generated from WordNet by `npm run lexicon` (src/lexicon/main.ts); WordNet's licence heads the file. */
const TABLE_FILE = new URL('./relatedForms.txt', import.meta.url);

/** Each link of one table line, both ways: lines are `word<TAB>linked linked…`, `#` lines are comments. */
function forEachLink(line: string, link: (from: string, to: string) => void): void {
  if (line === '' || line.startsWith('#')) return;
  const [word = '', related = ''] = line.split('\t');
  for (const other of related.split(' ')) {
    if (other === '') continue;
    link(word, other);
    link(other, word);
  }
}

/** A table of word links as a map both ways (see `forEachLink`). */
export function parseWordLinks(text: string): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    forEachLink(line, (from, to) => {
      const linked = links.get(from);
      if (linked) linked.push(to);
      else links.set(from, [to]);
    });
  }
  return links;
}

/** Where a word may stand in a table's line: after the line's start, the tab or a space, before the tab, a space or its end. */
const isBoundary = (character: string | undefined): boolean => character === undefined || character === '\n' || character === '\t' || character === ' ';

/**
 * What `parseWordLinks(text).get(word)` holds, in the same order, found by searching the text for the word: a
 * question's few words are found sooner than the whole table is read into a map.
 */
export function linksIn(text: string, word: string): string[] {
  const links: string[] = [];
  let lastLine = -1;
  for (let at = word === '' ? -1 : text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isBoundary(text[at - 1]) || !isBoundary(text[at + word.length])) continue;
    const start = text.lastIndexOf('\n', at) + 1;
    if (start === lastLine) continue;
    lastLine = start;
    const end = text.indexOf('\n', at);
    forEachLink(text.slice(start, end < 0 ? undefined : end), (from, to) => {
      if (from === word) links.push(to);
    });
  }
  return links;
}

const readTable = lazy((): string => readFileSync(TABLE_FILE, 'utf8'));
let table: ReadonlyMap<string, readonly string[]> | undefined;

/** Reads the table into a map now (about 40 ms): from then on, as in a long-running bot, words are looked up in it. */
export function loadRelatedForms(): ReadonlyMap<string, readonly string[]> {
  table ??= parseWordLinks(readTable());
  return table;
}

/** A word's links: from the map once read, else searched for in the table's text, as a one-shot question does. */
const tableLinks = (word: string): readonly string[] => (table ? (table.get(word) ?? []) : linksIn(readTable(), word));

/** The word and its lemmas as a noun, verb and adjective: `died` → die, `Mexicans` → mexican, `happier` → happy. */
export function lemmasOf(word: string): string[] {
  const lower = word.toLowerCase();
  const lemmatizer = wordNetLemmas();
  return [...new Set([lower, lemmatizer.noun(lower), lemmatizer.verb(lower), lemmatizer.adjective(lower)])].filter((lemma) => lemma !== '');
}

/** The words WordNet gives as related forms of a word or its lemmas: `death` → die, deathly; `Mexico` → Mexican. */
export function relatedForms(word: string, forms?: ReadonlyMap<string, readonly string[]>): string[] {
  const linksOf = forms ? (lemma: string): readonly string[] => forms.get(lemma) ?? [] : tableLinks;
  return [...new Set(lemmasOf(word).flatMap(linksOf))];
}
