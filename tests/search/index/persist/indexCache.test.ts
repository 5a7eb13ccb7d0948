import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../../../src/engine/docent.ts';
import { ANALYZER_VERSION } from '../../../../src/search/analyzer/analyzer.ts';
import { LiveDocent } from '../../../../src/engine/liveDocent.ts';
import { bytesOfFile } from '../../../../src/search/index/persist/indexBytes.ts';
import { decodeIndex, INDEX_FORMAT_VERSION, readHeader, type Header } from '../../../../src/search/index/persist/indexFile.ts';
import { SEED_FILE, SEED_TEXT } from '../../../helpers/seed.ts';
import { knowledgeFolder } from '../../../helpers/knowledgeFolder.ts';

const QUESTIONS = [
  'Who leads the faction pushing for unilateral military action?',
  'What did Mexican authorities seize in Sinaloa?',
  'JSOC',
  'Who is the mayor of New York?',
  'sovreignty is not negociable',
  'What did the EU say about the DEA?',
];

/** Everything a member could see from an engine, for comparing two engines. */
function observe(docent: Docent): unknown {
  return {
    asks: QUESTIONS.map((question) => docent.ask(question)),
    quotes: QUESTIONS.map((text) => docent.quote(text, { limit: 5 })),
    passages: QUESTIONS.map((text) => docent.findPassages(text)),
    summaries: [docent.summarize(), docent.summarize({ section: '2', length: 'long' })],
  };
}

