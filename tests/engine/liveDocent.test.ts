import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../src/engine/docent.ts';
import { LiveDocent, type ReloadOutcome } from '../../src/engine/liveDocent.ts';
import { knowledgeFolder } from '../helpers/knowledgeFolder.ts';

const NOT_UTF8 = Uint8Array.from([0x48, 0x65, 0xff, 0xfe, 0x2e]);
/** The best verbatim sentence for a phrase, as the engine in service quotes it. */
const quoted = (live: LiveDocent, text: string) => live.current.quote(text).matches[0]?.text;

describe('LiveDocent', () => {
  it('swaps the engine in whole once the rebuild is done; work that read the old engine keeps it', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const { live } = await LiveDocent.load(dir);
    const inFlight = live.current;
    await writeFile(join(dir, 'birds.md'), 'The heron nests by the river.');
    const pending = live.reload();
    expect(live.current).toBe(inFlight);
    const outcome = await pending;
    expect(outcome.kind).toBe('reloaded');
    expect(live.current).not.toBe(inFlight);
    expect(quoted(live, 'heron nests')).toBe('The heron nests by the river.');
    expect(inFlight.quote('falcon nests').matches[0]?.text).toBe('The falcon nests on the cliff.');
  });

  it('writes each rebuilt index to the cache, so that the next start reads the new version', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
    const { live, index } = await LiveDocent.load(dir, { cacheDir });
    expect(index).toMatchObject({ source: 'built', reason: 'missing' });
    await writeFile(join(dir, 'birds.md'), 'The heron nests by the river.');
    expect(await live.reload()).toMatchObject({ kind: 'reloaded' });
    const restarted = await Docent.load(dir, { cacheDir });
    expect(restarted.index).toMatchObject({ source: 'cache' });
    expect(restarted.docent.quote('heron nests').matches[0]?.text).toBe('The heron nests by the river.');
  });

  it('keeps the previous version of a file that fails to parse, updates the others, and says which file', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.', 'fish.md': 'The trout swims upstream.' });
    const { live } = await LiveDocent.load(dir);
    await writeFile(join(dir, 'birds.md'), NOT_UTF8);
    await writeFile(join(dir, 'fish.md'), 'The salmon leaps the weir.');
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ kind: 'reloaded', kept: [{ file: 'birds.md', reason: 'not-utf8' }] });
    expect(quoted(live, 'falcon nests')).toBe('The falcon nests on the cliff.');
    expect(quoted(live, 'salmon leaps')).toBe('The salmon leaps the weir.');
  });

  it('leaves the engine in service when the folder yields no document', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const { live } = await LiveDocent.load(dir);
    const before = live.current;
    await rm(join(dir, 'birds.md'));
    const outcome = await live.reload();
    expect(outcome).toMatchObject({ kind: 'failed', reason: expect.stringContaining('No documents') });
    expect(live.current).toBe(before);
  });

  it('runs one rebuild at a time: calls during a rebuild share one more, run after it', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const { live } = await LiveDocent.load(dir);
    await writeFile(join(dir, 'birds.md'), 'The stork nests on the roof.');
    const first = live.reload();
    const second = live.reload();
    const third = live.reload();
    expect(second).not.toBe(first);
    expect(third).toBe(second);
    const [one, two] = await Promise.all([first, second]);
    if (one.kind !== 'reloaded' || two.kind !== 'reloaded') throw new Error('expected two reloads');
    expect(two.previous).toBe(one.docent);
    expect(quoted(live, 'stork nests')).toBe('The stork nests on the roof.');
  });

  it('watches the folder: a saved file is in service after the reload it triggers', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const { live } = await LiveDocent.load(dir);
    const outcomes: ReloadOutcome[] = [];
    const reloaded = new Promise<void>((resolve) => {
      const stop = live.watch(
        (outcome) => {
          outcomes.push(outcome);
          stop();
          resolve();
        },
        { debounceMs: 50 },
      );
    });
    await writeFile(join(dir, 'owls.md'), 'The owl hunts at night.');
    await reloaded;
    expect(outcomes).toMatchObject([{ kind: 'reloaded', added: ['owls.md'] }]);
    expect(quoted(live, 'owl hunts')).toBe('The owl hunts at night.');
  });
});
