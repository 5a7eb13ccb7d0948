import { createHash } from 'node:crypto';
import { endianness } from 'node:os';
import { ANALYZER_VERSION } from '../../analyzer/analyzer.ts';
import { portableArrays, type PortableIndex } from '../../build/portableIndex.ts';
import type { PhraseData } from '../phraseData.ts';
import { Postings } from '../postings.ts';
import type { IndexTerms, Rows } from '../termRows.ts';
import { checkMeta, checkPhrases, checkRows, readInitials, type Meta } from './checks.ts';
import type { StoredDocument } from './documentSnapshot.ts';
import { corrupt, IndexFileError } from './indexFileError.ts';
import { packDocuments, unpackDocuments } from './packedDocuments.ts';

/** Bumped whenever what is stored, or how, changes: files of another format are rebuilt, never read. */
export const INDEX_FORMAT_VERSION = 9;
const FORMAT = 'docent-index';

/**
 * What a persisted index holds: the documents as parsed, and the parts of the index built from them (MiniSearch's
 * index is loaded from the terms, see `plainIndex`; the names by initials are read when first asked for).
 */
export interface StoredIndex extends PortableIndex {
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
  readonly bytes: number;
  readonly sha256: string;
}

/** Every part starts at a multiple of eight bytes, so that typed arrays can be read in place. */
const ALIGNMENT = 8;
const padding = (length: number): number => (ALIGNMENT - (length % ALIGNMENT)) % ALIGNMENT;

/** A part's bytes, padded to a multiple of eight. */
function bytesOf(array: ArrayBufferView): Uint8Array[] {
  return [new Uint8Array(array.buffer, array.byteOffset, array.byteLength), new Uint8Array(padding(array.byteLength))];
}

/** The typed arrays of an index, in the order they are written and read. */
function arraysOf(stored: StoredIndex, documents: { readonly textEnds: Uint32Array; readonly spans: Uint32Array }): ArrayBufferView[] {
  return [documents.textEnds, documents.spans, ...portableArrays(stored)];
}

/** A length in the first four bytes of eight. */
function lengthOf(bytes: number): Buffer {
  const length = Buffer.alloc(ALIGNMENT);
  length.writeUInt32LE(bytes);
  return length;
}

/**
 * Serialises an index: one JSON header line (format, version, byte order, key, payload length and SHA-256), then
 * the payload: a JSON part (documents' outlines, alias rules, terms, words, sizes), the names by initials as JSON,
 * and the documents' paragraph texts, each after its length, then the typed arrays.
 */
export function encodeIndex(stored: StoredIndex, key: string): Buffer {
  const { terms, phrases } = stored;
  const documents = packDocuments(stored.documents);
  const meta: Meta = {
    outlines: documents.outlines,
    aliases: stored.aliases,
    terms: terms.terms,
    sentences: { rows: terms.sentences.offsets.length - 1, entries: terms.sentences.ids.length },
    titles: { rows: terms.titles.offsets.length - 1, entries: terms.titles.ids.length },
    phrases: {
      spellings: phrases.spellings,
      words: phrases.words.length,
      wordListItems: phrases.wordLists.items.length,
      pairs: phrases.pairKeys.length,
      pairListItems: phrases.pairLists.items.length,
    },
  };
  const texts = [JSON.stringify(meta), JSON.stringify([...(stored.initials() ?? [])]), documents.texts].flatMap((text) => {
    const bytes = Buffer.from(text);
    return [lengthOf(bytes.length), ...bytesOf(bytes)];
  });
  const payload = Buffer.concat([...texts, ...arraysOf(stored, documents).flatMap(bytesOf)]);
  const sha256 = createHash('sha256').update(payload).digest('hex');
  const header: Header = { format: FORMAT, version: INDEX_FORMAT_VERSION, analyzer: ANALYZER_VERSION, endianness: endianness(), key, bytes: payload.length, sha256 };
  const line = JSON.stringify(header);
  return Buffer.concat([Buffer.from(`${line.padEnd(line.length + padding(line.length + 1))}\n`), payload]);
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

  end(): void {
    if (this.at !== this.payload.length) throw corrupt('the payload is longer than its sizes say');
  }
}

