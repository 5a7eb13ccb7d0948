import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** WordNet's data files, one per part of speech; adjective satellites (`s`) live in `data.adj`. */
export const DATA_FILES = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' } as const;
export type PartOfSpeech = keyof typeof DATA_FILES;
export type DataFile = (typeof DATA_FILES)[PartOfSpeech];

/** A pointer from a synset, or from one of its words when `source` and `target` are word numbers (from 1). */
export interface Pointer {
  readonly symbol: string;
  readonly offset: number;
  readonly file: DataFile;
  /** 0 for a pointer between whole synsets (semantic); otherwise the word numbers it links (lexical). */
  readonly source: number;
  readonly target: number;
}

/** One synset line of a data file: its words as written (`Mexico`, `take_a_breath`) and its pointers. */
export interface Synset {
  readonly offset: number;
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
}

/** The data file a pointer's part-of-speech letter names. */
function fileOf(letter: string): DataFile {
  const file = DATA_FILES[letter as PartOfSpeech];
  if (file === undefined) throw new Error(`Unknown WordNet part of speech "${letter}"`);
  return file;
}

/**
 * Parses one synset line (wndb(5)): `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… | gloss`,
 * where w_cnt is hexadecimal and each pointer is `symbol offset pos source/target` (two hexadecimal bytes).
 * Adjective markers such as `(a)` are dropped from words.
 */
export function parseSynset(line: string): Synset {
  const fields = line.split(' ');
  const wordCount = Number.parseInt(fields[3] ?? '', 16);
  if (!Number.isInteger(wordCount)) throw new Error(`Not a WordNet synset line: ${line.slice(0, 60)}`);
  const words = Array.from({ length: wordCount }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/u, ''));
  const at = 4 + 2 * wordCount;
  const pointers = Array.from({ length: Number(fields[at]) }, (_, i): Pointer => {
    const [symbol = '', offset = '', letter = '', sourceTarget = ''] = fields.slice(at + 1 + 4 * i, at + 5 + 4 * i);
    return {
      symbol,
      offset: Number(offset),
      file: fileOf(letter),
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    };
  });
  return { offset: Number(fields[0]), words, pointers };
}

/** Every synset of a data file's text by byte offset; the licence lines at the top start with spaces and are skipped. */
export function parseDataFile(text: string): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const synset = parseSynset(line);
    synsets.set(synset.offset, synset);
  }
  return synsets;
}

/** The licence WordNet's data files open with, as plain lines: their line numbers and trailing spaces removed. */
export function licenceOf(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ')) break;
    lines.push(line.replace(/^\s*\d+ ?/u, '').trimEnd());
  }
  return lines;
}

/** Reads the four data files of a WordNet `dict` folder, each synset under the offset its line states. */
export function readDataFiles(directory: string): Map<DataFile, Map<number, Synset>> {
  const files = new Map<DataFile, Map<number, Synset>>();
  for (const file of new Set(Object.values(DATA_FILES))) {
    files.set(file, parseDataFile(readFileSync(join(directory, `data.${file}`), 'latin1')));
  }
  return files;
}
