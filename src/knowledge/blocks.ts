/**
 * A heading, a paragraph or a code block. From a plain-text file its text is an exact slice of the file (line breaks
 * as written); from Markdown it is the text as displayed (see `readMarkdownBlocks`), a heading its section's path,
 * and a code block its lines as written.
 */
export type Block =
  | { readonly kind: 'heading' | 'paragraph'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string; readonly language: string };

interface Line {
  /** The line without trailing white space. */
  readonly text: string;
  /** Offsets of the first non-space character and of the end of `text` in the file, so paragraphs are exact slices. */
  readonly start: number;
  readonly end: number;
  readonly blankBefore: boolean;
}

/** Lines longer than this are whole paragraphs (unwrapped text); shorter ones may be hard-wrapped pieces of one. */
const WRAP_WIDTH = 100;
/** A plain-text heading is short: a title, not a sentence. */
const MAX_HEADING_LENGTH = 120;
const MAX_HEADING_WORDS = 16;

const ENDS_LIKE_SENTENCE = /[.!?:;,…]["'”’)\]]*$/u;
/** A line of only `=`, `-`, `*` or `_`: under a title it underlines it, as Markdown's setext headings do; alone, a rule. */
const RULE_LINE = /^\s*(?:={3,}|-{3,}|\*{3,}|_{3,})\s*$/u;

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let blankBefore = false;
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  for (const raw of text.slice(offset).split('\n')) {
    const line = raw.trimEnd();
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '') blankBefore = true;
    else {
      lines.push({ text: line, start: offset + indent, end: offset + line.length, blankBefore });
      blankBefore = false;
    }
    offset += raw.length + 1;
  }
  return lines;
}

/**
 * The lines after `index` up to the next blank line: the block a heading would introduce. Only its length up to
 * MAX_HEADING_LENGTH and its end matter, so reading stops there: a long run of short lines stays linear.
 */
function followingBlock(lines: readonly Line[], index: number): string {
  const block: string[] = [];
  let length = 0;
  for (let i = index + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (block.length > 0 && line.blankBefore) break;
    length += (block.length > 0 ? 1 : 0) + line.text.length;
    block.push(line.text);
    if (line.text.length > WRAP_WIDTH || length > MAX_HEADING_LENGTH) break;
  }
  return block.join(' ');
}

/** Whether a line closes what came before it, so the next line may start something new. */
function closesBlock(line: Line | undefined): boolean {
  return line === undefined || line.text.length > WRAP_WIDTH || ENDS_LIKE_SENTENCE.test(line.text);
}

/** "Looking Ahead: The Path to Cooperation": most longer words capitalised, as titles are written. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}{4,}/u.test(word));
  return words.filter((word) => /^["'“‘(]?\p{Lu}/u.test(word)).length * 5 >= words.length * 3;
}

/**
 * A plain-text heading: short, not a sentence, capitalised, standing on its own after a blank line or a finished
 * paragraph, and followed by a paragraph. Without a blank line after it, it must also be in title case, or it
 * could be the first line of a hard-wrapped paragraph.
 */
function isTextHeading(lines: readonly Line[], index: number): boolean {
  const line = lines[index]!;
  const text = line.text.trim();
  return (
    text.length <= MAX_HEADING_LENGTH &&
    text.split(/\s+/u).length <= MAX_HEADING_WORDS &&
    !ENDS_LIKE_SENTENCE.test(text) &&
    /^["'“‘(]?[\p{Lu}\p{N}]/u.test(text) &&
    (line.blankBefore || closesBlock(lines[index - 1])) &&
    (lines[index + 1]?.blankBefore === true || isTitleCase(text)) &&
    introducesParagraph(followingBlock(lines, index))
  );
}

/** A line with an underline right below it ("MANUAL" over "======"): a heading, whatever its case or length. */
function isUnderlined(lines: readonly Line[], index: number): boolean {
  const next = lines[index + 1];
  return next !== undefined && !next.blankBefore && RULE_LINE.test(next.text) && !RULE_LINE.test(lines[index]!.text);
}

function introducesParagraph(next: string): boolean {
  return next.length > MAX_HEADING_LENGTH || ENDS_LIKE_SENTENCE.test(next);
}

/** Joins hard-wrapped lines into one paragraph; keeps unwrapped lines (one paragraph per line) apart. */
function groupParagraphs(source: string, lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) blocks.push({ kind: 'paragraph', text: source.slice(first.start, last.end) });
    current = [];
  };
  for (const line of lines) {
    const previous = current[current.length - 1];
    const continuesWrapped = previous !== undefined && !line.blankBefore && previous.text.length <= WRAP_WIDTH;
    if (!continuesWrapped) flush();
    current.push(line);
  }
  flush();
  return blocks;
}

/**
 * Splits a plain-text file into headings and paragraphs, each an exact slice of the file. A heading is a short line
 * that does not end a sentence and is followed by a paragraph, or a line underlined with `=` or `-`; rules of such
 * characters are not text.
 */
export function readTextBlocks(text: string): Block[] {
  const lines = readLines(text);
  const blocks: Block[] = [];
  let pending: Line[] = [];
  const flush = (): void => {
    blocks.push(...groupParagraphs(text, pending));
    pending = [];
  };
  lines.forEach((line, i) => {
    if (RULE_LINE.test(line.text)) return;
    if (isUnderlined(lines, i) || isTextHeading(lines, i)) {
      flush();
      blocks.push({ kind: 'heading', text: line.text.trim() });
    } else {
      pending.push(line);
    }
  });
  flush();
  return blocks;
}
