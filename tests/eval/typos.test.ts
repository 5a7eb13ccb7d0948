import { describe, expect, it } from 'vitest';
import { withSwappedLetters } from '../../src/eval/typos.ts';

describe('typos for the eval', () => {
  it('swap the two middle letters of the longest word, the first on a tie', () => {
    expect(withSwappedLetters('What does Mexico require for any US military action in its territory?')).toBe(
      'What does Mexico require for any US military action in its terirtory?',
    );
    expect(withSwappedLetters('Who is Omar Garcia Harfuch?')).toBe('Who is Omar Garcia Hafruch?');
    expect(withSwappedLetters('Qué pasó en García?')).toBe('Qué pasó en Gacría?');
  });

  it('leave a question without a word of five letters as it is', () => {
    expect(withSwappedLetters('Who is he?')).toBe('Who is he?');
  });
});
