import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/knowledge/parse.ts';
import { Analyzer } from '../../../src/search/analyzer/analyzer.ts';
import { PlainIndex } from '../../../src/search/index/plainIndex.ts';
import { collectTerms } from '../../../src/search/index/termRows.ts';
import { runAtOnce } from '../../../src/steps.ts';
import { seedDocument } from '../../helpers/seed.ts';

const options = { fields: ['text', 'title'], tokenize: (text: string) => (text === '' ? [] : text.split(' ')), processTerm: (term: string) => term };

/** MiniSearch's serialised index with its terms in alphabetical order, whatever order they were added in. */
const sortedTerms = (index: MiniSearch): unknown => {
  const plain = index.toJSON();
  return { ...plain, index: [...plain.index].sort(([a], [b]) => (a < b ? -1 : 1)) };
};

describe('PlainIndex', () => {
  it('narrowed to a query’s terms, loads as an index that answers it as the one MiniSearch’s addAll builds, to every score', () => {
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
    const index = runAtOnce(PlainIndex.of(['text', 'title'], terms, sectionOf));
    const idOf = (term: string): number[] => (terms.terms.includes(term) ? [terms.terms.indexOf(term)] : []);
    const searchOptions = { boost: { title: 0.5 }, boostTerm: (term: string) => (term === 'cargo' ? 0.7 : 1) };
    const queries = ['cargo', 'mexico border mexico', 'cartel sovereignti harbour', 'quiet end', 'harb', ''];
    const narrowedSearch = (query: string) => MiniSearch.loadJS(runAtOnce(index.narrowedTo(new Set(query.split(' ').flatMap(idOf)))), options).search(query, searchOptions);
    // Before the whole index's postings are at hand (a one-shot question): its own terms' found by scanning the rows.
    for (const query of queries) expect(narrowedSearch(query)).toEqual(added.search(query, searchOptions));
    // The whole index, but for the order its terms were added in; then narrowed from its postings, the same answers.
    const whole = MiniSearch.loadJS(runAtOnce(index.whole()), options);
    expect(sortedTerms(whole)).toEqual(sortedTerms(added));
    for (const query of queries) expect(narrowedSearch(query)).toEqual(added.search(query, searchOptions));
  });
});
