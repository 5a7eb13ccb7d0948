import { describe, expect, it } from 'vitest';
import { pointsElsewhere } from '../../../src/search/rank/pointers.ts';
import { rankQuestion } from '../../../src/search/rank/rankQuestion.ts';
import { docentOf } from '../../helpers/seed.ts';

const manual = docentOf(
  '# Logger\n\nSee [logger options in API](/docs/api.md#redact) for the redact option details.\n\n' +
    'The censor setting of the redact option replaces each hidden value with your own text.\n\n' +
    'Refer to the changelog for the history of the logger.\n\n' +
    'For more information on levels, see the levels guide.\n\n' +
    'Seeds of the random generator are logged too.\n\n```js\nsee(logger)\n```\n',
);
const index = manual.search.index;
const pointing = (text: string): boolean => pointsElsewhere(index.entries.find((entry) => entry.sentence.text.startsWith(text))!);

describe('sentences that point elsewhere', () => {
  it('are the prose cross-references of a manual: "See…", "Refer to…", "For more information…, see…"', () => {
    expect(pointing('See logger options in API')).toBe(true);
    expect(pointing('Refer to the changelog')).toBe(true);
    expect(pointing('For more information on levels')).toBe(true);
  });

  it('are not a sentence that says something, nor a line of code', () => {
    expect(pointing('The censor setting')).toBe(false);
    expect(pointing('Seeds of the random generator')).toBe(false);
    expect(pointing('see(logger)')).toBe(false);
  });

  it('yield the first quote to the passage that says the answer, though they meet the question as well', () => {
    const { windows } = rankQuestion(index, 'what are the details of the logger redact option?');
    expect(windows[0]?.entries[0]?.sentence.text).toMatch(/^The censor setting/u);
    expect(windows.some((window) => window.anchor.entry.sentence.text.startsWith('See logger options'))).toBe(true);
  });

  it('are still quoted when nothing else meets the question', () => {
    const answer = manual.ask('where is the changelog history?');
    expect(answer).toMatchObject({ kind: 'answer', answer: { text: expect.stringContaining('Refer to the changelog') } });
  });
});
