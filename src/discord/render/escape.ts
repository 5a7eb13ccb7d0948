import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Makes text safe to echo: Markdown is escaped so it shows as typed, and mentions (@everyone, @here, <@id>, <#id>,
 * <@&id>) are broken with a zero-width space, since escapeMarkdown leaves them alone.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/giu, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#][!&]?|\/)/gu, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Control characters and bidirectional overrides: invisible, and an override would reverse docent's own words after it. */
export const INVISIBLE_CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** A member's own text echoed back on one line: controls dropped, whitespace collapsed, then escaped. */
export function escapeEcho(text: string): string {
  return escapeText(text.replace(INVISIBLE_CONTROLS, ' ').replace(/\s+/gu, ' ').trim());
}

/** Word characters, for deciding whether a match stands on word boundaries. */
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Character ranges of whole-word occurrences of the given words, merged and in order. */
function wordRanges(text: string, words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of new Set(words)) {
    if (word === '') continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) ranges.push([at, at + word.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Escapes text and puts the given words in bold. Plain string search, no patterns built from input. */
export function highlight(text: string, words: readonly string[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of wordRanges(text, words)) {
    out += `${escapeText(text.slice(at, start))}**${escapeText(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeText(text.slice(at));
}

/** A quotation block: every line behind "> ". */
export function blockquote(text: string): string {
  return text
    .split(/\r?\n/u)
    .map((line) => `> ${line}`)
    .join('\n');
}

/** A language name Discord's code blocks accept: a word, or nothing. */
const LANGUAGE = /^[\w+#.-]{1,20}$/u;
const FENCE = /```/gu;

/**
 * A fenced code block shown exactly as written, with its language for highlighting. Nothing inside is escaped, as
 * Discord shows a code block literally; only a run of three backticks, which would close it, is broken with a
 * zero-width space.
 */
export function codeBlock(code: string, language: string): string {
  return `\`\`\`${LANGUAGE.test(language) ? language : ''}\n${code.replace(FENCE, `\`\`${ZERO_WIDTH_SPACE}\``)}\n\`\`\``;
}
