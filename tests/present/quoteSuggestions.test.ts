import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/present/excerpt.ts';
import { quoteSuggestions } from '../../src/present/quoteSuggestions.ts';
import { seedDocent } from '../helpers/seed.ts';

describe('quote suggestions', () => {
  const docent = seedDocent();

  it('are at most 25 distinct excerpts of at most 100 characters, none for fewer than two characters', () => {
    const suggestions = quoteSuggestions(docent, 'mexico');
    expect(suggestions.length).toBeGreaterThan(3);
    expect(suggestions.length).toBeLessThanOrEqual(25);
    expect(new Set(suggestions).size).toBe(suggestions.length);
    for (const suggestion of suggestions) expect(suggestion.length).toBeLessThanOrEqual(100);
    expect(quoteSuggestions(docent, 'm')).toEqual([]);
  });

  it('show where the match is in a long sentence', () => {
    const [best] = quoteSuggestions(docent, 'pressure Mexico into doing more to combat fentanyl traffic');
    expect(best).toContain('pressure Mexico into doing more to combat fentanyl trafficking');
  });

  it('find their own sentence first when picked', () => {
    for (const typed of ['cartel', 'drones to moni', 'sovreignty is not']) {
      for (const suggestion of quoteSuggestions(docent, typed)) {
        expect(docent.quote(suggestion).matches[0]?.text.replace(/\s+/gu, ' ')).toContain(suggestion);
      }
    }
  });
});

describe('excerptAround', () => {
  it('keeps a short text whole', () => {
    expect(excerptAround('A short sentence.', ['short'], 100)).toBe('A short sentence.');
  });

  it('centres on where the matched words stand together, not on a stray early one', () => {
    const text = `The cartel ${'was mentioned once at the start and then the text goes on for a long while. '.repeat(3)}At last the cartel leaders met the drone operators near the border.`;
    const excerpt = excerptAround(text, ['cartel', 'leaders', 'drone', 'operators'], 80);
    expect(excerpt.length).toBeLessThanOrEqual(80);
    expect(excerpt).toContain('cartel leaders met the drone operators');
  });
});
