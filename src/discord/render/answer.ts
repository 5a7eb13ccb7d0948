import type { APIEmbed } from 'discord.js';
import type { AskResult } from '../../engine/ask.ts';
import type { Passage } from '../../engine/passage.ts';
import { passageReferences, sectionReferences } from '../../present/reference.ts';
import { explainRefusal } from '../../present/refusal.ts';
import { escapeEcho, escapeText } from './escape.ts';
import { LIMITS, truncate } from './limits.ts';
import { passageField, passageFields, quoteWithReference } from './passage.ts';
import { ACCENT, MUTED, reply, type ButtonSpec, type Reply } from './reply.ts';

/** The question as the embed's title, escaped so it shows exactly as typed and pings nobody. */
export function questionTitle(question: string): string {
  return truncate(`❓ ${escapeEcho(question)}`, LIMITS.embedTitle);
}

function sectionButton(passage: Passage, label = 'Show section'): ButtonSpec {
  return {
    label,
    state: { kind: 'section', mode: 'open', document: passage.ref.document.id, section: passage.ref.section.number, page: 0 },
  };
}

/** Distinct sections of some passages, in order of first appearance. */
function sectionsOf(passages: readonly Passage[]): Passage[] {
  const seen = new Set<string>();
  return passages.filter((passage) => {
    const key = `${passage.ref.document.id}#${passage.ref.section.number}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** 👍 and 👎 for a stored answer. */
function voteButtons(answerId: number | undefined): ButtonSpec[] {
  if (answerId === undefined) return [];
  return [
    { label: '👍', state: { kind: 'vote', vote: 1, answer: answerId } },
    { label: '👎', state: { kind: 'vote', vote: -1, answer: answerId } },
  ];
}

/**
 * /ask: the primary quote with bold matches and its reference, supporting passages, and the two buttons. `several`:
 * whether the question searched more than one document, as a refusal then says; `answerId`: the stored answer, voted on
 * with 👍 and 👎.
 */
export function renderAsk(result: AskResult, options: { several: boolean; ephemeral?: boolean; document?: string; answerId?: number }): Reply {
  const title = questionTitle(result.question);
  if (result.kind === 'refusal') {
    const closest = sectionsOf(result.related).slice(0, 3);
    const labels = sectionReferences(closest);
    const embed: APIEmbed = {
      color: MUTED,
      title,
      description: explainRefusal(result, options.several, (word) => `“${escapeText(word)}”`),
      fields: closest.length === 0 ? [] : [{ name: 'Closest sections', value: labels.map(escapeText).join('\n') }],
    };
    const buttons = closest.map((passage, i) => sectionButton(passage, truncate(labels[i] ?? '', LIMITS.buttonLabel)));
    return reply([embed], { buttons: [...buttons, ...voteButtons(options.answerId)], ephemeral: options.ephemeral });
  }
  const [reference = '', ...references] = passageReferences([result.answer, ...result.supporting]);
  const embed: APIEmbed = {
    color: ACCENT,
    title,
    description: quoteWithReference(result.answer, reference, LIMITS.embedDescription),
    fields: result.supporting.map((passage, i) => passageField(passage, references[i] ?? '', 'Supporting')),
  };
  const more: ButtonSpec = { label: 'More passages', state: { kind: 'more', page: 1, document: options.document ?? '', question: result.question } };
  return reply([embed], { buttons: [more, sectionButton(result.answer), ...voteButtons(options.answerId)], ephemeral: options.ephemeral });
}

/** "More passages": the next page of passages for the question, with a button for the page after. */
export function renderMorePassages(question: string, passages: readonly Passage[], page: number, hasMore: boolean, document: string): Reply {
  const embed: APIEmbed =
    passages.length === 0
      ? { color: MUTED, title: questionTitle(question), description: 'No further passages bear on this question.' }
      : { color: ACCENT, title: questionTitle(question), fields: passageFields(passages) };
  const buttons: ButtonSpec[] = hasMore ? [{ label: 'More passages', state: { kind: 'more', page: page + 1, document, question } }] : [];
  return reply([embed], { buttons, ephemeral: true });
}
