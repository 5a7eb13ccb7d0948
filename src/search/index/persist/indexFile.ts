import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { ANALYZER_VERSION } from '../../analyzer/analyzer.ts';
import { lazy } from '../../../lazy.ts';
import { phraseArrays, postingsArrays, termArrays, type BuiltParts, type PortableIndex } from '../../build/portableIndex.ts';
import type { FieldPair, FieldPostings } from '../fieldPostings.ts';
import type { PhraseData } from '../phraseData.ts';
import { Postings } from '../postings.ts';
import type { IndexTerms, Rows } from '../termRows.ts';
import { checkMeta, checkPhraseMeta, checkPhrases, checkPostings, checkRows, checkTermOrder, readInitials, type Meta, type PhraseMeta } from './checks.ts';
import type { StoredDocument } from './documentSnapshot.ts';
import type { IndexBytes } from './indexBytes.ts';
import { corrupt, IndexFileError } from './indexFileError.ts';
import { packDocuments, unpackDocuments } from './packedDocuments.ts';

/** Bumped whenever what is stored, or how, changes: files of another format are rebuilt, never read. */
export const INDEX_FORMAT_VERSION = 12;
const FORMAT = 'docent-index';

/**
 * What a persisted index holds: the documents as parsed, and the parts of the index built from them (MiniSearch's
 * index is loaded from the terms, see `plainIndex`; the postings, the phrase index and the names by initials are read
 * when first asked for).
 */
export interface StoredIndex extends PortableIndex {
  readonly documents: readonly StoredDocument[];
}

/** What is written: the documents and the parts of an index built here, its phrase index at hand. */
export interface IndexToWrite extends BuiltParts {
  readonly documents: readonly StoredDocument[];
}

/** The first line of the file: what it is, and what its payload must be. */
export interface Header {
  readonly format: string;
  readonly version: number;
  /** The analyzer that made its terms: another one would make other terms from the same documents. */
  readonly analyzer: number;
  /** Typed arrays are written in the machine's byte order. */
  readonly endianness: string;
  /** What the index was built from (see `indexKey`). */
  readonly key: string;
  /** The main part: documents, alias rules, names, terms and their rows. */
  readonly bytes: number;
  readonly sha256: string;
  /** The postings part, after it: read and checked only when the whole index is loaded. */
  readonly postingsBytes: number;
  readonly postingsSha256: string;
  /** The phrase part, last: read and checked only when first used. */
  readonly phraseBytes: number;
  readonly phraseSha256: string;
}

/** Every part starts at a multiple of eight bytes, so that typed arrays can be read in place. */
const ALIGNMENT = 8;
const padding = (length: number): number => (ALIGNMENT - (length % ALIGNMENT)) % ALIGNMENT;

/** A part's bytes, padded to a multiple of eight. */
function bytesOf(array: ArrayBufferView): Uint8Array[] {
  return [new Uint8Array(array.buffer, array.byteOffset, array.byteLength), new Uint8Array(padding(array.byteLength))];
}

/** A length in the first four bytes of eight. */
function lengthOf(bytes: number): Buffer {
  const length = Buffer.alloc(ALIGNMENT);
  length.writeUInt32LE(bytes);
  return length;
}

/** A text part: its length, then its UTF-8 bytes. */
function textPart(text: string): Uint8Array[] {
  const bytes = Buffer.from(text);
  return [lengthOf(bytes.length), ...bytesOf(bytes)];
}

