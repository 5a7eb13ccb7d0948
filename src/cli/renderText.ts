import type { AskResult } from '../engine/ask.ts';
import type { Passage } from '../engine/passage.ts';
import type { QuoteResult } from '../engine/quote.ts';
import type { Contents, SectionText } from '../engine/sections.ts';
import type { Summary, SummaryNotFound } from '../engine/summarize.ts';
import { shownText } from '../present/excerpt.ts';
import { COMMAND_HELP, INTRODUCTION } from '../present/help.ts';
import { counted } from '../present/plural.ts';
import { formatReference, sectionLabel } from '../present/reference.ts';
import { explainRefusal } from '../present/refusal.ts';

/** Prefixes every line of a text. */
const linesBehind = (prefix: string, text: string): string =>
  text
    .split(/\r?\n/u)
    .map((line) => `${prefix}${line}`)
    .join('\n');

/** A quote as it reads in Discord: prose behind "> ", code indented under its lead-in; then the reference. */
function renderPassage(passage: Passage): string {
  const quoted = passage.code
    ? `${passage.code.lead === undefined ? '' : `${linesBehind('> ', passage.code.lead)}\n`}${linesBehind('    ', shownText(passage))}`
    : linesBehind('> ', shownText(passage));
  return `${quoted}\n— ${formatReference(passage.ref)}`;
}

function renderList(title: string, passages: readonly Passage[]): string {
  return passages.length === 0 ? '' : `\n\n${title}\n${passages.map((passage, i) => `${i + 1}. ${renderPassage(passage).replace(/\n/gu, '\n   ')}`).join('\n')}`;
}

export function renderAsk(result: AskResult): string {
  if (result.kind === 'refusal') {
    return `${explainRefusal(result)}${renderList('Closest passages:', result.related)}`;
  }
  return `${renderPassage(result.answer)}${renderList('Supporting passages:', result.supporting)}`;
}

export function renderQuote(result: QuoteResult): string {
  const [first, ...others] = result.matches;
  if (!first) return `No sentence in the document matches “${result.text}”.`;
  const lead = result.exact ? '' : 'No exact match; the closest sentence:\n';
  return `${lead}${renderPassage(first)}${renderList('Other matches:', others)}`;
}

export function renderSummary(result: Summary | SummaryNotFound): string {
  if (result.kind === 'not-found') return `There is no ${result.what} called “${result.name}”. Try /sections.`;
  const scope = result.section ? sectionLabel(result.section) : result.document.title;
  const lines = result.sentences.map((passage) => `• ${passage.text}\n  — ${sectionLabel(passage.ref.section)} · ¶${passage.ref.paragraph}`);
  return `Summary of ${scope} (${result.length}):\n${lines.join('\n')}`;
}

export function renderContents(contents: readonly Contents[]): string {
  return contents
    .map(({ document, sections }) => {
      const rows = sections.map((s) => `  §${s.number} ${s.title} (${counted(s.paragraphs, 'paragraph')}, ${counted(s.sentences, 'sentence')})`);
      return `${document.title} [${document.id}]\n${rows.join('\n')}`;
    })
    .join('\n\n');
}

export function renderSection(result: SectionText | undefined, name: string): string {
  if (!result) return `There is no section called “${name}”. Try /sections.`;
  const paragraphs = result.paragraphs.map((paragraph) => `¶${paragraph.number} ${paragraph.text}`);
  return `${sectionLabel(result)} — ${result.document.title}\n\n${paragraphs.join('\n\n')}`;
}

export function renderHelp(): string {
  const rows = COMMAND_HELP.map((command) => `  ${command.usage}\n      ${command.summary}\n      e.g. ${command.example}`);
  return `${INTRODUCTION}\n\nCommands:\n${rows.join('\n')}\n\nOptions may also be typed as in Discord: /summary section: 3 length: short.\nA line without a command is asked as a question. /quit leaves.`;
}
