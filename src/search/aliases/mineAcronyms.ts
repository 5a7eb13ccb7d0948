import { Analyzer } from '../analyzer/analyzer.ts';
import type { AliasRule } from '../analyzer/aliases.ts';
import { foldAccentsOf } from '../analyzer/fold.ts';
import { NamesByInitials } from './namesByInitials.ts';

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

const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/u;

/** "Department of Homeland Security" → "DHS": the initials of its capitalised words; a Roman numeral stays whole ("World War II" → "WWII"). */
export function acronymOf(name: string): string {
  return name
    .split(/[ \t]+/u)
    .filter((word) => !CONNECTORS.includes(word) && word !== 'the')
    .map((word) => (ROMAN_NUMERAL.test(word) ? word : (word[0] ?? '')))
    .join('');
}

/**
 * Every run of two or more capitalised words in a text, and the runs within it, by their initials in lower case:
 * "World War II" under `ww` and `wwii`, "War II" under `wii`. For acronyms the documents never spell out.
 */
export function namesByInitials(texts: Iterable<string>, plain: Analyzer = new Analyzer()): NamesByInitials {
  const names = new Map<string, string[][]>();
  const seen = new Set<string>();
  const partsSeen = new Set<string>();
  for (const name of distinctNames(texts)) {
    const words = name.split(/[ \t]+/u);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 2; end <= words.length; end++) {
        const part = words.slice(start, end);
        const written = part.join(' ');
        // The same run of words within another name gives the same initials and terms: nothing new.
        if (partsSeen.has(written) || !/^\p{Lu}/u.test(part[0]!) || !/^\p{Lu}/u.test(part.at(-1)!)) continue;
        partsSeen.add(written);
        const initials = foldAccentsOf(acronymOf(written)).toLowerCase();
        const terms = plain.terms(written);
        const key = `${initials} ${terms.join(' ')}`;
        if (terms.length === 0 || seen.has(key)) continue;
        seen.add(key);
        const known = names.get(initials);
        if (known) known.push(terms);
        else names.set(initials, [terms]);
      }
    }
  }
  return NamesByInitials.of(names);
}

/** Every capitalised multi-word name of the texts once, in order of first appearance: names recur, their work need not. */
function distinctNames(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) for (const name of capitalisedNames(text)) names.add(name);
  return names;
}

/**
 * Mines acronym aliases from the documents' own names, so that `JSOC` finds "Joint Special Operations Command"
 * even where the text never spells the acronym out.
 */
export function mineAcronyms(texts: Iterable<string>, plain: Analyzer = new Analyzer()): AliasRule[] {
  const rules = new Map<string, AliasRule>();
  for (const name of distinctNames(texts)) {
    const acronym = acronymOf(name);
    if (acronym.length < MIN_LETTERS) continue;
    const phrase = plain.terms(name);
    const alias = foldAccentsOf(acronym).toLowerCase();
    rules.set(`${alias} ${phrase.join(' ')}`, { phrase, alias });
  }
  return [...rules.values()];
}
