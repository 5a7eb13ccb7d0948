import { describe, expect, it } from 'vitest';
import { readCnnDm, referenceSentences } from '../../../src/eval/summary/cnndm.ts';
import { SHARED_DATA } from '../../../src/eval/sharedData.ts';
import { evaluateSummaries } from '../../../src/eval/summary/run.ts';
import { textRank } from '../../../src/eval/summary/textRank.ts';
import { docentOf } from '../../helpers/seed.ts';
import { needingSharedData, SHARED_DATA_PRESENT } from '../../helpers/sharedData.ts';

describe('summary evaluation', () => {
  it('splits tokenised highlights into sentences', () => {
    expect(referenceSentences('Gary Locke will be confirmed . The club went unbeaten in 2,100 games .')).toEqual([
      'Gary Locke will be confirmed .',
      'The club went unbeaten in 2,100 games .',
    ]);
  });

  it('plain TextRank returns the asked number of sentences in document order', () => {
    const docent = docentOf('Cats purr softly at night. Dogs bark at cats. Cats and dogs share homes. Fish swim.');
    const picked = textRank(docent.index.entries, 2);
    expect(picked).toHaveLength(2);
    expect(picked.map((entry) => entry.id)).toEqual([...picked.map((entry) => entry.id)].sort((a, b) => a - b));
  });

  // Pins the minimum: on CNN/DailyMail part A, 3-sentence summaries at least as good as Lead-3 on every measure.
  it.skipIf(!SHARED_DATA_PRESENT)(needingSharedData('docent beats Lead-3 and TextRank on CNN/DailyMail part A in ROUGE-1, ROUGE-2 and ROUGE-Lsum'), async () => {
    const { n, averages } = evaluateSummaries(await readCnnDm(SHARED_DATA.cnndm), 3);
    expect(n).toBe(119);
    for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
      expect(averages.docent[key]).toBeGreaterThanOrEqual(averages.lead3[key]);
      expect(averages.docent[key]).toBeGreaterThan(averages.textrank[key]);
    }
  });
});
