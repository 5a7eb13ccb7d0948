/**
 * Options typed as in Discord, "name: value": members who know the slash commands type `/ask question: …` or
 * `/summary section: 3 length: short` in the console too.
 */
export type SlashOptions = ReadonlyMap<string, string>;

const escapeForPattern = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * The named options of a command's text, when it starts with one of `names` followed by a colon; otherwise
 * undefined, and the text is the command's plain argument. A name later in the text starts the next option only
 * after a space, so a colon inside a value stays part of it.
 *
 * @example
 * slashOptions('section: 3 length: short', ['section', 'length']); // Map { 'section' → '3', 'length' → 'short' }
 * slashOptions('Who leads: the faction?', ['question']); // undefined
 */
export function slashOptions(text: string, names: readonly string[]): SlashOptions | undefined {
  if (names.length === 0) return undefined;
  const alternatives = names.map(escapeForPattern).join('|');
  const trimmed = text.trim();
  if (!new RegExp(`^(?:${alternatives}):`, 'iu').test(trimmed)) return undefined;
  const options = new Map<string, string>();
  const starts = [...trimmed.matchAll(new RegExp(`(?:^|\\s)(${alternatives}):`, 'giu'))];
  starts.forEach((start, i) => {
    const from = (start.index ?? 0) + start[0].length;
    const to = starts[i + 1]?.index ?? trimmed.length;
    options.set((start[1] ?? '').toLowerCase(), trimmed.slice(from, to).trim());
  });
  return options;
}
