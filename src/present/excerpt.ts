/**
 * A verbatim stretch of at most `max` characters around the first matched word, starting and ending at word
 * boundaries where it can: what an autocomplete suggestion shows, and what the member's pick then searches for.
 */
export function excerptAround(text: string, words: readonly string[], max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  const hits = words.map((word) => flat.indexOf(word)).filter((at) => at >= 0);
  const first = hits.length > 0 ? Math.min(...hits) : 0;
  let start = Math.max(0, Math.min(first - Math.floor(max / 4), flat.length - max));
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
