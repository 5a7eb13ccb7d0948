import { describe, expect, it } from 'vitest';
import { SentenceSearch } from '../../../src/search/index/sentenceSearch.ts';
import { collectTerms } from '../../../src/search/index/termRows.ts';
import { runAtOnce } from '../../../src/steps.ts';

const terms = collectTerms([['cartel', 'border'], ['drone', 'border', 'border'], ['cartel', 'tunnel'], []], [['security'], ['tunnel']]);
const sectionOf = [0, 0, 1, 1];
const build = (): SentenceSearch => runAtOnce(SentenceSearch.assemble(terms, sectionOf));
const exact = { limit: 10 };
const searched = (...words: string[]) => words.map((term) => ({ term, boost: 1 }));

describe('SentenceSearch', () => {
  it('scores sentences by their terms and, at half weight, by their section title', () => {
    const hits = build().search(searched('tunnel'), exact);
    expect(hits.map((hit) => hit.id)).toEqual([2, 3]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('scores only the sentences admitted, each as a full query would', () => {
    const all = build().search(searched('border', 'cartel'), exact);
    const admitted = build().search(searched('border', 'cartel'), { ...exact, admit: (id) => id !== 0 });
    expect(admitted).toEqual(all.filter((hit) => hit.id !== 0));
  });

  it('answers alike, to every score, with the whole index loaded at once or between turns of the event loop', async () => {
    const narrowed = build();
    const whole = build();
    whole.loadWhole();
    const inTurns = build();
    await inTurns.loadWholeInTurns();
    for (const words of [['border'], ['border', 'cartel', 'tunnel'], ['security', 'drone', 'nowhere'], ['border', 'border']]) {
      const expected = narrowed.search(searched(...words), exact);
      expect(whole.search(searched(...words), exact)).toEqual(expected);
      expect(inTurns.search(searched(...words), { ...exact, admit: () => true })).toEqual(expected);
    }
  });
});
