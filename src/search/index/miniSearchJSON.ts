import type { IndexTerms, Rows } from './termRows.ts';

/** A field's postings by term: term `t` is in the sentences `sentences[offsets[t]] …`, `counts` times each. */
interface FieldPostings {
  readonly offsets: Uint32Array;
  readonly sentences: Uint32Array;
  readonly counts: Uint16Array;
}

/** Turns rows (sentence → terms) into postings (term → sentences, ascending); sentence `s` reads row `rowOf(s)`. */
function postingsOf(rows: Rows, termCount: number, sentenceCount: number, rowOf: (sentence: number) => number): FieldPostings {
  const offsets = new Uint32Array(termCount + 1);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const row = rowOf(sentence);
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) offsets[rows.ids[i]! + 1]!++;
  }
  for (let term = 0; term < termCount; term++) offsets[term + 1]! += offsets[term]!;
  const next = offsets.slice(0, termCount);
  const sentences = new Uint32Array(offsets[termCount]!);
  const counts = new Uint16Array(offsets[termCount]!);
  for (let sentence = 0; sentence < sentenceCount; sentence++) {
    const row = rowOf(sentence);
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) {
      const at = next[rows.ids[i]!]!++;
      sentences[at] = sentence;
      counts[at] = rows.counts[i]!;
    }
  }
  return { offsets, sentences, counts };
}

/** `{"12":1,"40":2}`: a term's sentences in one field, with how often it occurs in each. */
function fieldJSON(postings: FieldPostings, term: number): string {
  const entries: string[] = [];
  for (let i = postings.offsets[term]!; i < postings.offsets[term + 1]!; i++) entries.push(`"${postings.sentences[i]}":${postings.counts[i]}`);
  return `{${entries.join(',')}}`;
}

const rowLength = (rows: Rows, row: number): number => rows.offsets[row + 1]! - rows.offsets[row]!;

/**
 * MiniSearch's JSON (what `JSON.stringify` of a MiniSearch gives) of an index holding every sentence's terms as the
 * `text` field and its section title's as the `title` field, sentence `i` with id `i` (`sectionOf[i]` is its title
 * row): written straight from docent's term rows, it is the index that adding the same sentences with `addAll`
 * builds, tree of terms included, since terms are listed in the order they first appear (sentence by sentence, text
 * before title), which is the order `loadJSON` inserts them in. Several times faster than `addAll`.
 */
export function miniSearchJSON({ terms, sentences, titles }: IndexTerms, sectionOf: ArrayLike<number>): string {
  const count = sectionOf.length;
  const fields = [postingsOf(sentences, terms.length, count, (sentence) => sentence), postingsOf(titles, terms.length, count, (sentence) => sectionOf[sentence]!)];
  const seen = new Uint8Array(terms.length);
  const termsInOrder: number[] = [];
  const noteFirstAppearances = (rows: Rows, row: number): void => {
    for (let i = rows.offsets[row]!; i < rows.offsets[row + 1]!; i++) {
      const term = rows.ids[i]!;
      if (seen[term] === 0) termsInOrder.push(term);
      seen[term] = 1;
    }
  };
  const documentIds: string[] = [];
  const fieldLengths: string[] = [];
  const averages = [0, 0];
  for (let sentence = 0; sentence < count; sentence++) {
    noteFirstAppearances(sentences, sentence);
    noteFirstAppearances(titles, sectionOf[sentence]!);
    const lengths = [rowLength(sentences, sentence), rowLength(titles, sectionOf[sentence]!)];
    documentIds.push(`"${sentence}":${sentence}`);
    fieldLengths.push(`"${sentence}":[${lengths.join(',')}]`);
    // The running average exactly as MiniSearch keeps it while adding, so that BM25 scores agree to the last bit.
    lengths.forEach((length, field) => (averages[field] = (averages[field]! * sentence + length) / (sentence + 1)));
  }
  const index = termsInOrder.map((term) => {
    const data = fields.flatMap((postings, field) => (postings.offsets[term + 1]! > postings.offsets[term]! ? [`"${field}":${fieldJSON(postings, term)}`] : []));
    return `[${JSON.stringify(terms[term])},{${data.join(',')}}]`;
  });
  return [
    `{"documentCount":${count},"nextId":${count},"documentIds":{${documentIds.join(',')}}`,
    `"fieldIds":{"text":0,"title":1},"fieldLength":{${fieldLengths.join(',')}},"averageFieldLength":${JSON.stringify(averages)}`,
    `"storedFields":{},"dirtCount":0,"index":[${index.join(',')}],"serializationVersion":2}`,
  ].join(',');
}
