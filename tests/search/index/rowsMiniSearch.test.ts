import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/knowledge/parse.ts';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { RowsMiniSearch } from '../../../src/search/index/rowsMiniSearch.ts';
import { collectTerms } from '../../../src/search/index/termRows.ts';
import { runAtOnce } from '../../../src/steps.ts';
import { seedDocument } from '../../helpers/seed.ts';

const options = { fields: ['text', 'title'], tokenize: (text: string) => (text === '' ? [] : text.split(' ')), processTerm: (term: string) => term };

/** The index assembled at once. */
const fromRows = (...args: Parameters<typeof RowsMiniSearch.fromRows>): RowsMiniSearch<unknown> => runAtOnce(RowsMiniSearch.fromRows(...args));

describe('RowsMiniSearch', () => {
  it('is the index MiniSearch’s addAll builds from the same sentences, to the order of its tree of terms and every score', () => {
    const documents = [
      seedDocument(),
      parseDocument({ name: 'b.md', text: '# Ports and Harbours\n\nCargo, cargo and more cargo.\n\n## Quiet\n\nThe end. Of the.' }),
    ];
    const analyzer = new Analyzer();
    const sentences: { text: string[]; title: string[] }[] = [];
    const titles: string[][] = [];
    const sectionOf: number[] = [];
    for (const document of documents) {
      for (const section of document.sections) {
        titles.push(analyzer.terms(section.title));
        for (const paragraph of section.paragraphs) {
          for (const sentence of paragraph.sentences) {
            sentences.push({ text: analyzer.terms(sentence.text), title: titles.at(-1)! });
            sectionOf.push(titles.length - 1);
          }
        }
      }
    }
    const added = new MiniSearch(options);
    added.addAll(sentences.map(({ text, title }, id) => ({ id, text: text.join(' '), title: title.join(' ') })));
    const terms = collectTerms(sentences.map((sentence) => sentence.text), titles);
    const assembled = fromRows(options, terms, sectionOf);
    const fromTree = fromRows(options, terms, sectionOf, assembled.packedTree());
    for (const index of [assembled, fromTree]) {
      // Searched first, while what it reads is still computed from the rows, then walked whole by JSON.
      for (const query of ['cargo', 'mexico border', 'cartl sovereignty', 'harb']) {
        const searchOptions = { fuzzy: 0.2, prefix: true, boost: { title: 0.5 } };
        expect(index.search(query, searchOptions)).toEqual(added.search(query, searchOptions));
      }
      expect(JSON.stringify(index)).toBe(JSON.stringify(added));
    }
  });

  it('refuses a packed tree of other terms', () => {
    const terms = collectTerms([['harbour', 'cargo'], ['harbour']], [['port']]);
    const tree = fromRows(options, terms, [0, 0]).packedTree();
    const renamed = { ...terms, terms: ['harbour', 'cargo', 'pier'] };
    expect(() => fromRows(options, renamed, [0, 0], tree)).toThrow(RangeError);
    expect(() => fromRows(options, terms, [0, 0], { ...tree, leaves: tree.leaves.slice(1) })).toThrow(RangeError);
  });
});
