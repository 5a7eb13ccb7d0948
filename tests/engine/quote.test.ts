import { describe, expect, it } from 'vitest';
import { looseForm } from '../../src/engine/find.ts';
import { sentencesOf } from '../../src/knowledge/types.ts';
import { docentOf, SEED_TEXT, seedDocent } from '../helpers/seed.ts';

const SHEINBAUM =
  'President Claudia Sheinbaum has emphasize that Mexico will not tolerate violations of its sovereignty, stating, “Sovereignty is not negotiable.”';
const HARFUCH = 'Mexico’s secretary of security, Omar García Harfuch, is set to lead a high-level delegation to Washington to negotiate a draft security agreement.';

describe('quote', () => {
  const docent = seedDocent();
  const first = (text: string): string | undefined => docent.quote(text).matches[0]?.text;

  it('returns the verbatim sentence holding an exact phrase, first', () => {
    const result = docent.quote('Sovereignty is not negotiable');
    expect(result.exact).toBe(true);
    expect(result.matches[0]?.text).toBe(SHEINBAUM);
  });

  it('tolerates case, accents, punctuation and typos', () => {
    for (const fragment of ['OMAR GARCIA HARFUCH IS SET TO LEAD', 'largest ever synthetic opiod bust', 'drones to monitr cartel activities']) {
      const quoted = first(fragment);
      expect(quoted).toBeDefined();
      expect(SEED_TEXT).toContain(quoted);
    }
    expect(first('largest ever synthetic opiod bust')).toContain('largest-ever synthetic opioid bust');
    expect(first('mexicos secretary of security omar garcia harfuch')).toBe(HARFUCH);
    expect(first('Mexico’s secretary of security, Omar Garcia Harfuch')).toBe(HARFUCH);
  });

  it('finds the sentence despite a typo in one word of five, a dropped word or two swapped words', () => {
    expect(first('Mexico will not tolerrate violations of its')).toBe(SHEINBAUM);
    expect(first('Mexico will not violations of its sovereignty')).toBe(SHEINBAUM);
    expect(first('Mexico not will tolerate violations of its')).toBe(SHEINBAUM);
    expect(first('a high-levle delegation to Washingotn to negotiate')).toBe(HARFUCH);
  });

  it('finds a fragment from the middle of a sentence, and one whose last word is still being typed', () => {
    expect(first('to negotiate a draft security')).toBe(HARFUCH);
    expect(first('a high-level delegation to Washi')).toBe(HARFUCH);
  });

  it('always puts first a sentence holding the phrase word for word, for any stretch of any sentence', () => {
    for (const sentence of sentencesOf(docent.documents[0]!)) {
      const words = sentence.text.split(/\s+/u);
      for (let length = 2; length <= 8; length += 3) {
        for (let start = 0; start + length <= words.length; start += 2) {
          const phrase = words.slice(start, start + length).join(' ');
          const result = docent.quote(phrase);
          expect(result.exact, phrase).toBe(true);
          expect(` ${looseForm(result.matches[0]!.text)} `, phrase).toContain(` ${looseForm(phrase)} `);
        }
      }
    }
  });

  it('puts the exact phrase before a sentence that holds more of the words', () => {
    const docent = docentOf(
      '# Notes\n\nThe budget was approved after a long debate about the budget and the debate rules. The council approved the budget after a long debate.',
    );
    expect(docent.quote('approved the budget after a long debate').matches[0]?.text).toBe('The council approved the budget after a long debate.');
  });

  it('searches one document when asked', () => {
    const docent = docentOf('# One\n\nThe red fox jumped over the lazy dog.', '# Two\n\nThe red fox slept under the lazy dog.');
    expect(docent.quote('the red fox jumped', { document: 'doc2' }).matches.map((passage) => passage.text)).toEqual(['The red fox slept under the lazy dog.']);
  });

  it('finds nothing for a phrase the document does not hold', () => {
    expect(docent.quote('quantum chromodynamics lattice').matches).toEqual([]);
    expect(docent.quote('!!!').matches).toEqual([]);
  });
});
