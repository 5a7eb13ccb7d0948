import { describe, expect, it } from 'vitest';
import { questionContext } from '../../../src/search/rank/candidateFeatures.ts';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { refusalFeatures } from '../../../src/search/rank/refusalFeatures.ts';
import { rerank } from '../../../src/search/rank/rerank.ts';
import { WINDOW_MODEL } from '../../../src/search/rank/weights.ts';
import { MAX_WINDOW_LENGTH, rankWindows } from '../../../src/search/rank/windows.ts';
import { docentOf } from '../../helpers/seed.ts';

const docent = docentOf(
  '# Harbour\n\nThe old harbour of Tarn was rebuilt after the storm. It reopened in 1998 with a new lighthouse.\n\nFishing boats returned slowly. The market never recovered its trade.',
);
const index = docent.search.index;

function windowsFor(question: string) {
  const query = parseQuery(question, index);
  const candidates = index.candidates(question);
  const context = questionContext(query, candidates);
  return { query, windows: rankWindows(index, context, rerank(index, context, candidates), WINDOW_MODEL) };
}

describe('answer windows', () => {
  it('widen a sentence to its neighbour in the same paragraph, never across paragraphs, within 450 characters', () => {
    const { windows } = windowsFor('When did the Tarn harbour reopen?');
    expect(windows.length).toBeGreaterThan(1);
    for (const window of windows) {
      expect(window.entries.length).toBeLessThanOrEqual(2);
      expect(new Set(window.entries.map((entry) => entry.sentence.ref.paragraph)).size).toBe(1);
      const [first, last] = [window.entries[0]!.sentence, window.entries.at(-1)!.sentence];
      expect(last.start + last.text.length - first.start).toBeLessThanOrEqual(MAX_WINDOW_LENGTH);
    }
  });

  it('find the date that sits next to the sentence naming the harbour', () => {
    const result = docent.ask('When did the Tarn harbour reopen?');
    expect(result.kind === 'answer' && result.answer.text).toContain('1998');
  });

  it('measure refusal evidence: a negated question against a window without negation', () => {
    const { query, windows } = windowsFor('Which harbour was not rebuilt after the storm?');
    expect(refusalFeatures(index, query, windows).negationUnmet).toBe(1);
    const plain = windowsFor('Which harbour was rebuilt after the storm?');
    expect(refusalFeatures(index, plain.query, plain.windows).negationUnmet).toBe(0);
  });
});

describe('query terms', () => {
  it('meet derived words at lower strength: Mexico finds Mexican', () => {
    const mexican = docentOf('# M\n\nThe Mexican navy sailed. Nothing else happened here.').search.index;
    const [term] = parseQuery('Mexico', mexican).terms;
    expect(term?.matches.get('mexican')).toBeGreaterThan(0);
    expect(term?.matches.get('mexican')).toBeLessThan(1);
  });

  it('do not take an ordinary English word for a typo of another: point is not joint', () => {
    const [term] = parseQuery('point', index).terms;
    expect(term?.matches.size).toBe(0);
  });

  it('meet an acronym the documents never use by the words of the name it abbreviates, less strongly', () => {
    const warsaw = docentOf('# W\n\nWarsaw joined the European Union in 2004. It was rebuilt after World War II.').search.index;
    const [term] = parseQuery('EU', warsaw).terms;
    expect([...(term?.matches.keys() ?? [])].sort()).toEqual(['european', 'union']);
    expect(Math.max(...(term?.matches.values() ?? []))).toBeLessThan(1);
    expect(parseQuery('eu', warsaw).terms[0]?.matches.size ?? 0).toBe(0);
    // Names of three letters or more are mined as aliases when the index is built, Roman numerals whole.
    expect(parseQuery('WWII', warsaw).terms[0]?.matches.get('wwii')).toBe(1);
  });

  it('drop the closed-up spelling of a hyphenated word when the documents only have its parts', () => {
    const polish = docentOf('# P\n\nThe Polish and Lithuanian nobles formed a commonwealth.').search.index;
    expect(parseQuery('Polish-Lithuanian Commonwealth', polish).terms.map((term) => term.term)).toEqual(['polish', 'lithuanian', 'commonwealth']);
    const anti = docentOf('# A\n\nThe antinarcotics unit met.').search.index;
    expect(parseQuery('anti-narcotics', anti).terms.map((term) => term.term)).toContain('antinarcot');
  });
});
