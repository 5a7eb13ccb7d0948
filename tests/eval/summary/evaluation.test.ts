import { describe, expect, it } from 'vitest';
import { readCnnDm, referenceSentences } from '../../../src/eval/summary/cnndm.ts';
import { SHARED_DATA } from '../../../src/eval/sharedData.ts';
import { evaluateSummaries } from '../../../src/eval/summary/run.ts';
import { crossValidateSummaries } from '../../../src/eval/summary/crossValidate.ts';
import { prepareArticles } from '../../../src/eval/summary/learn.ts';
import { articleFolds, FOLD_COUNT } from '../../../src/eval/fit/folds.ts';
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
    const picked = textRank(docent.search.index.entries, 2);
    expect(picked).toHaveLength(2);
    expect(picked.map((entry) => entry.id)).toEqual([...picked.map((entry) => entry.id)].sort((a, b) => a - b));
  });

  // Pins the held-out figure, not the in-sample one: each fold summarised with the constants learned on the other folds.
  // Issue #18 asks for Lead-3 + 0.5 on each measure; held out it is +0.79 / +1.04 / +0.88.
  it.skipIf(!SHARED_DATA_PRESENT)(
    needingSharedData('on CNN/DailyMail part A, held out by fold, docent beats Lead-3 by half a point in ROUGE-1, ROUGE-2 and ROUGE-Lsum, and TextRank'),
    async () => {
      const articles = await readCnnDm(SHARED_DATA.cnndm);
      const folds = articleFolds([articles.map((article) => article.id)]);
      const heldOut = crossValidateSummaries(prepareArticles(articles, 3), (id) => folds.get(id) ?? 0, FOLD_COUNT, 3);
      const { n, averages } = evaluateSummaries(articles, 3);
      expect(n).toBe(119);
      for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
        expect(heldOut.docent[key]).toBeGreaterThanOrEqual(heldOut.lead3[key] + 0.5);
        expect(heldOut.docent[key]).toBeGreaterThan(averages.textrank[key]);
      }
    },
    120_000,
  );
});
