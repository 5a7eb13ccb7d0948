import { describe, expect, it } from 'vitest';
import { fragmentsOf, MAX_WORDS, MIN_WORDS } from '../../../src/eval/quote/fragments.ts';
import { randomInt, seededRandom } from '../../../src/eval/quote/random.ts';
import { accentsStripped, droppedWord, exact, lowerCaseWithoutPunctuation, misspell, swappedWords, typos, VARIANTS } from '../../../src/eval/quote/variants.ts';
import { editDistance } from '../../../src/search/rank/editDistance.ts';

const FRAGMENT = 'Mexico’s secretary of security, Omar García Harfuch, is set to lead';
const wordsOf = (text: string): string[] => text.split(' ');
const draw = (seed: number, count: number): number[] => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe('seeded random numbers', () => {
  it('repeat for a seed, differ between seeds, stay in [0, 1)', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50));
    expect(draw(7, 50)).not.toEqual(draw(8, 50));
    for (const value of draw(1, 1000)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('randomInt covers both ends', () => {
    const random = seededRandom(3);
    const seen = new Set(Array.from({ length: 200 }, () => randomInt(random, 2, 4)));
    expect([...seen].sort()).toEqual([2, 3, 4]);
  });
});

describe('fragments', () => {
  const sentences = [
    { id: 0, text: 'Too short to quote.' },
    { id: 1, text: 'President Claudia Sheinbaum has emphasize that Mexico will not tolerate violations of its sovereignty, stating, “Sovereignty is not negotiable.”' },
    { id: 2, text: 'The talks come — against a backdrop — of a looming 25% tariff on imports.' },
  ];

  it('takes 6 to 10 consecutive words verbatim from each sentence long enough, the same for the same seed', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const fragments = fragmentsOf(sentences, seededRandom(seed));
      expect(fragments.map((fragment) => fragment.sentenceId)).toEqual([1, 2]);
      for (const fragment of fragments) {
        expect(fragment.sentence).toContain(fragment.text);
        const words = fragment.text.split(/\s+/u).filter((word) => /\p{L}|\p{N}/u.test(word));
        expect(words.length).toBeGreaterThanOrEqual(MIN_WORDS);
        expect(words.length).toBeLessThanOrEqual(MAX_WORDS);
      }
      expect(fragmentsOf(sentences, seededRandom(seed))).toEqual(fragments);
    }
  });
});

describe('fragment variants', () => {
  it('exact leaves the fragment alone', () => {
    expect(exact(FRAGMENT)).toBe(FRAGMENT);
  });

  it('lower case without punctuation keeps accents and joins what punctuation split inside a word', () => {
    expect(lowerCaseWithoutPunctuation(FRAGMENT)).toBe('mexicos secretary of security omar garcía harfuch is set to lead');
    expect(lowerCaseWithoutPunctuation('the U.S.-led plan, 13.8% “done”')).toBe('the us led plan 138 done');
  });

  it('accents stripped keeps case and punctuation', () => {
    expect(accentsStripped(FRAGMENT)).toBe('Mexico’s secretary of security, Omar Garcia Harfuch, is set to lead');
    expect(accentsStripped('Ångström, naïve café')).toBe('Angstrom, naive cafe');
  });

  it('a typo per five words (at least one), each one edit away, in words of three letters or more', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const typed = wordsOf(typos(FRAGMENT, seededRandom(seed)));
      const original = wordsOf(FRAGMENT);
      expect(typed).toHaveLength(original.length);
      const changed = original.filter((word, i) => word !== typed[i]);
      expect(changed).toHaveLength(Math.round(original.length / 5));
      original.forEach((word, i) => {
        if (word !== typed[i]) {
          expect(word.replace(/\P{L}/gu, '').length).toBeGreaterThanOrEqual(3);
          expect(editDistance(word.toLowerCase(), typed[i]!.toLowerCase(), 1)).toBe(1);
        }
      });
      expect(typos(FRAGMENT, seededRandom(seed))).toBe(typed.join(' '));
    }
  });

  it('misspell makes one of the four typos', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const typed = misspell('tolerate', seededRandom(seed));
      expect(typed).not.toBe('tolerate');
      expect(editDistance('tolerate', typed, 2)).toBe(1);
    }
  });

  it('a word dropped: one fewer, the others in order', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const typed = wordsOf(droppedWord(FRAGMENT, seededRandom(seed)));
      const original = wordsOf(FRAGMENT);
      expect(typed).toHaveLength(original.length - 1);
      const dropped = original.findIndex((word, i) => word !== typed[i]);
      expect([...original.slice(0, dropped), ...original.slice(dropped + 1)]).toEqual(typed);
    }
  });

  it('two neighbouring words swapped, nothing else changed', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const typed = wordsOf(swappedWords(FRAGMENT, seededRandom(seed)));
      const original = wordsOf(FRAGMENT);
      const changed = original.flatMap((word, i) => (word === typed[i] ? [] : [i]));
      expect(changed).toHaveLength(2);
      const [a, b] = changed as [number, number];
      expect(b).toBe(a + 1);
      expect([typed[a], typed[b]]).toEqual([original[b], original[a]]);
    }
  });

  it('are the six the evaluation reports, in order', () => {
    expect(VARIANTS.map((variant) => variant.name)).toEqual([
      'exact',
      'lower case, no punctuation',
      'accents stripped',
      'typo per five words',
      'word dropped',
      'words swapped',
    ]);
  });
});
