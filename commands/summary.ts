import { DOCUMENT_OPTION, textOption, type CommandDefinition, type Options } from '../src/commands/definition.ts';
import { parseSectionValue } from '../src/commands/sectionValue.ts';
import type { DocumentNeeded } from '../src/engine/sections.ts';
import type { Document } from '../src/knowledge/types.ts';
import { SUMMARY_LENGTHS, summaryLength, summaryScope, type Summary, type SummaryNotFound } from '../src/engine/summarize.ts';

/** "/summary 3 short": a trailing length word, and the rest names the section. */
export function parseSummaryArgs(text: string): { section?: string; length?: string } {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  const length = summaryLength(words[words.length - 1] ?? '');
  const section = (length ? words.slice(0, -1) : words).join(' ');
  return { ...(section ? { section } : {}), ...(length ? { length } : {}) };
}

/**
 * "/summary tiny", "/summary 3 tiny": a last word that names no section, after words that name one (or none), was
 * meant as a length. Returns that word, to be named in the reply.
 */
function mistypedLength(documents: readonly Document[], text: string, document: string | undefined): { section?: string; length: string } | undefined {
  const whole = summaryScope(documents, { section: text, document });
  if (whole.kind !== 'not-found' || whole.what !== 'section') return undefined;
  const words = text.trim().split(/\s+/u);
  const last = words.pop() ?? '';
  if (!/^\p{L}+$/u.test(last)) return undefined;
  const rest = words.join(' ');
  if (rest === '') return { length: last };
  return summaryScope(documents, { section: rest, document }).kind === 'scope' ? { section: rest, length: last } : undefined;
}

export default {
  name: 'summary',
  description: 'An extractive summary of the whole document or of one section',
  options: [
    { name: 'section', description: 'A section; empty for the whole document', kind: 'text', maxLength: 100, suggest: 'sections' },
    { name: 'length', description: 'How long a summary', kind: 'choice', choices: SUMMARY_LENGTHS },
    DOCUMENT_OPTION,
  ],
  help: { usage: '/summary [section] [short|medium|long]', summary: 'An extractive summary of the whole document or of one section.', example: '/summary 3 short' },
  slow: true,
  readText: (text, docent, document): Options => {
    const parsed = parseSummaryArgs(text);
    return (!parsed.length && parsed.section !== undefined && mistypedLength(docent.documents, parsed.section, document)) || parsed;
  },
  run: (docent, options) => {
    const section = textOption(options, 'section');
    const document = textOption(options, 'document');
    const scope = section ? parseSectionValue(section, document) : { document };
    return docent.summarize({ ...scope, length: summaryLength(textOption(options, 'length') ?? '') });
  },
} satisfies CommandDefinition<Summary | SummaryNotFound | DocumentNeeded>;
