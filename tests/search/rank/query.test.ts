import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { docentOf } from '../../helpers/seed.ts';

const index = docentOf('# Jochi\n\nJochi died in 1226. His invasion of the west was planned. The US navy sailed.').search.index;
const termOf = (question: string, term: string) => parseQuery(question, index).terms.find((each) => each.term === term);

describe('query terms: related forms', () => {
  it('meet another part of speech of the word apart from their matches: death → died, invaded → invasion', () => {
    const death = termOf("When did Jochi's death occur?", 'death');
    expect([...(death?.related ?? [])]).toEqual(['die']);
    expect(death?.matches.size).toBe(0);
    expect([...(termOf('Who invaded the west?', 'invad')?.related ?? [])]).toEqual(['invas']);
  });

  it('only where the documents hold the related form, and never the term itself or one of its matches', () => {
    expect(termOf('Who was decisive?', 'decis')?.related.size).toBe(0);
    expect(termOf('When did Jochi die?', 'die')?.related.size).toBe(0);
  });

  it('not for acronyms, numbers or parts of hyphenated words', () => {
    expect(termOf('Which US ship?', 'us')?.related.size).toBe(0);
    expect(termOf('Was it one ship?', '1')?.related.size ?? 0).toBe(0);
    expect(termOf('Was it a death-defying march?', 'death')?.related.size).toBe(0);
  });
});

describe('query terms: order', () => {
  it("stand in the order of the question's words, hyphenated parts and repeats included", () => {
    const query = parseQuery('Did the US navy sail west after Jochi’s anti-navy invasion of the west in 1226?', index);
    const positions = query.terms.map((term) => term.position);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(query.terms.map((term) => term.term)).toEqual(['us', 'navi', 'sail', 'west', 'jochi', 'anti', 'invas', '1226']);
  });

  it('keep every analyzed term, repeats included, for the candidate search: the same as analyzing the text again', () => {
    const text = 'Did the US navy sail west after Jochi’s anti-navy invasion of the west in 1226?';
    expect(parseQuery(text, index).analyzed).toEqual(index.analyzer.terms(text));
  });
});

describe('query terms: typos', () => {
  const presidency = docentOf('# Mexico\n\nPresident Claudia Sheinbaum leads Mexico. Omar García Harfuch leads security.');
  const matchesOf = (question: string, term: string) => parseQuery(question, presidency.search.index).terms.find((each) => each.term === term)?.matches;

  it('meet the word as written where the typo changes the stem: "presdient" is a swap away from "president"', () => {
    expect(matchesOf('Who is the presdient of Mexico?', 'presdient')?.get('presid')).toBe(0.7);
  });

  it('count two swapped neighbours as one edit, and allow no more edits than the word length allows', () => {
    expect(matchesOf('Who is Hafruch?', 'hafruch')?.get('harfuch')).toBe(0.7);
    expect(matchesOf('Who is Hazfuxh?', 'hazfuxh')?.size).toBe(0);
  });

  it('so that a question misspelling its key word is answered rather than refused', () => {
    expect(presidency.ask('Who is the presdient?')).toMatchObject({ kind: 'answer', answer: { text: expect.stringContaining('Claudia Sheinbaum') } });
    expect(presidency.ask('Who is Omar Garcia Hafruch?')).toMatchObject({ kind: 'answer', answer: { text: expect.stringContaining('leads security') } });
  });
});

describe('query terms: question headings', () => {
  const faq = docentOf(
    '# Harbour\n\n## FAQ\n\n<details><summary>What if I accidentally publish my key?</summary>\n\nRevoke it at once.\n\n</details>\n\n## Moorings\n\nBerths are free.\n',
  ).search.index;

  it('meet a word that only an FAQ question holds, as its answer below never repeats it', () => {
    expect([...(parseQuery('i accidentally pushed my key, what now?', faq).terms.find((term) => term.term === 'accident')?.matches.keys() ?? [])]).toEqual(['accident']);
  });

  it('but not a word that only a heading that asks nothing holds: a title is weighed as a title', () => {
    expect(parseQuery('are moorings free?', faq).terms.find((term) => term.term === 'moor')?.matches.size).toBe(0);
  });
});
