import { NamesByInitials } from '../../aliases/namesByInitials.ts';
import type { AliasRule } from '../../analyzer/aliases.ts';
import { isAlphabeticalOrder } from '../alphabetical.ts';
import type { FieldPostings } from '../fieldPostings.ts';
import type { PhraseData } from '../phraseData.ts';
import type { Rows } from '../termRows.ts';
import { corrupt } from './indexFileError.ts';
import type { DocumentOutline } from './packedDocuments.ts';

/** The JSON part of a stored index: what is not a typed array, and the sizes of those that are. */
export interface Meta {
  readonly outlines: readonly DocumentOutline[];
  readonly aliases: readonly AliasRule[];
  readonly terms: readonly string[];
  readonly sentences: { readonly rows: number; readonly entries: number };
  readonly titles: { readonly rows: number; readonly entries: number };
  /** How many entries each field's postings hold: the text's, then the titles'. */
  readonly postings: readonly [number, number];
}

/** The JSON part of the phrase part: its spellings, and the sizes of its typed arrays. */
export interface PhraseMeta {
  readonly spellings: readonly string[];
  readonly words: number;
  readonly wordListItems: number;
  readonly pairs: number;
  readonly pairListItems: number;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Non-empty strings: a term or word list, each word once as its alphabetical order checks (see `isAlphabeticalOrder`). */
function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((word) => typeof word === 'string' && word !== '');
}

/** The terms' alphabetical order: each term once, ascending, so that no term is there twice. */
export function checkTermOrder(terms: readonly string[], alphabetical: Uint32Array): void {
  if (!isAlphabeticalOrder(terms, alphabetical)) throw corrupt('its terms are not each once in their alphabetical order');
}

const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** `[initials, names]`: a string, and lists of terms. */
function isInitialsEntry(entry: unknown): boolean {
  return Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && Array.isArray(entry[1]) && entry[1].every(isStrings);
}

function isOutline(outline: DocumentOutline | null): boolean {
  return (
    [outline?.key, outline?.id, outline?.title, outline?.source].every((value) => typeof value === 'string') &&
    Array.isArray(outline?.aliases) &&
    outline.aliases.every(isStrings) &&
    Array.isArray(outline?.sections) &&
    outline.sections.every((section) => typeof section?.title === 'string' && Array.isArray(section.sentences) && section.sentences.every(isCount))
  );
}

function isRule(rule: AliasRule | null): boolean {
  return typeof rule?.alias === 'string' && Array.isArray(rule.phrase) && rule.phrase.every((term) => typeof term === 'string');
}

/** The JSON part, checked for shape: every list of the right kind, every size a count. */
export function checkMeta(value: unknown): Meta {
  const meta = value as Partial<Meta> | null;
  const sized = (part: Meta['titles'] | undefined): boolean => isCount(part?.rows) && isCount(part?.entries);
  if (
    !meta ||
    !Array.isArray(meta.outlines) ||
    !meta.outlines.every(isOutline) ||
    !isWordList(meta.terms) ||
    !Array.isArray(meta.aliases) ||
    !meta.aliases.every(isRule) ||
    !sized(meta.sentences) ||
    !sized(meta.titles) ||
    !Array.isArray(meta.postings) ||
    meta.postings.length !== 2 ||
    !meta.postings.every(isCount)
  ) {
    throw corrupt('its description of the index is malformed');
  }
  return meta as Meta;
}

/** The phrase part's JSON, checked for shape: a word list and counts. */
export function checkPhraseMeta(value: unknown): PhraseMeta {
  const meta = value as Partial<PhraseMeta> | null;
  if (!meta || ![meta.words, meta.wordListItems, meta.pairs, meta.pairListItems].every(isCount) || !isWordList(meta.spellings)) {
    throw corrupt('its description of the phrase index is malformed');
  }
  return meta as PhraseMeta;
}

/** The names by initials stored as JSON entries, or nothing when the text is not such entries. */
export function readInitials(text: string): NamesByInitials | undefined {
  try {
    const entries: unknown = JSON.parse(text);
    return Array.isArray(entries) && entries.every(isInitialsEntry) ? NamesByInitials.of(entries as [string, string[][]][]) : undefined;
  } catch {
    return undefined;
  }
}

/** Offsets that start at 0, never decrease and end where the items end. */
function checkOffsets(offsets: Uint32Array, items: number, what: string): void {
  if (offsets[0] !== 0 || offsets[offsets.length - 1] !== items) throw corrupt(`its ${what} do not cover their items`);
  for (let row = 0; row + 1 < offsets.length; row++) if (offsets[row]! > offsets[row + 1]!) throw corrupt(`its ${what} are out of order`);
}

/** A forward index: every row's ids known terms, each named once in its row and counted at least once. */
export function checkRows(rows: Rows, termCount: number, what: string): void {
  const { offsets, ids, counts } = rows;
  checkOffsets(offsets, ids.length, `${what} rows`);
  const lastRow = new Int32Array(termCount).fill(-1);
  for (let row = 0; row + 1 < offsets.length; row++) {
    for (let i = offsets[row]!; i < offsets[row + 1]!; i++) {
      const id = ids[i]!;
      if (id >= termCount || counts[i] === 0 || lastRow[id] === row) throw corrupt(`its ${what} rows name unknown or repeated terms`);
      lastRow[id] = row;
    }
  }
}

/** Lists of sentences: each ascending, without repeats, within the sentences there are. */
function checkLists(starts: Uint32Array, items: Uint32Array, sentences: number, what: string): void {
  checkOffsets(starts, items.length, what);
  for (let list = 0; list + 1 < starts.length; list++) {
    for (let i = starts[list]!; i < starts[list + 1]!; i++) {
      if (items[i]! >= sentences || (i > starts[list]! && items[i]! <= items[i - 1]!)) throw corrupt(`its ${what} are not lists of sentences`);
    }
  }
}

/** A field's postings: each term's sentences ascending, without repeats, within the sentences there are, each counted. */
export function checkPostings({ offsets, sentences, counts }: FieldPostings, sentenceCount: number, what: string): void {
  checkLists(offsets, sentences, sentenceCount, `${what} postings`);
  if (counts.includes(0)) throw corrupt(`its ${what} postings count a term no times`);
}

/** The phrase index: every word known, every list of sentences sound, pairs ascending, each word once in alphabetical order. */
export function checkPhrases(phrases: PhraseData): void {
  const { spellings, starts, words, wordLists, pairKeys, pairLists, alphabetical } = phrases;
  const sentences = starts.length - 1;
  const vocabulary = spellings.length;
  checkOffsets(starts, words.length, 'sentence words');
  for (const word of words) if (word >= vocabulary) throw corrupt('its sentences hold unknown words');
  checkLists(wordLists.starts, wordLists.items, sentences, 'word lists');
  checkLists(pairLists.starts, pairLists.items, sentences, 'pair lists');
  for (let k = 0; k < pairKeys.length; k++) {
    const key = pairKeys[k]!;
    const first = Math.floor(key / 2 ** 26);
    if (!Number.isInteger(key) || first >= vocabulary || key - first * 2 ** 26 >= vocabulary || (k > 0 && key <= pairKeys[k - 1]!)) {
      throw corrupt('its word pairs are malformed');
    }
  }
  if (!isAlphabeticalOrder(spellings, alphabetical)) throw corrupt('its words are not each once in their alphabetical order');
}
