import { describe, expect, it } from 'vitest';
import { leanedOnOf } from '../../../src/search/rank/context.ts';
import { docentOf } from '../../helpers/seed.ts';

const WORDKIT = [
  '# wordkit',
  '',
  '## Sorting',
  '',
  'Results come back in the order they were added. To change what comes first, pass a function:',
  '',
  '```js',
  'const kit = wordkit({ first: (a, b) => b.score - a.score })',
  '```',
  '',
  '## Filtering',
  '',
  'Stop words stay in the index unless told otherwise. To change what is kept, pass a function:',
  '',
  '```js',
  'const kit = wordkit({ keep: (w) => !common.has(w) })',
  '```',
  '',
  '## History',
  '',
  'Wordkit began as a spelling checker. It was later rewritten.',
].join('\n');

const search = docentOf(WORDKIT).search;
const index = search.index;
const entryOf = (start: string) => index.entries.find((entry) => entry.sentence.text.startsWith(start))!;

describe('what a sentence leans on', () => {
  it('is, for a run of code, its lead-in, lending the words of the whole paragraph that introduces the code', () => {
    const leaned = leanedOnOf(index, entryOf('const kit = wordkit({ keep'), false);
    expect(leaned?.entry.sentence.text).toBe('To change what is kept, pass a function:');
    expect([...(leaned?.terms ?? [])]).toEqual(expect.arrayContaining([...index.analyzer.terms('stop words index')]));
  });

  it('is, for an anaphoric sentence, the sentence before it, lending only its own words', () => {
    const leaned = leanedOnOf(index, entryOf('It was later'), true);
    expect(leaned?.entry.sentence.text).toBe('Wordkit began as a spelling checker.');
    expect(leaned?.terms).toBe(leaned?.entry.terms);
    expect(leanedOnOf(index, entryOf('Wordkit began'), false)).toBeUndefined();
  });

  it('lets a question about what the paragraph says find the code it introduces, above a passage that only names the library', () => {
    const { windows } = search.rankQuestion('how do I remove stop words from the index with wordkit?');
    const place = (start: string) => windows.findIndex((window) => window.entries[0]!.sentence.text.startsWith(start));
    expect(place('const kit = wordkit({ keep')).toBeGreaterThanOrEqual(0);
    expect(place('const kit = wordkit({ keep')).toBeLessThan(place('Wordkit began'));
    expect(place('const kit = wordkit({ keep')).toBeLessThan(place('const kit = wordkit({ first'));
  });
});