describe('the persisted index', () => {
  it('is written on the first start and read on the next, with exactly the answers of a fresh build', async () => {
    const notes = 'Sponsored by the harbour office.\n\n# Notes\n\nThe Joint Special Operations Command met in [Sinaloa](https://maps.example/sinaloa).\n\n⚠️ Warning: the minutes are a draft.';
    const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT, 'notes.md': notes });
    const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
    const first = await Docent.load(dir, { cacheDir });
    expect(first.index).toMatchObject({ source: 'built', reason: 'missing' });
    const second = await Docent.load(dir, { cacheDir });
    expect(second.index).toMatchObject({ source: 'cache' });
    const fresh = await Docent.load(dir);
    expect(second.docent.documents).toEqual(fresh.docent.documents);
    const read = second.docent.documents.find((document) => document.source === 'notes.md');
    expect(read?.linked).toEqual(['maps', 'example', 'sinaloa']);
    // Text above the title heading is still known as such, so that "what is Notes?" is not answered by it.
    expect(read?.sections.map((section) => section.preamble)).toEqual([true, undefined]);
    expect(observe(second.docent)).toEqual(observe(fresh.docent));
    expect(observe(second.docent)).toEqual(observe(first.docent));
  });

  const changes: [string, string, string, string, string][] = [
    ['a file changes, and answers from the new text', 'a.md', '# Ports\n\nThe harbour of Manzanillo handles most of the cargo.', 'Which harbour handles most of the cargo?', 'Manzanillo'],
    ['only a document’s aliases file changes, and answers with the new aliases', 'a.aliases', 'Veracruz = Port of Spices\n', 'What does the Port of Spices handle?', 'Veracruz'],
  ];
  for (const [change, file, text, question, answerHolds] of changes) {
    it(`is rebuilt when ${change}`, async () => {
      const dir = await knowledgeFolder({ 'a.md': '# Ports\n\nThe harbour of Veracruz handles most of the cargo.' });
      const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
      await Docent.load(dir, { cacheDir });
      await writeFile(join(dir, file), text);
      const changed = await Docent.load(dir, { cacheDir });
      expect(changed.index).toMatchObject({ source: 'built', reason: 'stale' });
      const answer = changed.docent.ask(question);
      expect(answer.kind === 'answer' && answer.answer.text).toContain(answerHolds);
      expect((await Docent.load(dir, { cacheDir })).index).toMatchObject({ source: 'cache' });
    });
  }

  it('takes a document from the cache only for the very bytes it was parsed from: a file no longer UTF-8 is skipped', async () => {
    const dir = await knowledgeFolder({ 'a.md': '# Ports\n\nThe harbour of Veracruz handles most of the cargo.', 'b.md': '# Notes\n\nThe harbour café opened.' });
    const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
    await Docent.load(dir, { cacheDir });
    const text = await readFile(join(dir, 'b.md'));
    // Cut in the middle of é's two bytes.
    await writeFile(join(dir, 'b.md'), text.subarray(0, text.length - 9));
    const changed = await Docent.load(dir, { cacheDir });
    expect(changed.skipped).toEqual([expect.objectContaining({ file: 'b.md', reason: 'not-utf8' })]);
    expect(changed.docent.documents.map((document) => document.source)).toEqual(['a.md']);
  });

  const damages: [string, (bytes: Buffer) => Buffer, 'stale' | 'corrupt'][] = [
    ['truncated', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)), 'corrupt'],
    ['garbage', () => Buffer.from('not an index at all\n\u0000\u0001'), 'corrupt'],
    ['a flipped byte in its main part', (bytes) => Buffer.from(bytes.map((byte, i) => (i === bytes.indexOf(0x0a) + 40 ? byte ^ 0xff : byte))), 'corrupt'],
    ['empty', () => Buffer.alloc(0), 'corrupt'],
    ['of another format version', (bytes) => Buffer.from(bytes.toString('latin1').replace(`"version":${INDEX_FORMAT_VERSION}`, '"version":999'), 'latin1'), 'stale'],
    ['made by another analyzer', (bytes) => Buffer.from(bytes.toString('latin1').replace(`"analyzer":${ANALYZER_VERSION}`, '"analyzer":999'), 'latin1'), 'stale'],
  ];
  for (const [damage, spoil, reason] of damages) {
    it(`is rebuilt, never trusted, when the cached file is ${damage}; the answer is still right`, async () => {
      const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT });
      const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
      await Docent.load(dir, { cacheDir });
      const [name] = await readdir(cacheDir);
      const file = join(cacheDir, name!);
      await writeFile(file, spoil(await readFile(file)));
      const loaded = await Docent.load(dir, { cacheDir });
      expect(loaded.index).toMatchObject({ source: 'built', reason });
      const answer = loaded.docent.ask('Who is Sebastian Gorka?');
      expect(answer.kind === 'answer' && answer.answer.text).toContain('senior director for counterterrorism');
      expect((await Docent.load(dir, { cacheDir })).index).toMatchObject({ source: 'cache' });
    });
  }

  // Where each part read when first used starts, from the file's header.
  const laterParts = { postings: (header: Header, start: number) => start + header.bytes, phrase: (header: Header, start: number) => start + header.bytes + header.postingsBytes };
  for (const [part, at] of Object.entries(laterParts)) {
    it(`is read, and answers and quotes as a fresh build does, when only its ${part} part is damaged: that part is built from the sentences`, async () => {
      const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT });
      const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
      await Docent.load(dir, { cacheDir });
      const [name] = await readdir(cacheDir);
      const file = join(cacheDir, name!);
      const { header, start } = readHeader(bytesOfFile(file));
      const bytes = await readFile(file);
      await writeFile(file, Buffer.from(bytes.map((byte, i) => (i === at(header, start) + 3 ? byte ^ 0xff : byte))));
      const loaded = await Docent.load(dir, { cacheDir });
      expect(loaded.index).toMatchObject({ source: 'cache' });
      const fresh = (await Docent.load(dir)).docent;
      expect(observe(loaded.docent)).toEqual(observe(fresh));
      // The whole index loaded, as a bot's warm-up loads it.
      loaded.docent.warmUp();
      fresh.warmUp();
      expect(observe(loaded.docent)).toEqual(observe(fresh));
    });
  }

  it('after a hot reload holds the reloaded documents too, so that the next start reads them rather than parsing', async () => {
    const dir = await knowledgeFolder({ 'a.md': '# Ports\n\nThe harbour of Veracruz handles most of the cargo.', 'b.md': '# Rails\n\nTrains reach the port.' });
    const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
    const { live } = await LiveDocent.load(dir, { cacheDir });
    await writeFile(join(dir, 'a.md'), '# Ports\n\nThe harbour of Manzanillo handles most of the cargo.');
    expect(await live.reload()).toMatchObject({ kind: 'reloaded', changed: ['a.md'] });
    const [name] = await readdir(cacheDir);
    const file = bytesOfFile(join(cacheDir, name!));
    const { header, start } = readHeader(file);
    const stored = decodeIndex(file, header, start);
    expect(stored.documents.map((document) => document.source)).toEqual(['a.md', 'b.md']);
    const restarted = await Docent.load(dir, { cacheDir });
    expect(restarted.index).toMatchObject({ source: 'cache' });
    expect(restarted.docent.documents).toEqual((await Docent.load(dir)).docent.documents);
  });

  it('after a hot reload that kept a broken file’s previous version, never restores that version at the next start', async () => {
    const dir = await knowledgeFolder({ 'a.md': '# Ports\n\nThe harbour of Veracruz handles most of the cargo.', 'b.md': '# Rails\n\nTrains reach the port.' });
    const cacheDir = await mkdtemp(join(tmpdir(), 'docent-cache-'));
    const { live } = await LiveDocent.load(dir, { cacheDir });
    await writeFile(join(dir, 'a.md'), '# Ports\n');
    await writeFile(join(dir, 'b.md'), '# Rails\n\nTrains reach the harbour.');
    expect(await live.reload()).toMatchObject({ kind: 'reloaded', kept: [{ file: 'a.md', reason: 'no-text' }] });
    const restarted = await Docent.load(dir, { cacheDir });
    expect(restarted.skipped).toEqual([expect.objectContaining({ file: 'a.md', reason: 'no-text' })]);
    expect(restarted.docent.documents.map((document) => document.source)).toEqual(['b.md']);
  });

  it('still answers when the cache folder cannot be written, and says why', async () => {
    const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT });
    const notAFolder = join(await mkdtemp(join(tmpdir(), 'docent-cache-')), 'a-file');
    await writeFile(notAFolder, '');
    const loaded = await Docent.load(dir, { cacheDir: join(notAFolder, 'cache') });
    expect(loaded.docent.ask('Who is Sebastian Gorka?').kind).toBe('answer');
    expect(loaded.index).toMatchObject({ source: 'built', writeError: expect.any(String) });
  });
});
