import { describe, expect, it } from 'vitest';
import { questionContext } from '../../../src/search/rank/candidateFeatures.ts';
import { parseQuery } from '../../../src/search/rank/query.ts';
import { STRUCTURE_FEATURE_NAMES, structureFeatures } from '../../../src/search/rank/structureFeatures.ts';
import { docentOf, proseOf } from '../../helpers/seed.ts';

const MANUAL = [
  '# tidekit',
  '',
  'Tidekit predicts harbour tides from tables.',
  '',
  '## Loading',
  '',
  'Load a table of tides from a file:',
  '',
  '```js',
  "tidekit.load('tides.csv')",
  '```',
  '',
  '## FAQ',
  '',
  '<details><summary>Can I load tides from a URL?</summary>',
  '',
  'Not yet. Download the file first.',
  '',
  '</details>',
].join('\n');

/** The structure features of the sentence whose text starts with `start`, for the question. */
function featuresOf(markdown: string, question: string, start: string) {
  const { index } = docentOf(markdown).search;
  const query = parseQuery(question, index);
  const entry = index.entries.find((candidate) => candidate.sentence.text.startsWith(start));
  if (!entry) throw new Error(`no sentence starts with "${start}"`);
  return structureFeatures(index, questionContext(query, []), entry);
}

describe('structure features', () => {
  it('read an FAQ heading that asks the question as evidence for the answer under it, as much as it says of the question', () => {
    expect(featuresOf(MANUAL, 'can I load tides from a url?', 'Not yet').questionHeading).toBeCloseTo(1);
    expect(featuresOf(MANUAL, 'what do the tables hold?', 'Not yet').questionHeading).toBe(0);
    // A heading that does not ask is no FAQ entry.
    expect(featuresOf(MANUAL, 'how do I load tides?', 'Load a table').questionHeading).toBe(0);
  });

  it('mark code, and code where the member asks how to do something', () => {
    expect(featuresOf(MANUAL, 'how do I load a table of tides?', "tidekit.load")).toMatchObject({ code: 1, codeForHowTo: 1 });
    expect(featuresOf(MANUAL, 'what does load take?', "tidekit.load")).toMatchObject({ code: 1, codeForHowTo: 0 });
    expect(featuresOf(MANUAL, 'how do I load a table of tides?', 'Load a table')).toMatchObject({ code: 0, codeForHowTo: 0 });
  });

  it('read how much of the question a sentence\'s section says, in its heading and its sentences together', () => {
    const question = 'how do I load tides from a csv file?';
    const example = featuresOf(MANUAL, question, 'tidekit.load').sectionCoverage;
    // The code holds "csv", the sentence before it "file": each sentence of the section is credited with both.
    expect(featuresOf(MANUAL, question, 'Load a table').sectionCoverage).toBe(example);
    expect(example).toBeGreaterThan(featuresOf(MANUAL, question, 'Not yet').sectionCoverage);
    // A document of one section is one thing throughout: its section says nothing of where the answer is.
    expect(featuresOf('# Tides\n\nLoad a table of tides from a file.', question, 'Load a table').sectionCoverage).toBe(0);
    // Nor are the sections of prose a manual's: a plain-text file of several is read as it was.
    const { index } = proseOf('Tides\n=====\n\nThe harbour keeps tables of tides.\n\nLoading\n-------\n\nLoad a table of tides from a file.').search;
    const entry = index.entries.find((candidate) => candidate.sentence.text.startsWith('Load a table'))!;
    expect(entry.section.ref.section).toBeGreaterThan(1);
    expect(structureFeatures(index, questionContext(parseQuery(question, index), []), entry).sectionCoverage).toBe(0);
  });

  it('read no FAQ heading in a document of one section, whose heading is its title', () => {
    expect(featuresOf('# Can the harbour reopen?\n\nThe harbour reopened in 1998 after the storm.', 'can the harbour reopen?', 'The harbour').questionHeading).toBe(0);
  });

  it('find nothing to read in prose without code, such as a news article', () => {
    const { index } = proseOf('Harbour news\n\nCan the harbour reopen? The harbour reopened in 1998 after the storm.').search;
    const entry = index.entries.find((candidate) => candidate.sentence.text.startsWith('The harbour'))!;
    const features = structureFeatures(index, questionContext(parseQuery('how can the harbour reopen?', index), []), entry);
    expect(Object.values(features)).toEqual(STRUCTURE_FEATURE_NAMES.map(() => 0));
  });
});
