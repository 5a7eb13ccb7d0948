/**
 * The most of a question or phrase the engine reads. Discord's own options stop at 300 characters; anything longer
 * (a forged request, a long message given to Find in document) is cut, so that the work one query can cause is
 * bounded by that of a 500-character question whatever is sent.
 */
export const MAX_QUERY_LENGTH = 500;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;

/** The text itself when short enough, else its start, cut at the last space when there is one, never inside a character. */
export function boundQuery(text: string): string {
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const space = text.lastIndexOf(' ', MAX_QUERY_LENGTH);
  let end = space > MAX_QUERY_LENGTH / 2 ? space : MAX_QUERY_LENGTH;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end);
}
