/** Discord's limits on what a bot sends (see the loopback notes); every reply is built within them. */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** All embed text of one message together. */
  embedTotal: 6000,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  buttonsPerRow: 5,
  rows: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

const ELLIPSIS = '…';

/** Cuts text to at most `max` characters (UTF-16 units, as Discord counts), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, max - ELLIPSIS.length);
  // Never leave half a surrogate pair or a dangling escape backslash at the cut.
  if (/[\uD800-\uDBFF]$/u.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/\\+$/u, (slashes) => (slashes.length % 2 === 0 ? slashes : slashes.slice(0, -1)));
  return `${cut}${ELLIPSIS}`;
}

/**
 * Renders raw text through `render` (escaping, highlighting) within `max` characters, shortening the raw text
 * rather than cutting the rendered markup, so that bold and escapes stay balanced.
 */
export function renderWithin(raw: string, max: number, render: (text: string) => string): string {
  let text = raw;
  for (let attempt = 0; attempt < 12; attempt++) {
    const rendered = render(text);
    if (rendered.length <= max) return rendered;
    const keep = Math.floor(text.length * (max / rendered.length)) - 2;
    if (keep <= 0) break;
    text = truncate(text, keep);
  }
  return truncate(render(''), max);
}
