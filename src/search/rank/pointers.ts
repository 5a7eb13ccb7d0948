import type { IndexedSentence } from '../index/sentenceIndex.ts';
import type { Window } from './windows.ts';

/**
 * A cross-reference: a sentence that sends the reader elsewhere ("See pino options in API for redact API details.",
 * "Refer to the API documentation…", "For more details, see…"). It names the topic of the answer, not the answer.
 */
const POINTER = /^(?:(?:for (?:more|further|full|additional|in-depth)\b[^.,]*,\s*)?(?:see|refer to)\b)/iu;

/** Whether the sentence is prose that only points elsewhere; a line of code never is. */
export function pointsElsewhere(entry: IndexedSentence): boolean {
  const paragraph = entry.section.paragraphs[entry.sentence.ref.paragraph - 1];
  return paragraph?.code === undefined && POINTER.test(entry.sentence.text);
}

/**
 * The windows whose anchor only points elsewhere after the others, each part in its own order: a reader asked how
 * to do something answers from the passage that says it, and offers the pointer only when nothing else meets it.
 */
export function pointersLast(windows: readonly Window[]): Window[] {
  const pointing = windows.filter((window) => pointsElsewhere(window.anchor.entry));
  if (pointing.length === 0) return [...windows];
  return [...windows.filter((window) => !pointsElsewhere(window.anchor.entry)), ...pointing];
}
