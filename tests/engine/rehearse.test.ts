import { describe, expect, it } from 'vitest';
import { Docent } from '../../src/engine/docent.ts';
import { docentOf, seedDocument } from '../helpers/seed.ts';

const QUESTIONS = ['Who leads the faction pushing for unilateral military action?', 'Who is the mayor of New York?', 'What tariff has President Trump threatened?'];

describe('warm-up rehearsal', () => {
  it('leaves every answer, quote and summary as a fresh engine gives them', () => {
    const fresh = new Docent([seedDocument()]);
    const warmed = new Docent([seedDocument()]);
    warmed.warmUp();
    for (const question of QUESTIONS) expect(warmed.ask(question)).toEqual(fresh.ask(question));
    expect(warmed.quote('sovereinty is not negotiable')).toEqual(fresh.quote('sovereinty is not negotiable'));
    expect(warmed.summarize({ length: 'short' })).toEqual(fresh.summarize({ length: 'short' }));
  });

  it('copes with a document of one short sentence', () => {
    expect(() => docentOf('# Note\n\nYes.').warmUp()).not.toThrow();
  });
});
