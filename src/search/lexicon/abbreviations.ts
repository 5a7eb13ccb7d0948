import { readFileSync } from 'node:fs';
import { lazy } from '../../lazy.ts';
import { parseWordLinks } from './relatedForms.ts';

/** Generated from WordNet by `npm run lexicon` (src/lexicon/main.ts); WordNet's licence heads the file. */
const TABLE_FILE = new URL('./abbreviations.txt', import.meta.url);

export const loadAbbreviations = lazy((): ReadonlyMap<string, readonly string[]> => parseWordLinks(readFileSync(TABLE_FILE, 'utf8')));

/**
 * The words an abbreviation stands for, or the abbreviations of a word: `TV` or `tv` → television, `television` →
 * TV. An abbreviation in capitals is one only as written: "El" is not `EL` (elevation).
 */
export function shortAndLongForms(word: string, table: ReadonlyMap<string, readonly string[]> = loadAbbreviations()): readonly string[] {
  return table.get(word) ?? table.get(word.toLowerCase()) ?? [];
}
