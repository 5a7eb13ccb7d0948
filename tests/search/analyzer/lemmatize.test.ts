import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkLemmatizer from 'wink-lemmatizer';
import { describe, expect, it } from 'vitest';
import { WordNetLemmas } from '../../../src/search/analyzer/lemmatize.ts';

const committedTable = readFileSync(new URL('../../../src/search/lexicon/lemmas.txt', import.meta.url), 'utf8');
const require = createRequire(import.meta.url);
const words = Object.keys(require('wink-lexicon/src/wn-words.js') as Record<string, number>);
const exceptions = ['noun', 'verb', 'adjective'].flatMap((kind) => Object.keys(require(`wink-lexicon/src/wn-${kind}-exceptions.js`) as Record<string, string>));

/** Every word WordNet knows, each irregular form, and the forms the lemmatizer's rules undo, made from each word. */
const probes = [
  ...new Set([
    ...words,
    ...exceptions,
    ...words.flatMap((word) => [`${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}er`, `${word}est`, word.replace(/y$/u, 'ies'), word.replace(/man$/u, 'men')]),
    '',
    's',
    'ies',
    'zzzing',
    'constructor',
    '__proto__',
  ]),
];

const KINDS = ['noun', 'verb', 'adjective'] as const;

describe('WordNetLemmas', () => {
  it("gives wink-lemmatizer's noun, verb and adjective for every word of WordNet and their inflections", () => {
    const lemmas = new WordNetLemmas(committedTable);
    for (const kind of KINDS) {
      const differing = probes.filter((word) => lemmas[kind](word) !== winkLemmatizer[kind](word));
      expect(differing.slice(0, 10), kind).toEqual([]);
    }
  });
});
