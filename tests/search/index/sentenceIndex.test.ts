import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/knowledge/parse.ts';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { SentenceIndex } from '../../../src/search/index/sentenceIndex.ts';

const documents = [
  parseDocument({ name: 'ports.md', text: '# Ports\n\n## Harbours\n\nThe harbour handles cargo. Cargo ships dock daily.\n\nThe port authority met.\n\n## Rivers\n\nBarges carry grain.' }),
  parseDocument({ name: 'birds.md', text: '# Birds\n\nThe falcon nests on the cliff. Falcons hunt at dawn.' }),
];
const analyzer = new Analyzer();
const index = SentenceIndex.build(documents, analyzer);

describe('SentenceIndex', () => {
  it('gives each sentence the terms and tokens the analyzer gives its text', () => {
    for (const entry of index.entries) {
      const tokens = analyzer.tokens(entry.sentence.text);
      expect(entry.tokens).toEqual(tokens);
      expect(entry.tokenCount).toBe(tokens.length);
      expect([...entry.terms]).toEqual([...new Set(tokens.map((token) => token.term))]);
      expect([...entry.titleTerms]).toEqual(analyzer.terms(entry.section.title));
    }
  });

  it('gives a sentence its whole paragraph’s terms, and counts each term’s sentences', () => {
    const [first, second] = index.entries;
    expect(second!.paragraphTerms).toEqual(new Set([...first!.terms, ...second!.terms]));
    expect(index.stats.frequency('cargo')).toBe(2);
    expect(index.stats.frequency('harbour')).toBe(1);
    expect(index.vocabularies.terms.get('cargo')).toBe(2);
  });

  it('knows where each document and section starts and ends', () => {
    const [ports, birds] = documents;
    expect(index.sentencesOf('birds')).toEqual({ first: 4, end: 6 });
    expect(index.entriesOf(ports!, ports!.sections[1]).map((entry) => entry.sentence.text)).toEqual(['Barges carry grain.']);
    expect(index.entriesOf(birds!).map((entry) => entry.id)).toEqual([4, 5]);
  });

  it('finds candidates across documents or within one', () => {
    expect(index.candidates('falcon cargo').map((candidate) => candidate.entry.id)).toEqual(expect.arrayContaining([0, 1, 4, 5]));
    expect(index.candidates('falcon cargo', { documentId: 'birds' }).map((candidate) => candidate.entry.document.id)).toEqual(['birds', 'birds']);
  });

  it('refuses parts made for other documents', () => {
    expect(() => SentenceIndex.of(documents.slice(1), analyzer, index.parts)).toThrow(RangeError);
  });

  it('finds names by their initials in the documents when stored ones are unreadable', () => {
    const named = [parseDocument({ name: 'a.md', text: 'The Joint Harbour Authority met.' })];
    const stored = SentenceIndex.of(named, analyzer, { ...SentenceIndex.build(named, analyzer).parts, initials: () => undefined });
    expect(stored.namesWithInitials('jha')).toEqual([['joint', 'harbour', 'author']]);
  });

  it('reads a sentence the same after a new request begins, from its row rather than the previous request’s memo', () => {
    const [entry] = index.entries;
    const [tokens, terms] = [entry!.tokens, entry!.terms];
    expect(entry!.tokens).toBe(tokens);
    index.beginRequest();
    expect(entry!.tokens).not.toBe(tokens);
    expect(entry!.tokens).toEqual(tokens);
    expect(entry!.terms).toEqual(terms);
  });
});
