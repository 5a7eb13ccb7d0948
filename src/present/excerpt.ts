import type { Passage } from '../engine/passage.ts';

/** The passage's text as shown: an excerpt of a longer sentence is marked with "…" where it was cut. */
export function shownText(passage: Passage): string {
  return `${passage.clipped?.start ? '…' : ''}${passage.text}${passage.clipped?.end ? '…' : ''}`;
}
