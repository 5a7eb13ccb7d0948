import type { APIEmbedField } from 'discord.js';
import type { Passage } from '../../engine/passage.ts';
import { shownText } from '../../present/excerpt.ts';
import { passageReferences } from '../../present/reference.ts';
import { blockquote, escapeText, highlight } from './escape.ts';
import { LIMITS, renderWithin, truncate } from './limits.ts';

/** A quote with its matched words in bold, then its reference (see `passageReferences`), within `max` characters. */
export function quoteWithReference(passage: Passage, reference: string, max: number): string {
  const line = `\n— ${escapeText(reference)}`;
  const room = Math.max(0, max - line.length);
  return truncate(`${renderWithin(shownText(passage), room, (text) => blockquote(highlight(text, passage.matched)))}${line}`, max);
}

/** A passage as an embed field: its reference as the name, after a label such as "Supporting", the quote as its value. */
export function passageField(passage: Passage, reference: string, label?: string): APIEmbedField {
  return {
    name: truncate(escapeText(label ? `${label} · ${reference}` : reference), LIMITS.fieldName),
    value: renderWithin(shownText(passage), LIMITS.fieldValue, (text) => blockquote(highlight(text, passage.matched))),
  };
}

/** Passages as embed fields, each named by its reference. */
export function passageFields(passages: readonly Passage[], label?: string): APIEmbedField[] {
  const references = passageReferences(passages);
  return passages.map((passage, i) => passageField(passage, references[i] ?? '', label));
}
