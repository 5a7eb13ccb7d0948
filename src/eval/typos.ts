/** A word long enough that a reader still knows it with two letters swapped. */
const LONG_WORD = /\p{L}{5,}/gu;

/**
 * The question as typed in a hurry: its longest word (of five letters or more; the first, on a tie) with the two
 * letters at its middle swapped, "territory" → "terirtory". The same typo every run, so that runs compare.
 */
export function withSwappedLetters(question: string): string {
  let longest: RegExpExecArray | undefined;
  for (const match of question.matchAll(LONG_WORD)) if (!longest || match[0].length > longest[0].length) longest = match as RegExpExecArray;
  if (!longest) return question;
  const word = longest[0];
  const middle = Math.floor(word.length / 2);
  const typo = word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1);
  return question.slice(0, longest.index) + typo + question.slice(longest.index + word.length);
}