/**
 * The header of an index file and where its payload starts; the header alone tells whether the rest is worth
 * reading.
 * @throws IndexFileError `stale` for another format version or byte order, `corrupt` for anything damaged.
 */
export function readHeader(file: Buffer): { header: Header; payload: Buffer } {
  const newline = file.indexOf(0x0a);
  if (newline < 0 || newline > 4096) throw corrupt('it has no header');
  let header: Partial<Header>;
  try {
    header = JSON.parse(file.subarray(0, newline).toString('utf8')) as Partial<Header>;
  } catch {
    throw corrupt('its header is not JSON');
  }
  if (header?.format !== FORMAT) throw corrupt('it is not a docent index');
  const complete = [header.key, header.sha256, header.endianness].every((value) => typeof value === 'string');
  if (!complete || !Number.isSafeInteger(header.bytes) || !Number.isSafeInteger(header.version)) throw corrupt('its header is incomplete');
  if (header.version !== INDEX_FORMAT_VERSION || header.analyzer !== ANALYZER_VERSION || header.endianness !== endianness()) {
    const written = `format ${header.version}, analyzer ${header.analyzer} (${header.endianness})`;
    throw new IndexFileError('stale', `it was written in ${written}, not format ${INDEX_FORMAT_VERSION}, analyzer ${ANALYZER_VERSION} (${endianness()})`);
  }
  const payload = file.subarray(newline + 1);
  if (payload.length !== header.bytes) throw corrupt(`it holds ${payload.length} bytes where its header says ${header.bytes}`);
  return { header: header as Header, payload };
}

function parseMeta(text: string): Meta {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw corrupt('its description of the index is not JSON');
  }
  return checkMeta(value);
}

/**
 * Reads a persisted index's payload, trusting nothing: its checksum, then the structure of every part. The checksum
 * is OpenSSL's one-shot SHA-256 on the payload in place: WebCrypto's digest copies the payload and took six times as long. The caller compares the header's key with the documents' own.
 * @throws IndexFileError `corrupt` for anything damaged.
 */
export function decodePayload(header: Header, payload: Buffer): StoredIndex {
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) throw corrupt('its checksum does not match');
  const reader = new Reader(payload);
  const meta = parseMeta(reader.text());
  const initials = reader.text();
  const texts = reader.text();
  const paragraphs = meta.outlines.flatMap((outline) => outline.sections.flatMap((section) => section.sentences));
  const textEnds = reader.u32(paragraphs.length);
  const spans = reader.u32(2 * paragraphs.reduce((sum, sentences) => sum + sentences, 0));
  const sentences = reader.rows(meta.sentences.rows, meta.sentences.entries);
  const titles = reader.rows(meta.titles.rows, meta.titles.entries);
  const { spellings, words, wordListItems, pairs, pairListItems } = meta.phrases;
  const phrases: PhraseData = {
    spellings,
    starts: reader.u32(meta.sentences.rows + 1),
    words: reader.u32(words),
    wordLists: new Postings(reader.u32(spellings.length + 1), reader.u32(wordListItems)),
    pairKeys: reader.f64(pairs),
    pairLists: new Postings(reader.u32(pairs + 1), reader.u32(pairListItems)),
    alphabetical: reader.u32(spellings.length),
  };
  reader.end();
  checkRows(sentences, meta.terms.length, 'sentence');
  checkRows(titles, meta.terms.length, 'title');
  checkPhrases(phrases);
  const documents = unpackDocuments({ outlines: meta.outlines, texts, textEnds, spans });
  return { documents, aliases: meta.aliases, terms: { terms: meta.terms, sentences, titles }, phrases, initials: () => readInitials(initials) };
}
