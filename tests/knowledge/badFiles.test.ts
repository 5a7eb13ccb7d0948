import { chmod, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../src/engine/docent.ts';
import { KnowledgeError, loadKnowledge, type SkippedFile } from '../../src/knowledge/load.ts';
import type { SkipReason } from '../../src/knowledge/skipped.ts';
import { sentencesOf } from '../../src/knowledge/types.ts';
import { skippedLine } from '../../src/present/skipped.ts';
import { GOOD_FILE, knowledgeFolder, type FixtureContent } from '../helpers/knowledgeFolder.ts';

/** Loads a folder holding `files` and the good file; expects `file` skipped for `reason` and the good file loaded. */
async function expectSkipped(files: Record<string, FixtureContent>, file: string, reason: SkipReason, options = {}): Promise<SkippedFile> {
  const dir = await knowledgeFolder({ ...files, ...GOOD_FILE });
  const { documents, skipped } = await loadKnowledge(dir, options);
  expect(documents.map((document) => document.source)).toEqual(['good.txt']);
  const entry = skipped.find((item) => item.file === file);
  expect(entry?.reason).toBe(reason);
  expect(skippedLine(entry!)).toMatch(new RegExp(`^Skipped ${file.replace(/\./gu, '\\.')}: .+\\.$`, 'u'));
  return entry!;
}

describe('bad knowledge files: each is skipped with a line naming it, and the rest load', () => {
  it('an empty folder: no documents, a clear message', async () => {
    const error = await loadKnowledge(await knowledgeFolder()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toMatch(/^No documents in ".+": add \.md or \.txt files to it\.$/u);
  });

  it('an empty file, or one of only white space', async () => {
    expect((await expectSkipped({ 'empty.md': '' }, 'empty.md', 'empty')).detail).toBe('it is empty');
    expect((await expectSkipped({ 'blank.txt': ' \n\t\r\n' }, 'blank.txt', 'empty')).detail).toBe('it holds only white space');
  });

  it('a binary file, even named .md', async () => {
    await expectSkipped({ 'picture.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) }, 'picture.md', 'binary');
  });

  it('invalid UTF-8, naming the line; UTF-16 is named as such', async () => {
    const latin1 = Buffer.concat([Buffer.from('Fine first line.\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait.\n')]);
    expect((await expectSkipped({ 'latin1.txt': latin1 }, 'latin1.txt', 'not-utf8')).detail).toContain('line 2');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there.', 'utf16le')]);
    expect((await expectSkipped({ 'wide.txt': utf16 }, 'wide.txt', 'not-utf8')).detail).toContain('UTF-16');
  });

  it('a UTF-8 byte-order mark is dropped: no title, heading or quote includes it', async () => {
    for (const [name, heading] of [['bom.txt', 'Harbour Notes'], ['bom.md', '# Harbour Notes']]) {
      const dir = await knowledgeFolder({ [name!]: `\uFEFF${heading}\n\nThe harbour opened in 1901. Ships dock there.\n` });
      const { documents } = await loadKnowledge(dir);
      const document = documents[0]!;
      expect(document.sections[0]?.title).toBe('Harbour Notes');
      expect(sentencesOf(document).map((sentence) => sentence.text)).toEqual(['The harbour opened in 1901.', 'Ships dock there.']);
      expect(new Docent(documents).quote('harbour opened').matches[0]?.text).toBe('The harbour opened in 1901.');
    }
  });

  it('CRLF line endings read like LF ones', async () => {
    const lf = '# Harbour\n\nThe harbour opened\nin 1901. Ships dock there.\n\n## Fleet\n\nTen ships.\n';
    for (const name of ['crlf.txt', 'crlf.md']) {
      const read = async (text: string) => (await loadKnowledge(await knowledgeFolder({ [name]: text }))).documents[0]!;
      const [unix, windows] = [await read(lf), await read(lf.replace(/\n/gu, '\r\n'))];
      expect(windows.sections.map((section) => section.title)).toEqual(unix.sections.map((section) => section.title));
      expect(sentencesOf(windows).map((sentence) => sentence.text.replace(/\r/gu, ''))).toEqual(sentencesOf(unix).map((sentence) => sentence.text));
    }
  });

  it('a file with no headings is one section, titled by the file name', async () => {
    const dir = await knowledgeFolder({ 'harbour-log.md': 'The harbour opened in 1901.\n\nShips dock there.\n' });
    const [document] = (await loadKnowledge(dir)).documents;
    expect(document?.title).toBe('harbour-log');
    expect(document?.sections.map((section) => [section.title, section.paragraphs.length])).toEqual([['harbour-log', 2]]);
  });

  it('a Markdown file of headings, badges and links only has nothing to quote', async () => {
    const outline = '# Outline [![npm](https://img.shields.io/npm/v/x.svg)](https://npm.im/x)\n\n## Part one\n\n[Docs](https://x.dev) · [Blog](https://x.dev/blog)\n\n## Part two\n\n<!-- a comment -->\n';
    const entry = await expectSkipped({ 'outline.md': outline }, 'outline.md', 'no-text');
    expect(entry.detail).toBe('it has no paragraphs to quote (headings, HTML and lines of links alone are not quoted)');
  });

  it('a plain-text file of heading-like lines loads them as short paragraphs (a text heading needs a paragraph under it)', async () => {
    const [document] = (await loadKnowledge(await knowledgeFolder({ 'outline.txt': 'Outline\n\nPart One\n\nPart Two\n' }))).documents;
    expect(document?.sections[0]?.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Outline', 'Part One', 'Part Two']);
  });

  it('one 50,000-character line loads, splits into sentences, and can be asked and quoted', { timeout: 60_000 }, async () => {
    const sentence = 'Officials of the U.S. Army met Gen. Ortiz near the harbour at dawn. ';
    const prose = sentence.repeat(Math.ceil(50_000 / sentence.length)).slice(0, 50_000);
    const unbroken = 'harbour '.repeat(6_250);
    for (const name of ['long.txt', 'long.md']) {
      const dir = await knowledgeFolder({ [name]: `${prose}\n\n${unbroken}\n` });
      const { docent } = await Docent.load(dir);
      const sentences = sentencesOf(docent.documents[0]!);
      expect(sentences.length).toBeGreaterThan(700);
      expect(sentences[0]?.text).toBe(sentence.trim());
      expect(docent.ask('Who did the officials meet near the harbour?').kind).toBe('answer');
      expect(docent.quote('Gen. Ortiz').matches[0]?.text).toBe(sentence.trim());
      expect(docent.summarize({ length: 'long' }).kind).toBe('summary');
    }
  });

  it('a file over the size cap is skipped unread', async () => {
    const entry = await expectSkipped({ 'big.txt': 'Too long a file. '.repeat(100) }, 'big.txt', 'too-large', { maxFileBytes: 1_000 });
    expect(entry.detail).toBe('it is 1700 bytes, over the 1000 bytes limit (KNOWLEDGE_MAX_BYTES)');
  });

  it('symbolic links: a loop and a broken link are skipped; a link to a file loads', async () => {
    const dir = await knowledgeFolder(GOOD_FILE);
    await symlink('loop-b.md', join(dir, 'loop-a.md'));
    await symlink('loop-a.md', join(dir, 'loop-b.md'));
    await symlink('missing.md', join(dir, 'broken.md'));
    await symlink('good.txt', join(dir, 'alias-of-good.txt'));
    await symlink('.', join(dir, 'self'));
    const { documents, skipped } = await loadKnowledge(dir);
    expect(documents.map((document) => document.source)).toEqual(['alias-of-good.txt', 'good.txt']);
    expect(skipped.map((entry) => [entry.file, entry.reason])).toEqual([
      ['broken.md', 'broken-link'],
      ['loop-a.md', 'symlink-loop'],
      ['loop-b.md', 'symlink-loop'],
      ['self', 'folder'],
    ]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000; root reads anything, so this runs only as another user)', async () => {
    const dir = await knowledgeFolder({ ...GOOD_FILE, 'secret.md': 'Hidden text.' });
    await chmod(join(dir, 'secret.md'), 0o000);
    const { skipped } = await loadKnowledge(dir);
    expect(skipped).toEqual([{ file: 'secret.md', reason: 'unreadable', detail: 'docent may not read it (permission denied)' }]);
  });

  it('subfolders and other file types are named, hidden files and aliases files are not', async () => {
    const dir = await knowledgeFolder({ ...GOOD_FILE, 'drafts/': '', 'report.pdf': '%PDF-1.7', '.DS_Store': 'x', 'good.aliases': 'a = b\n' });
    await writeFile(join(dir, 'drafts', 'inside.md'), 'Not read.');
    const { skipped } = await loadKnowledge(dir);
    expect(skipped.map(skippedLine)).toEqual([
      'Skipped drafts: it is a folder; docent reads only the files directly inside the knowledge folder.',
      'Skipped report.pdf: docent reads only .md, .markdown and .txt files.',
    ]);
  });

  it('when no file loads, the error carries every skipped file and says so', async () => {
    const dir = await knowledgeFolder({ 'empty.md': '', 'binary.txt': new Uint8Array([0, 1, 2]) });
    const error = (await loadKnowledge(dir).catch((caught: unknown) => caught)) as KnowledgeError;
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(error.skipped.map((entry) => entry.file)).toEqual(['binary.txt', 'empty.md']);
    expect(error.message).toMatch(/^No documents loaded from ".+": all 2 files were skipped, for the reasons above\./u);
  });
});
