import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { questionMix } from '../../src/bench/questions.ts';
import { sections } from '../../src/engine/sections.ts';
import { sentencesOf } from '../../src/knowledge/types.ts';
import { seedDocument } from '../helpers/seed.ts';
import { needingSharedData, SHARED_DATA_PRESENT } from '../helpers/sharedData.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(!SHARED_DATA_PRESENT)(needingSharedData('questionMix'), () => {
  const documents = [seedDocument()];
  const mix = () => questionMix(ROOT, documents, sections(documents), 7);

  it('is the same for the same seed and corpus', async () => {
    expect(await mix()).toEqual(await mix());
  });

  it('warms up every kind of call on inputs it does not measure, with questions the corpus answers', async () => {
    const { warmUp, ...measured } = await mix();
    for (const kind of ['asks', 'quotes', 'typed', 'summaries'] as const) expect(warmUp[kind].length).toBeGreaterThan(0);
    expect(warmUp.asks.filter((question) => measured.asks.includes(question))).toEqual([]);
    const own = new Set(sentencesOf(documents[0]!).map((sentence) => sentence.text));
    expect(warmUp.asks.some((question) => own.has(question))).toBe(true);
  });
});
