import type { Passage } from '../engine/passage.ts';

/** Offsets of every whole-word occurrence of the words in the text, in order. */
function occurrencesOf(text: string, words: readonly string[]): number[] {
  const offsets: number[] = [];
  for (const word of new Set(words)) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + word.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) offsets.push(at);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/** The first offset of the stretch no longer than `span` holding the most occurrences: where the match is. */
function densest(offsets: readonly number[], span: number): number {
  let best = { first: offsets[0] ?? 0, count: 0 };
  let last = 0;
  for (let first = 0; first < offsets.length; first++) {
    while (last < offsets.length && offsets[last]! - offsets[first]! <= span) last++;
    if (last - first > best.count) best = { first: offsets[first]!, count: last - first };
  }
  return best.first;
}

/**
 * A verbatim stretch of at most `max` characters where the matched words stand thickest, starting and ending at
 * word boundaries where it can: what an autocomplete suggestion shows, and what the member's pick then searches for.
 */
export function excerptAround(text: string, words: readonly string[], max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const lead = Math.floor(max / 4);
  const first = densest(occurrencesOf(flat, words), max - lead);
  let start = Math.max(0, Math.min(first - lead, flat.length - max));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  let end = Math.min(flat.length, start + max);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start + max / 2) end = space;
  }
  return flat.slice(start, end).trim();
}

/** The passage's text as shown: an excerpt of a longer sentence is marked with "…" where it was cut. */
export function shownText(passage: Passage): string {
  return `${passage.clipped?.start ? '…' : ''}${passage.text}${passage.clipped?.end ? '…' : ''}`;
}
