import { INVISIBLE_CONTROLS } from './render/escape.ts';

/** Zero-width characters a word may hide (space, joiners, word joiner, byte-order mark): "car\u200btel" is "cartel". */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * Removes Discord's markup from text a member typed, before it is searched: user, role and channel mentions,
 * custom emoji, @everyone and @here, code fences, zero-width and control characters. What remains is what the
 * member meant to ask.
 */
export function plainQuestion(text: string): string {
  return text
    .replace(ZERO_WIDTH, '')
    .replace(INVISIBLE_CONTROLS, ' ')
    .replace(/<a?:(\w{1,32}):\d{15,21}>/gu, ' $1 ')
    .replace(/<(?:@[!&]?|#)\d{15,21}>|<@[!&]?\d+>|<#\d+>/gu, ' ')
    .replace(/@(?:everyone|here)\b/giu, ' ')
    .replace(/`{1,3}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
