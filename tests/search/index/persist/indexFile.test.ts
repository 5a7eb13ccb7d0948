import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKey } from '../../../../src/knowledge/fileKey.ts';
import { parseDocument } from '../../../../src/knowledge/parse.ts';
import { sentencesOf } from '../../../../src/knowledge/types.ts';
import { portableIndexOf } from '../../../../src/search/build/portableIndex.ts';
import { buildIndex } from '../../../../src/search/buildIndex.ts';
import { DocumentSnapshot, type StoredDocument } from '../../../../src/search/index/persist/documentSnapshot.ts';
import { IndexCache } from '../../../../src/search/index/persist/indexCache.ts';
import { bytesInMemory, type IndexBytes } from '../../../../src/search/index/persist/indexBytes.ts';
import { decodeIndex, encodeIndex, readHeader, type IndexToWrite, type StoredIndex } from '../../../../src/search/index/persist/indexFile.ts';
import { IndexFileError } from '../../../../src/search/index/persist/indexFileError.ts';
import { indexKey } from '../../../../src/search/index/persist/indexKey.ts';
import { seedDocument } from '../../../helpers/seed.ts';

/** What the cache writes for one document. */
const stored = (text: string, name = 'a.md'): IndexToWrite => {
  const snapshot = new DocumentSnapshot();
  snapshot.reuse(fileKey(name, Buffer.from(text), 'a'), 'a');
  const document = parseDocument({ name, text }, 'a');
  const index = buildIndex([document]);
  return { documents: snapshot.keep([document]), ...portableIndexOf(index) };
};

const decodeFrom = (file: IndexBytes): { key: string; stored: StoredIndex } => {
  const { header, start } = readHeader(file);
  return { key: header.key, stored: decodeIndex(file, header, start) };
};

const decode = (bytes: Buffer): { key: string; stored: StoredIndex } => decodeFrom(bytesInMemory(bytes));

const failure = (run: () => unknown): IndexFileError | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof IndexFileError) return error;
    throw error;
  }
  return undefined;
};

describe('index files', () => {
  it('read back exactly what was written, with the key it was written for', async () => {
    const written = stored('# Ports\n\nThe Joint Harbour Authority runs Veracruz. It handles cargo.\n\nThe café serves crème brûlée.\n\n“Cargo” — said the 🚢 captain.\n\nPlain again.');
    const { key, stored: read } = decode(encodeIndex(written, 'k1'));
    expect(key).toBe('k1');
    // Spans read back are views of the file's bytes: compared as the numbers they hold.
    const plainSpans = (document: StoredDocument): unknown => ({
      ...document,
      sections: document.sections.map((section) => ({ ...section, paragraphs: section.paragraphs.map((paragraph) => ({ ...paragraph, spans: Array.from(paragraph.spans) })) })),
    });
    const resolved = (stored: StoredIndex): unknown => ({
      ...stored,
      documents: stored.documents.map(plainSpans),
      postings: stored.postings(),
      phrases: stored.phrases(),
      initials: stored.initials(),
    });
    expect(resolved(read)).toEqual(resolved(written));
    expect(read.initials()?.get('jha')).toEqual([['joint', 'harbour', 'author']]);
    // Text of one byte a character, of two, and of surrogate pairs, in one document, each paragraph as written.
    expect(read.documents[0]!.sections[0]!.paragraphs.map((paragraph) => paragraph.text).slice(1)).toEqual(['The café serves crème brûlée.', '“Cargo” — said the 🚢 captain.', 'Plain again.']);
  });

  it('are refused when their parts do not fit together, even with a correct checksum: the main part at once, the postings and phrase parts when first used', () => {
    const parts = stored('Cats purr. Dogs bark. Cats bark.');
    const spoilt = (changed: Partial<IndexToWrite>): Buffer => encodeIndex({ ...parts, ...changed }, 'k');
    const ids = parts.terms.sentences.ids.slice();
    ids[0] = parts.terms.terms.length;
    const unknownTerm = spoilt({ terms: { ...parts.terms, sentences: { ...parts.terms.sentences, ids } } });
    expect(failure(() => decode(unknownTerm))).toMatchObject({ kind: 'corrupt', message: expect.stringMatching(/unknown/u) });
    const [text, title] = parts.postings();
    const unordered = decode(spoilt({ postings: () => [{ ...text, sentences: text.sentences.slice().reverse() }, title] })).stored;
    expect(unordered.terms).toEqual(parts.terms);
    expect(unordered.postings()).toBeUndefined();
    const phrases = parts.phrases();
    const unknownWord = decode(spoilt({ phrases: () => ({ ...phrases, spellings: phrases.spellings.slice(1) }) })).stored;
    expect(unknownWord.terms).toEqual(parts.terms);
    expect(unknownWord.phrases()).toBeUndefined();
    expect(decode(spoilt({ phrases: () => ({ ...phrases, pairKeys: phrases.pairKeys.slice().reverse() }) })).stored.phrases()).toBeUndefined();
  });

  it('read their postings and phrase parts, most of a large index, only when first used, and give none when damaged', () => {
    const bytes = encodeIndex(stored('Cats purr. Dogs bark. Cats bark.'), 'k');
    const reads: number[] = [];
    const counted = (file: IndexBytes): IndexBytes => ({ size: file.size, read: (position, length) => (reads.push(position), file.read(position, length)) });
    const { stored: read } = decodeFrom(counted(bytesInMemory(bytes)));
    const { header, start } = readHeader(bytesInMemory(bytes));
    expect(reads.every((position) => position < start + header.bytes)).toBe(true);
    expect(read.postings()?.[0].counts.length).toBeGreaterThan(0);
    expect(read.phrases()?.spellings).toContain('purr');
    expect(read.phrases()?.spellings).toContain('purr');
    expect(read.postings()).toBeDefined();
    expect(reads.filter((position) => position >= start + header.bytes)).toHaveLength(2);
    const flip = (at: number): Buffer => Buffer.from(bytes.map((byte, i) => (i === at ? byte ^ 0xff : byte)));
    const damagedPhrases = decode(flip(bytes.length - 3)).stored;
    expect(damagedPhrases.documents).toEqual(read.documents);
    expect(damagedPhrases.phrases()).toBeUndefined();
    expect(damagedPhrases.postings()).toEqual(read.postings());
    const damagedPostings = decode(flip(start + header.bytes + 3)).stored;
    expect(damagedPostings.postings()).toBeUndefined();
    expect(damagedPostings.phrases()).toEqual(read.phrases());
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