const checksum = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Serialises an index: one JSON header line (format, version, byte order, key, and each part's length and SHA-256),
 * then the main part: a JSON part (documents' outlines, alias rules, terms, sizes), the names by initials as JSON,
 * and the documents' paragraph texts, each after its length, then the typed arrays; then the postings part, typed
 * arrays; then the phrase part: its spellings and sizes as JSON, then its typed arrays.
 */
export function encodeIndex(stored: IndexToWrite, key: string): Buffer {
  const { terms } = stored;
  const postings = stored.postings();
  const phrases = stored.phrases();
  const documents = packDocuments(stored.documents);
  const meta: Meta = {
    outlines: documents.outlines,
    aliases: stored.aliases,
    terms: terms.terms,
    sentences: { rows: terms.sentences.offsets.length - 1, entries: terms.sentences.ids.length },
    titles: { rows: terms.titles.offsets.length - 1, entries: terms.titles.ids.length },
    postings: [postings[0].sentences.length, postings[1].sentences.length],
  };
  const texts = [JSON.stringify(meta), JSON.stringify([...(stored.initials()?.entries() ?? [])]), documents.texts].flatMap(textPart);
  const main = Buffer.concat([...texts, ...[documents.textEnds, documents.spans, ...termArrays(terms)].flatMap(bytesOf)]);
  const postingsPart = Buffer.concat(postingsArrays(postings).flatMap(bytesOf));
  const phraseMeta: PhraseMeta = {
    spellings: phrases.spellings,
    words: phrases.words.length,
    wordListItems: phrases.wordLists.items.length,
    pairs: phrases.pairKeys.length,
    pairListItems: phrases.pairLists.items.length,
  };
  const phrasePart = Buffer.concat([...textPart(JSON.stringify(phraseMeta)), ...phraseArrays(phrases).flatMap(bytesOf)]);
  const header: Header = {
    format: FORMAT,
    version: INDEX_FORMAT_VERSION,
    analyzer: ANALYZER_VERSION,
    endianness: endianness(),
    key,
    bytes: main.length,
    sha256: checksum(main),
    postingsBytes: postingsPart.length,
    postingsSha256: checksum(postingsPart),
    phraseBytes: phrasePart.length,
    phraseSha256: checksum(phrasePart),
  };
  const line = JSON.stringify(header);
  return Buffer.concat([Buffer.from(`${line.padEnd(line.length + padding(line.length + 1))}\n`), main, postingsPart, phrasePart]);
}

/** Reads the parts of the payload in order: typed arrays in place when the file's buffer is aligned, else copied. */
class Reader {
  private at = 0;

  constructor(private readonly payload: Buffer) {}

  private take<T>(count: number, size: number, view: (buffer: ArrayBuffer, offset: number, count: number) => T): T {
    const bytes = count * size;
    if (this.at + bytes > this.payload.length) throw corrupt('the payload is shorter than its sizes say');
    const offset = this.payload.byteOffset + this.at;
    this.at += bytes + padding(bytes);
    if (offset % size === 0) return view(this.payload.buffer as ArrayBuffer, offset, count);
    return view(this.payload.buffer.slice(offset, offset + bytes) as ArrayBuffer, 0, count);
  }

  /** A part of text after its length. */
  text(): string {
    if (this.at + ALIGNMENT > this.payload.length) throw corrupt('the payload is shorter than its sizes say');
    const length = this.payload.readUInt32LE(this.at);
    this.at += ALIGNMENT;
    const bytes = this.take(length, 1, (buffer, offset, count) => new Uint8Array(buffer, offset, count));
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }

  u32(count: number): Uint32Array {
    return this.take(count, 4, (buffer, offset, length) => new Uint32Array(buffer, offset, length));
  }

  u16(count: number): Uint16Array {
    return this.take(count, 2, (buffer, offset, length) => new Uint16Array(buffer, offset, length));
  }

  f64(count: number): Float64Array {
    return this.take(count, 8, (buffer, offset, length) => new Float64Array(buffer, offset, length));
  }

  rows(rowCount: number, entries: number): Rows {
    return { offsets: this.u32(rowCount + 1), ids: this.u32(entries), counts: this.u16(entries) };
  }

  postings(termCount: number, entries: number): FieldPostings {
    return { offsets: this.u32(termCount + 1), sentences: this.u32(entries), counts: this.u16(entries) };
  }

  end(): void {
    if (this.at !== this.payload.length) throw corrupt('the payload is longer than its sizes say');
  }
}

/** A header line is never longer. */
const MAX_HEADER = 4096;

/**
 * The header of an index file and where its main part starts; the header alone tells whether the rest is worth
 * reading.
 * @throws IndexFileError `stale` for another format version or byte order, `corrupt` for anything damaged.
 */
export function readHeader(file: IndexBytes): { header: Header; start: number } {
  const head = file.read(0, Math.min(MAX_HEADER, file.size));
  const newline = head.indexOf(0x0a);
  if (newline < 0) throw corrupt('it has no header');
  let header: Partial<Header>;
  try {
    header = JSON.parse(head.subarray(0, newline).toString('utf8')) as Partial<Header>;
  } catch {
    throw corrupt('its header is not JSON');
  }
  if (header?.format !== FORMAT) throw corrupt('it is not a docent index');
  if (header.version !== INDEX_FORMAT_VERSION || header.analyzer !== ANALYZER_VERSION || header.endianness !== endianness()) {
    const written = `format ${header.version}, analyzer ${header.analyzer} (${header.endianness})`;
    throw new IndexFileError('stale', `it was written in ${written}, not format ${INDEX_FORMAT_VERSION}, analyzer ${ANALYZER_VERSION} (${endianness()})`);
  }
  const complete = [header.key, header.sha256, header.postingsSha256, header.phraseSha256].every((value) => typeof value === 'string');
  const sizes = [header.bytes, header.postingsBytes, header.phraseBytes];
  if (!complete || !sizes.every((size) => Number.isSafeInteger(size))) throw corrupt('its header is incomplete');
  const total = (sizes as number[]).reduce((sum, size) => sum + size, 0);
  const start = newline + 1;
  if (file.size - start !== total) throw corrupt(`it holds ${file.size - start} bytes where its header says ${total}`);
  return { header: header as Header, start };
}

/** A JSON part, checked for shape by `check`. */
function parseJson<T>(text: string, check: (value: unknown) => T, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw corrupt(`its description of the ${what} is not JSON`);
  }
  return check(value);
}

/** A part's bytes, when they are whole and the ones its header describes. */
function checkedPart(file: IndexBytes, position: number, length: number, sha256: string, what: string): Buffer {
  const bytes = file.read(position, length);
  if (bytes.length !== length || checksum(bytes) !== sha256) throw corrupt(`the checksum of its ${what} does not match`);
  return bytes;
}

/**
 * A part read, checked and decoded by `read` when first asked for: nothing when it is damaged, so that the caller
 * builds from the sentences what it held.
 */
function laterPart<T>(file: IndexBytes, position: number, length: number, sha256: string, what: string, read: (part: Buffer) => T): () => T | undefined {
  return lazy(() => {
    try {
      return read(checkedPart(file, position, length, sha256, what));
    } catch (error) {
      if (error instanceof IndexFileError) return undefined;
      throw error;
    }
  });
}

/**
 * Reads a persisted index, trusting nothing: the main part's checksum (OpenSSL's SHA-256 on the bytes in place:
 * WebCrypto's digest copied them and took six times as long), then the structure of every part; the postings and
 * phrase parts are read and checked the same way when first asked for, and give nothing when damaged, so that they
 * are built from the sentences. The caller compares the header's key with the documents' own.
 * @throws IndexFileError `corrupt` for anything damaged in the main part.
 */
export function decodeIndex(file: IndexBytes, header: Header, start: number): StoredIndex {
  const reader = new Reader(checkedPart(file, start, header.bytes, header.sha256, 'main part'));
  const meta = parseJson(reader.text(), checkMeta, 'index');
  const initials = reader.text();
  const texts = reader.text();
  const paragraphs = meta.outlines.flatMap((outline) => outline.sections.flatMap((section) => section.sentences));
  const textEnds = reader.u32(paragraphs.length);
  const spans = reader.u32(2 * paragraphs.reduce((sum, sentences) => sum + sentences, 0));
  const alphabetical = reader.u32(meta.terms.length);
  const sentences = reader.rows(meta.sentences.rows, meta.sentences.entries);
  const titles = reader.rows(meta.titles.rows, meta.titles.entries);
  reader.end();
  checkTermOrder(meta.terms, alphabetical);
  checkRows(sentences, meta.terms.length, 'sentence');
  checkRows(titles, meta.terms.length, 'title');
  const documents = unpackDocuments({ outlines: meta.outlines, texts, textEnds, spans });
  const postingsAt = start + header.bytes;
  const postings = laterPart(file, postingsAt, header.postingsBytes, header.postingsSha256, 'postings part', (part) => readPostings(part, meta));
  const phrasesAt = postingsAt + header.postingsBytes;
  const phrases = laterPart(file, phrasesAt, header.phraseBytes, header.phraseSha256, 'phrase part', (part) => readPhrases(part, meta.sentences.rows));
  return { documents, aliases: meta.aliases, terms: { terms: meta.terms, alphabetical, sentences, titles }, postings, phrases, initials: () => readInitials(initials) };
}

/**
 * The postings part, checked for structure against the main part's sizes.
 * @throws IndexFileError `corrupt` for anything damaged.
 */
function readPostings(part: Buffer, meta: Meta): FieldPair {
  const reader = new Reader(part);
  const postings: FieldPair = [reader.postings(meta.terms.length, meta.postings[0]), reader.postings(meta.terms.length, meta.postings[1])];
  reader.end();
  checkPostings(postings[0], meta.sentences.rows, 'text');
  checkPostings(postings[1], meta.sentences.rows, 'title');
  return postings;
}

/**
 * The phrase part of an index of this many sentences, checked for structure.
 * @throws IndexFileError `corrupt` for anything damaged.
 */
function readPhrases(part: Buffer, sentenceCount: number): PhraseData {
  const reader = new Reader(part);
  const { spellings, words, wordListItems, pairs, pairListItems } = parseJson(reader.text(), checkPhraseMeta, 'phrase index');
  const phrases: PhraseData = {
    spellings,
    starts: reader.u32(sentenceCount + 1),
    words: reader.u32(words),
    wordLists: new Postings(reader.u32(spellings.length + 1), reader.u32(wordListItems)),
    pairKeys: reader.f64(pairs),
    pairLists: new Postings(reader.u32(pairs + 1), reader.u32(pairListItems)),
    alphabetical: reader.u32(spellings.length),
  };
  reader.end();
  checkPhrases(phrases);
  return phrases;
}
