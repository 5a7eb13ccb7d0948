import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/knowledge/sentences.ts';

const split = (text: string): string[] => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits at terminal punctuation followed by a capital', () => {
    expect(split('One sentence here. Another one! A third? Yes.')).toEqual(['One sentence here.', 'Another one!', 'A third?', 'Yes.']);
  });

  it('does not break at U.S., C.I.A., Gen. or vs.', () => {
    const text =
      'Officials of the U.S. Army met. Meanwhile, the C.I.A. has been sharing intelligence. They arrested Gen. Salvador Cienfuegos in 2020. It was Strikes vs. Collaboration again.';
    expect(split(text)).toEqual([
      'Officials of the U.S. Army met.',
      'Meanwhile, the C.I.A. has been sharing intelligence.',
      'They arrested Gen. Salvador Cienfuegos in 2020.',
      'It was Strikes vs. Collaboration again.',
    ]);
  });

  it('breaks after an initialism that closes a sentence', () => {
    expect(split('He flew to the U.S. The trip was short.')).toEqual(['He flew to the U.S.', 'The trip was short.']);
  });

  it('ends a sentence after a closing curly quote', () => {
    expect(split('She said, “Sovereignty is not negotiable.” She has also hinted at reforms.')).toEqual([
      'She said, “Sovereignty is not negotiable.”',
      'She has also hinted at reforms.',
    ]);
  });

  it('keeps decimals and lower-case continuations together', () => {
    expect(split('Growth was 3.5 percent. e.g. this stays. Next one.')).toEqual(['Growth was 3.5 percent. e.g. this stays.', 'Next one.']);
  });

  it('returns nothing for blank text', () => {
    expect(split('   ')).toEqual([]);
  });
});
