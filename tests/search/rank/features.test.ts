import { describe, expect, it } from 'vitest';
import { demandedAnswer, expectedAnswer, holdsAnswerType } from '../../../src/search/rank/answerType.ts';
import { opensWithAnaphor } from '../../../src/search/rank/context.ts';
import { bigramMatches, matchStrength, proximity, relatedCoverage, vectorCoverage, weightedCoverage } from '../../../src/search/rank/features.ts';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { docentOf } from '../../helpers/seed.ts';

const docent = docentOf(
  '# Notes\n\nThe red fox jumped over the lazy dog. A dog slept while far away a red barn burned. Foxes are rare in 1990.',
);
const index = docent.search.index;
const entry = (n: number) => index.entry(n);

describe('ranking features', () => {
  it('weightedCoverage: rare terms weigh more than common ones', () => {
    const query = parseQuery('fox barn', index);
    const coverageOf = (n: number): number => weightedCoverage(query, (term) => matchStrength(term, entry(n).terms));
    expect(coverageOf(1)).toBeGreaterThan(coverageOf(0));
    expect(coverageOf(0)).toBeGreaterThan(0);
    expect(weightedCoverage(query, () => 1)).toBe(1);
  });

  it('vectorCoverage: the share a sentence says in other words of close meaning, none for a word it holds', () => {
    const border = docentOf('# B\n\nForces massed at the border. Recipes crossed the border. Troops waited at the border.').search.index;
    const query = parseQuery('troops at the border', border);
    expect(vectorCoverage(query, border.entry(0).terms)).toBeGreaterThan(0);
    expect(vectorCoverage(query, border.entry(1).terms)).toBe(0);
    expect(vectorCoverage(query, border.entry(2).terms)).toBe(0);
  });

  it('relatedCoverage: the share met only by another form of a word, none where the word itself is met', () => {
    const died = docentOf('# J\n\nJochi died young. The death of Jochi was mourned.').search.index;
    const query = parseQuery('Jochi death', died);
    expect(relatedCoverage(query, died.entry(0).terms)).toBeGreaterThan(0);
    expect(relatedCoverage(query, died.entry(0).terms)).toBeLessThan(1);
    expect(relatedCoverage(query, died.entry(1).terms)).toBe(0);
  });

  it('matchStrength: an exact match is worth more than a typo', () => {
    const exact = parseQuery('lazy', index).terms[0]!;
    const typo = parseQuery('lazzy', index).terms[0]!;
    expect(matchStrength(exact, entry(0).terms)).toBe(1);
    expect(matchStrength(typo, entry(0).terms)).toBeGreaterThan(0);
    expect(matchStrength(typo, entry(0).terms)).toBeLessThan(1);
  });

  it('proximity: terms side by side score higher than scattered ones', () => {
    const query = parseQuery('red dog', index);
    expect(proximity(query, entry(0))).toBeGreaterThan(0);
    const close = parseQuery('red fox', index);
    expect(proximity(close, entry(0))).toBe(1);
    expect(proximity(query, entry(1))).toBeLessThan(proximity(close, entry(0)));
  });

  it('bigramMatches: the question’s word pairs found in order', () => {
    expect(bigramMatches(parseQuery('red fox', index), entry(0))).toBe(1);
    expect(bigramMatches(parseQuery('fox red', index), entry(0))).toBe(0);
  });

  it('answer types follow the question’s first question word', () => {
    expect(expectedAnswer('Who fumbled when tackled?')).toBe('person');
    expect(expectedAnswer('When did it happen?')).toBe('time');
    expect(expectedAnswer('How many doses were seized?')).toBe('quantity');
    expect(expectedAnswer('Where was he flown?')).toBe('place');
    expect(expectedAnswer('What did she say?')).toBeUndefined();
    const query = parseQuery('When were foxes rare?', index);
    expect(holdsAnswerType('time', entry(2), query)).toBe(true);
    expect(holdsAnswerType('time', entry(0), query)).toBe(false);
  });

  it('a sum of money is met by a currency, not by any number; a century by its ordinal', () => {
    const money = docentOf('# M\n\nThe bridge cost $38,000 to build. It carried 20 million people. Tolls were paid in euros.').search.index;
    const query = parseQuery('How much money did the bridge cost?', money);
    expect(expectedAnswer(query.text)).toBe('money');
    expect([0, 1, 2].map((n) => holdsAnswerType('money', money.entry(n), query))).toEqual([true, false, true]);
    const century = docentOf('# C\n\nThe port was developed in the 16th century.').search.index;
    expect(holdsAnswerType('time', century.entry(0), parseQuery('In what century was the port developed?', century))).toBe(true);
  });

  it('only some questions demand a time, a sum or a count outright', () => {
    expect(demandedAnswer('When will the tariff take effect?')).toBe('time');
    expect(demandedAnswer('In what year did it open?')).toBe('time');
    expect(demandedAnswer('How much money does the cartel make?')).toBe('money');
    expect(demandedAnswer('How many doses were seized?')).toBe('quantity');
    expect(demandedAnswer('What happens when the immune system is less active?')).toBeUndefined();
    expect(demandedAnswer('When John Fox left, who replaced him?')).toBeUndefined();
  });

  it('anaphoric openers point back to the previous sentence', () => {
    expect(opensWithAnaphor('The incident sparked outrage.')).toBe(true);
    expect(opensWithAnaphor('While these flights are primarily for surveillance.')).toBe(true);
    expect(opensWithAnaphor('Analysts warn that pushing Mexico could backfire.')).toBe(false);
  });
});
