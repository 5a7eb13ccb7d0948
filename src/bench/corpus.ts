import type { Passage } from './publicText.ts';
import { SeededRandom } from './random.ts';

/** One generated knowledge file. */
export interface CorpusFile {
  readonly name: string;
  readonly text: string;
}

export interface CorpusOptions {
  /** Stop once the files hold at least this many bytes of text. */
  readonly bytes: number;
  readonly seed: number;
}

/** Where two sentences may be cut and joined so that the result still reads as a sentence. */
const PIVOTS = [' of the ', ' in the ', ' to the ', ' and ', ' that ', ' with ', ' for ', ', '];
/** Share of sentences that are a splice of two source sentences rather than one source sentence. */
const SPLICE_RATE = 0.5;
/** Both halves of a splice keep at least this many characters. */
const MIN_HALF = 20;
/** Chance that a name (a capitalised word inside a sentence) is replaced by an invented one. */
const NAME_RATE = 0.3;
/** Chance that a longer lower-case word is replaced by an invented one. */
const WORD_RATE = 0.08;
/** How many invented words the corpus draws from, Zipf-distributed: a large corpus has a long tail of rare terms. */
const LEXICON_SIZE = 200_000;
/** Flattens the head of the invented words' Zipf distribution: no invented name is as common as "the". */
const ZIPF_OFFSET = 50;
const MIN_DOCUMENT_BYTES = 20_000;
const MAX_DOCUMENT_BYTES = 500_000;

/** Words that look like the source's own: the start of one real word and the end of another ("Kilm" + "baum"). */
function inventWords(passages: readonly Passage[], random: SeededRandom): string[] {
  const real = new Set<string>();
  for (const passage of passages) {
    for (const sentence of passage.sentences) for (const word of sentence.toLowerCase().match(/\p{Ll}{5,}/gu) ?? []) real.add(word);
  }
  const words = [...real].sort();
  const invented = new Set<string>();
  for (let attempts = 0; invented.size < LEXICON_SIZE && attempts < LEXICON_SIZE * 3; attempts++) {
    const head = random.pick(words);
    const tail = random.pick(words);
    const word = head.slice(0, random.int(2, Math.min(5, head.length - 2))) + tail.slice(-random.int(3, Math.min(6, tail.length - 1)));
    if (!real.has(word)) invented.add(word);
  }
  return [...invented];
}

/** Sentences by the pivots they hold, to find a second half for a splice. */
function sentencesByPivot(passages: readonly Passage[]): Map<string, string[]> {
  const byPivot = new Map(PIVOTS.map((pivot) => [pivot, [] as string[]]));
  for (const passage of passages) {
    for (const sentence of passage.sentences) {
      for (const pivot of PIVOTS) if (sentence.includes(pivot)) byPivot.get(pivot)?.push(sentence);
    }
  }
  return byPivot;
}

/**
 * Generates a large knowledge base from the repository's public text, the same for the same seed: documents of
 * sections and paragraphs sampled from the source paragraphs, half the sentences spliced from two source sentences
 * at a shared phrase ("… of the …"), and some names and words replaced by invented ones drawn with Zipf's law, so
 * that the text is not a repetition and the vocabulary keeps growing with the corpus as real text's does.
 */
export function generateCorpus(passages: readonly Passage[], options: CorpusOptions): CorpusFile[] {
  const random = new SeededRandom(options.seed);
  const lexicon = inventWords(passages, random);
  const byPivot = sentencesByPivot(passages);
  const invented = (capital: boolean): string => {
    const word = lexicon[random.zipf(lexicon.length, ZIPF_OFFSET)] ?? 'word';
    return capital ? word[0]!.toUpperCase() + word.slice(1) : word;
  };
  const vary = (sentence: string): string => {
    let text = sentence;
    const pivot = random.pick(PIVOTS);
    const at = text.indexOf(pivot, MIN_HALF);
    if (random.next() < SPLICE_RATE && at >= 0) {
      const other = random.pick(byPivot.get(pivot) ?? [text]);
      const from = other.lastIndexOf(pivot);
      if (from >= MIN_HALF && other.length - from >= MIN_HALF) text = text.slice(0, at) + other.slice(from);
    }
    let position = 0;
    const varied = text.replace(/\p{L}[\p{L}'’]*/gu, (word) => {
      if (position++ === 0 || word.length < 4) return word;
      if (/^\p{Lu}\p{Ll}/u.test(word)) return random.next() < NAME_RATE ? invented(true) : word;
      return word.length >= 7 && random.next() < WORD_RATE ? invented(false) : word;
    });
    return varied === sentence ? replaceOneWord(sentence) : varied;
  };
  // A sentence that came through unchanged gets one invented word, so that no sentence is merely repeated.
  const replaceOneWord = (sentence: string): string => {
    const words = [...sentence.matchAll(/(?<=\s)\p{L}{4,}/gu)];
    if (words.length === 0) return sentence;
    const word = random.pick(words);
    return sentence.slice(0, word.index) + invented(/^\p{Lu}/u.test(word[0])) + sentence.slice(word.index + word[0].length);
  };
  const paragraph = (passage: Passage, start: number): string =>
    passage.sentences.slice(start, start + random.int(1, 5)).map(vary).join(' ');

  const files: CorpusFile[] = [];
  let total = 0;
  while (total < options.bytes) {
    const target = Math.exp(random.next() * Math.log(MAX_DOCUMENT_BYTES / MIN_DOCUMENT_BYTES)) * MIN_DOCUMENT_BYTES;
    const parts = [`# ${random.pick(passages).title}: ${invented(true)} ${invented(true)}`];
    let size = 0;
    while (size < target) {
      let passage = random.pick(passages);
      parts.push(`## ${passage.title} and ${invented(true)}`);
      for (let count = random.int(2, 8); count > 0; count--) {
        if (random.next() < 0.4) passage = random.pick(passages);
        const text = paragraph(passage, random.int(0, Math.max(0, passage.sentences.length - 2)));
        parts.push(text);
        size += text.length;
      }
    }
    const text = `${parts.join('\n\n')}\n`;
    files.push({ name: `doc-${String(files.length + 1).padStart(4, '0')}.md`, text });
    total += Buffer.byteLength(text);
  }
  return files;
}
