import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/knowledge/parse.ts';
import { sentencesOf } from '../../../../src/knowledge/types.ts';
import { portableIndexOf } from '../../../../src/search/build/portableIndex.ts';
import { buildIndex } from '../../../../src/search/buildIndex.ts';
import { DocumentSnapshot } from '../../../../src/search/index/persist/documentSnapshot.ts';
import { IndexCache } from '../../../../src/search/index/persist/indexCache.ts';
import { decodePayload, encodeIndex, readHeader, type StoredIndex } from '../../../../src/search/index/persist/indexFile.ts';
import { IndexFileError } from '../../../../src/search/index/persist/indexFileError.ts';
import { indexKey } from '../../../../src/search/index/persist/indexKey.ts';
import { seedDocument } from '../../../helpers/seed.ts';

/** What the cache writes for one document. */
const stored = (text: string, name = 'a.md'): StoredIndex => {
  const snapshot = new DocumentSnapshot();
  snapshot.reuse(name, Buffer.from(text), 'a');
  const document = parseDocument({ name, text }, 'a');
  const index = buildIndex([document]);
  return { documents: snapshot.keep([document]), ...portableIndexOf(index) };
};

const decode = async (bytes: Buffer): Promise<{ key: string; stored: StoredIndex }> => {
  const { header, payload } = readHeader(bytes);
  return { key: header.key, stored: decodePayload(header, payload) };
};

const failure = async (run: () => Promise<unknown>): Promise<IndexFileError | undefined> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof IndexFileError) return error;
    throw error;
  }
  return undefined;
};

describe('index files', () => {
  it('read back exactly what was written, with the key it was written for', async () => {
    const written = stored('# Ports\n\nThe Joint Harbour Authority runs Veracruz. It handles cargo.');
    const { key, stored: read } = await decode(encodeIndex(written, 'k1'));
    expect(key).toBe('k1');
    const resolved = (stored: StoredIndex): unknown => ({ ...stored, initials: stored.initials() });
    expect(resolved(read)).toEqual(resolved(written));
    expect(read.initials()?.get('jha')).toEqual([['joint', 'harbour', 'author']]);
  });

  it('are refused when their parts do not fit together, even with a correct checksum', async () => {
    const parts = stored('Cats purr. Dogs bark. Cats bark.');
    const spoilt = (changed: Partial<StoredIndex>): Buffer => encodeIndex({ ...parts, ...changed }, 'k');
    const unknownTerm = spoilt({ terms: { ...parts.terms, terms: parts.terms.terms.slice(1) } });
    expect(await failure(() => decode(unknownTerm))).toMatchObject({ kind: 'corrupt', message: expect.stringMatching(/unknown/u) });
    const unknownWord = spoilt({ phrases: { ...parts.phrases, spellings: parts.phrases.spellings.slice(1) } });
    expect(await failure(() => decode(unknownWord))).toMatchObject({ kind: 'corrupt' });
    const shuffled = spoilt({ phrases: { ...parts.phrases, pairKeys: parts.phrases.pairKeys.slice().reverse() } });
    expect(await failure(() => decode(shuffled))).toMatchObject({ kind: 'corrupt', message: expect.stringMatching(/pairs/u) });
  });

  it('of other documents are rebuilt even when their key was forged to match', async () => {
    const documents = [seedDocument()];
    const cache = new IndexCache(await mkdtemp(join(tmpdir(), 'docent-cache-')));
    const forged = encodeIndex(stored('Cats purr. Dogs bark.', documents[0]!.source), indexKey(documents));
    const dir = await mkdtemp(join(tmpdir(), 'docent-knowledge-'));
    await mkdir(cache.dir, { recursive: true });
    await writeFile(cache.fileFor(dir), forged);
    const { index, origin } = await cache.loadIndex(dir, documents);
    expect(origin).toMatchObject({ source: 'built', reason: 'corrupt' });
    expect(index.entries.map((entry) => entry.sentence)).toEqual(sentencesOf(documents[0]!));
  });
});
