import type { APIEmbed } from 'discord.js';
import type { Passage } from '../../engine/passage.ts';
import type { QuoteResult } from '../../engine/quote.ts';
import { passageReferences } from '../../present/reference.ts';
import { searchedDocuments } from '../../present/refusal.ts';
import { escapeEcho } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { passageField, passageFields, quoteWithReference } from './passage.ts';
import { ACCENT, MUTED, reply, type Reply } from './reply.ts';

/** /quote: the matching sentence verbatim with its reference, and other close matches. `several`: whether it searched more than one document. */
export function renderQuote(result: QuoteResult, several: boolean): Reply {
  const title = truncate(`🔎 “${escapeEcho(result.text)}”`, LIMITS.embedTitle);
  const [first, ...others] = result.matches;
  if (!first) return reply([{ color: MUTED, title, description: `No sentence in ${searchedDocuments(several)} matches this.` }]);
  const lead = result.exact ? '' : 'No exact match. The closest sentence:\n';
  const [reference = '', ...references] = passageReferences(result.matches);
  const embed: APIEmbed = {
    color: ACCENT,
    title,
    description: lead + quoteWithReference(first, reference, LIMITS.embedDescription - lead.length),
    fields: others.map((passage, i) => passageField(passage, references[i] ?? '', 'Also')),
  };
  return reply([embed]);
}

/** Message context menu "Find in document": the passages that bear on a message. `several`: whether it searched more than one document. */
export function renderFindings(passages: readonly Passage[], ephemeral: boolean, several: boolean): Reply {
  const title = 'Passages that bear on this message';
  if (passages.length === 0) return reply([{ color: MUTED, title, description: `Nothing in ${searchedDocuments(several)} bears on this message.` }], { ephemeral });
  return reply([{ color: ACCENT, title, fields: passageFields(passages) }], { ephemeral });
}
