import { excerptSpan, type Passage } from '../engine/passage.ts';

/**
 * The stretch of at most `max` characters, cut between words, holding the most matched words (see `excerptSpan`),
 * with runs of white space as one space: what an autocomplete suggestion shows, and what the member's pick then
 * searches for.
 */
export function excerptAround(text: string, words: readonly string[], max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const { start, end } = excerptSpan(flat, words, max);
  return flat.slice(start, end);
}

/** The passage's text as shown: an excerpt of a longer sentence is marked with "…" where it was cut. */
export function shownText(passage: Passage): string {
  return `${passage.clipped?.start ? '…' : ''}${passage.text}${passage.clipped?.end ? '…' : ''}`;
}
