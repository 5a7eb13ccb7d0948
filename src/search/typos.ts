/**
 * docent's one typo policy: how far a word as written may be from a word of the documents and still be taken for it,
 * and how much such a near miss counts. Parsing a question, searching candidates and looking up a remembered phrase
 * all read it here.
 */

/** Strength of a match 0, 1 or 2 edits away: a near miss must never count as much as the word itself. */
const TYPO_STRENGTH = [1, 0.7, 0.5] as const;

/** How much a word `distance` edits from the one written counts: 0 beyond the edits any word is allowed. */
export function typoStrength(distance: number): number {
  return TYPO_STRENGTH[distance] ?? 0;
}

/** Edits allowed in a word of this length: none up to 4 letters (their near spellings are other words), one up to 7, two from 8. */
export function editsAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Edits allowed in a word of a remembered phrase: one from 3 letters, since the words around it tell which word a short
 * near miss stands for ("teh" in "teh border wall"), as a lone question word cannot.
 */
export function editsAllowedInPhrase(length: number): number {
  return length >= 8 ? 2 : length >= 3 ? 1 : 0;
}

/** The digits of a word, in order: "7.1.0" → "710". */
const digitsOf = (word: string): string => word.replace(/\D/gu, '');
/** A number written with a dot between digits: a release ("7.1.0", "v2.3") or a decimal ("1.25"). */
const DOTTED_NUMBER = /\d\.\d/u;
/** A name with a number in it, which says which one: "http2", "es6", "utf8", "sha256". */
const NUMBERED_NAME = /^\p{L}.*\d/u;

/**
 * Whether a near spelling keeps the number the word as written holds, where it is a release, a decimal or a numbered
 * name: a near one is another ("7.1.0" is not "7.0.0", nor "1.25" "1.23", nor "http2" "http", nor "es6" "es5"). Other
 * words are held to the edits alone.
 */
export function keepsNumber(written: string, near: string): boolean {
  return !(DOTTED_NUMBER.test(written) || NUMBERED_NAME.test(written)) || digitsOf(written) === digitsOf(near);
}
