/** A code span (`` `x` `` or ``` ``x`` ```), whose content is shown as written. */
const CODE_SPAN = /(?<!`)(`+)([^`][\s\S]*?)(?<!`)\1(?!`)/gu;

// Links, images and link references keep their text; not after a letter, digit, `]` or `)`, so `doc[key]` in code stays.
const LINK = /(?<![\p{L}\p{N}_\])])!?\[([^[\]]*)\](?:\([^()\s]*(?:\s+"[^"]*")?\)|\[[^[\]]*\])?/gu;

// Emphasis opens on a letter or digit, so `a * b` and glob stars such as `'*.password'` stay; `_` never inside a word.
const STRONG = /\*\*(?=[\p{L}\p{N}])([^*]*?\S)\*\*|(?<![\p{L}\p{N}_])__(?=[\p{L}\p{N}])([^_]*?\S)__(?![\p{L}\p{N}_])/gu;
const EMPHASIS = /\*(?=[\p{L}\p{N}])([^*]*?\S)\*|(?<![\p{L}\p{N}_])_(?=[\p{L}\p{N}])([^_]*?\S)_(?![\p{L}\p{N}_])/gu;

function withoutLinksAndEmphasis(text: string): string {
  const keepText = (_match: string, first: string | undefined, second: string | undefined): string => first ?? second ?? '';
  return text.replace(LINK, keepText).replace(STRONG, keepText).replace(EMPHASIS, keepText);
}

/** Markdown as a reader sees it: link targets, emphasis markers and code ticks dropped, code spans' content kept as written. */
export function displayedText(markdown: string): string {
  let displayed = '';
  let from = 0;
  for (const span of markdown.matchAll(CODE_SPAN)) {
    displayed += withoutLinksAndEmphasis(markdown.slice(from, span.index)) + (span[2] ?? '');
    from = span.index + span[0].length;
  }
  return displayed + withoutLinksAndEmphasis(markdown.slice(from));
}
