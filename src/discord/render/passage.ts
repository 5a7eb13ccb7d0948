import type { APIEmbedField } from 'discord.js';
import type { Passage } from '../../engine/passage.ts';
import { shownText } from '../../present/excerpt.ts';
import { formatReference, sectionLabel } from '../../present/reference.ts';
import { blockquote, codeBlock, escapeText, highlight } from './escape.ts';
import { LIMITS, renderWithin, truncate } from './limits.ts';

/**
 * A passage's quote within `max` characters: prose as a block quote with its matched words in bold; code as a code
 * block in its language, under its lead-in quoted as prose.
 */
function quoteBlock(passage: Passage, max: number): string {
  const prose = (text: string): string => blockquote(highlight(text, passage.matched));
  if (!passage.code) return renderWithin(shownText(passage), max, prose);
  const lead = passage.code.lead === undefined ? '' : `${prose(passage.code.lead)}\n`;
  const language = passage.code.language;
  return `${lead}${renderWithin(shownText(passage), Math.max(0, max - lead.length), (text) => codeBlock(text, language))}`;
}

/** A quote, then its reference, within `max` characters. */
export function quoteWithReference(passage: Passage, max: number): string {
  const reference = `\n— ${escapeText(formatReference(passage.ref))}`;
  const room = Math.max(0, max - reference.length);
  return truncate(`${quoteBlock(passage, room)}${reference}`, max);
}

/** A passage as an embed field: the reference as its name, the quote as its value. */
export function passageField(passage: Passage, label?: string): APIEmbedField {
  const where = `${sectionLabel(passage.ref.section)} · ¶${passage.ref.paragraph}`;
  return {
    name: truncate(escapeText(label ? `${label} · ${where}` : where), LIMITS.fieldName),
    value: quoteBlock(passage, LIMITS.fieldValue),
  };
}
