import { Analyzer } from '../analyzer/analyzer.ts';
import type { AliasRule } from '../analyzer/aliases.ts';
import { foldAccentsOf } from '../analyzer/fold.ts';

/** Lower-case words allowed inside a capitalised name without giving it a letter: "Department of the Interior". */
const CONNECTORS = ['of', 'for', 'on', 'de', 'del', 'la'];
/** A one-letter "acronym" is no acronym. */
const MIN_LETTERS = 3;

const WORD = String.raw`\p{Lu}[\p{L}’'-]*`;
const NAME_RUN = new RegExp(`${WORD}(?:(?:[ \\t]+(?:${CONNECTORS.join('|')})(?:[ \\t]+the)?)?[ \\t]+${WORD})+`, 'gu');

/** Capitalised multi-word names in a text, e.g. "Joint Special Operations Command". */
export function capitalisedNames(text: string): string[] {
  return Array.from(text.matchAll(NAME_RUN), (match) => match[0].replace(/^(?:The|A|An)\s+/u, ''));
}

/** "Department of Homeland Security" → "DHS": the initials of its capitalised words. */
export function acronymOf(name: string): string {
  return name
    .split(/[ \t]+/u)
    .filter((word) => !CONNECTORS.includes(word) && word !== 'the')
    .map((word) => word[0] ?? '')
    .join('');
}

/**
 * Mines acronym aliases from the documents' own names, so that `JSOC` finds "Joint Special Operations Command"
 * even where the text never spells the acronym out.
 */
export function mineAcronyms(texts: Iterable<string>, plain: Analyzer = new Analyzer()): AliasRule[] {
  const rules = new Map<string, AliasRule>();
  for (const text of texts) {
    for (const name of capitalisedNames(text)) {
      const acronym = acronymOf(name);
      if (acronym.length < MIN_LETTERS) continue;
      const phrase = plain.terms(name);
      const alias = foldAccentsOf(acronym).toLowerCase();
      rules.set(`${alias} ${phrase.join(' ')}`, { phrase, alias });
    }
  }
  return [...rules.values()];
}
