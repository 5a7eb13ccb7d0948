import type { APIEmbedField } from 'discord.js';
import type { Passage } from '../../engine/passage.ts';
import { shownText } from '../../present/excerpt.ts';
import { formatReference, sectionLabel } from '../../present/reference.ts';
import { blockquote, escapeText, highlight } from './escape.ts';
import { LIMITS, renderWithin, truncate } from './limits.ts';

/** A quote with its matched words in bold, then its reference, within `max` characters. */
export function quoteWithReference(passage: Passage, max: number): string {
  const reference = `\n— ${escapeText(formatReference(passage.ref))}`;
  const room = Math.max(0, max - reference.length);
  return truncate(`${renderWithin(shownText(passage), room, (text) => blockquote(highlight(text, passage.matched)))}${reference}`, max);
}

/** A passage as an embed field: the reference as its name, the quote as its value. */
export function passageField(passage: Passage, label?: string): APIEmbedField {
  const where = `${sectionLabel(passage.ref.section)} · ¶${passage.ref.paragraph}`;
  return {
    name: truncate(escapeText(label ? `${label} · ${where}` : where), LIMITS.fieldName),
    value: renderWithin(shownText(passage), LIMITS.fieldValue, (text) => blockquote(highlight(text, passage.matched))),
  };
}
