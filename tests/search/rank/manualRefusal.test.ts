import { describe, expect, it } from 'vitest';
import { Docent } from '../../../src/engine/docent.ts';
import { parseDocument } from '../../../src/knowledge/parse.ts';
import { isManual, manualRefusalFeatures, MANUAL_REFUSAL_FEATURE_NAMES } from '../../../src/search/rank/manualRefusal.ts';
import { refusalFeatures } from '../../../src/search/rank/refusalFeatures.ts';

const CACHEKIT = [
  '# cachekit',
  '',
  'Cachekit keeps the most recently used values in memory.',
  '',
  '## Upgrading',
  '',
  'Named export only, no default export.',
  '',
  'Import it as `import { Cache } from "cachekit"`.',
  '',
  '## Size',
  '',
  'Set the max option to cap how many entries the cache keeps.',
].join('\n');

const docentFor = (name: string): Docent => new Docent([parseDocument({ name, text: CACHEKIT })]);

describe('the manual refusal model', () => {
  it('judges a Markdown document as a manual, and plain text as prose', () => {
    for (const [name, manual] of [['cachekit.md', true], ['cachekit.markdown', true], ['cachekit.txt', false]] as const) {
      const { search } = docentFor(name);
      expect(isManual(search.rankQuestion('is there a default export?').windows[0])).toBe(manual);
    }
  });

  it('reads how much of the clause that asks the best window meets, apart from the problem told before it', () => {
    const { search } = docentFor('cachekit.md');
    const { query, windows } = search.rankQuestion('upgraded cachekit and my old import line stopped working, is there no default export anymore?');
    const features = manualRefusalFeatures(query, windows, refusalFeatures(search.index, query, windows));
    expect(Object.keys(features)).toEqual([...MANUAL_REFUSAL_FEATURE_NAMES]);
    expect(features.askingCoverage).toBeGreaterThan(features.unionCoverage!);
    expect(features.askingShare).toBeLessThan(1);
  });

  it('answers a member who tells the problem before asking, and refuses, for weak evidence, a question about a feature the manual does not describe', () => {
    const docent = docentFor('cachekit.md');
    const answer = docent.ask('upgraded cachekit and my old import line stopped working, is there no default export anymore?');
    expect(answer.kind === 'answer' && answer.answer.text).toBe('Named export only, no default export.');
    expect(docent.ask('can cachekit persist entries to disk between restarts?')).toMatchObject({ kind: 'refusal', reason: 'weak-evidence' });
  });

  it('names, in a refusal for weak evidence, what the question asks and the passage lacks, not the problem or the remark around it, nor what its titles say', () => {
    const docent = docentFor('cachekit.md');
    const refusal = docent.ask('my app restarts a lot, can cachekit persist entries to disk? we deploy hourly');
    expect(refusal).toMatchObject({ kind: 'refusal', reason: 'weak-evidence' });
    // Nor the manual's own name, which its title says.
    expect(refusal.kind === 'refusal' && refusal.missing).toEqual(['persist', 'disk']);
    // A clause that asks only in words that frame it ("can it happen?") leaves the rest of the question to name.
    const framed = docent.ask('my redis cluster evicts entries under load, can it happen?');
    expect(framed.kind === 'refusal' && framed.missing.length).toBeGreaterThan(0);
  });
});
