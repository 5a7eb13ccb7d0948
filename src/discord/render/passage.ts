import type { APIEmbedField } from 'discord.js';
import type { Passage } from '../../engine/passage.ts';
import { shownText } from '../../present/excerpt.ts';
import { passageReferences } from '../../present/reference.ts';
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

/** A quote, then its reference (see `passageReferences`), within `max` characters. */
export function quoteWithReference(passage: Passage, reference: string, max: number): string {
  const line = `\n— ${escapeText(reference)}`;
  const room = Math.max(0, max - line.length);
  return truncate(`${quoteBlock(passage, room)}${line}`, max);
}

/** A passage as an embed field: its reference as the name, after a label such as "Supporting", the quote as its value. */
export function passageField(passage: Passage, reference: string, label?: string): APIEmbedField {
  return {
    name: truncate(escapeText(label ? `${label} · ${reference}` : reference), LIMITS.fieldName),
    value: quoteBlock(passage, LIMITS.fieldValue),
  };
}

/** Passages as embed fields, each named by its reference. */
export function passageFields(passages: readonly Passage[], label?: string): APIEmbedField[] {
  const references = passageReferences(passages);
  return passages.map((passage, i) => passageField(passage, references[i] ?? '', label));
}
