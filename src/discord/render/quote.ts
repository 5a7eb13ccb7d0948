import type { APIEmbed } from 'discord.js';
import type { Passage } from '../../engine/passage.ts';
import type { QuoteResult } from '../../engine/quote.ts';
import { escapeEcho } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { passageField, quoteWithReference } from './passage.ts';
import { ACCENT, MUTED, reply, type Reply } from './reply.ts';

/** /quote: the matching sentence verbatim with its reference, and other close matches. */
export function renderQuote(result: QuoteResult): Reply {
  const title = truncate(`🔎 “${escapeEcho(result.text)}”`, LIMITS.embedTitle);
  const [first, ...others] = result.matches;
  if (!first) return reply([{ color: MUTED, title, description: 'No sentence in the document matches this.' }]);
  const lead = result.exact ? '' : 'No exact match. The closest sentence:\n';
  const embed: APIEmbed = {
    color: ACCENT,
    title,
    description: lead + quoteWithReference(first, LIMITS.embedDescription - lead.length),
    fields: others.map((passage) => passageField(passage, 'Also')),
  };
  return reply([embed]);
}

/** Message context menu "Find in document": the passages that bear on a message. */
export function renderFindings(passages: readonly Passage[], ephemeral: boolean): Reply {
  const title = 'Passages that bear on this message';
  if (passages.length === 0) return reply([{ color: MUTED, title, description: 'Nothing in the document bears on this message.' }], { ephemeral });
  return reply([{ color: ACCENT, title, fields: passages.map((passage) => passageField(passage)) }], { ephemeral });
}
