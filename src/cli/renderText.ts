import type { AskResult } from '../engine/ask.ts';
import type { Passage } from '../engine/passage.ts';
import type { QuoteResult } from '../engine/quote.ts';
import type { Contents, DocumentNeeded, SectionText } from '../engine/sections.ts';
import type { Summary, SummaryNotFound } from '../engine/summarize.ts';
import { shownText } from '../present/excerpt.ts';
import { whichDocument, type CommandExample } from '../present/documentChoice.ts';
import type { HelpList } from '../../commands/help.ts';
import { INTRODUCTION } from '../present/help.ts';
import { counted } from '../present/plural.ts';
import { passageReferences, placeInDocument, sectionLabel } from '../present/reference.ts';
import { explainRefusal, searchedDocuments } from '../present/refusal.ts';

/** Prefixes every line of a text. */
const linesBehind = (prefix: string, text: string): string =>
  text
    .split(/\r?\n/u)
    .map((line) => `${prefix}${line}`)
    .join('\n');

/** A quote as it reads in Discord: prose behind "> ", code indented under its lead-in; then the reference. */
function renderPassage(passage: Passage, reference: string): string {
  const quoted = passage.code
    ? `${passage.code.lead === undefined ? '' : `${linesBehind('> ', passage.code.lead)}\n`}${linesBehind('    ', shownText(passage))}`
    : linesBehind('> ', shownText(passage));
  return `${quoted}\n— ${reference}`;
}

function renderList(title: string, passages: readonly Passage[], references: readonly string[]): string {
  const items = passages.map((passage, i) => `${i + 1}. ${renderPassage(passage, references[i] ?? '').replace(/\n/gu, '\n   ')}`);
  return passages.length === 0 ? '' : `\n\n${title}\n${items.join('\n')}`;
}

/** A lead passage and a numbered list of others, each with its reference (see `passageReferences`). */
function renderPassages(first: Passage, title: string, others: readonly Passage[]): string {
  const [reference = '', ...references] = passageReferences([first, ...others]);
  return `${renderPassage(first, reference)}${renderList(title, others, references)}`;
}

/** `several`: whether the question searched more than one document, as the refusal then says. */
export function renderAsk(result: AskResult, several: boolean): string {
  if (result.kind === 'refusal') {
    return `${explainRefusal(result, several)}${renderList('Closest passages:', result.related, passageReferences(result.related))}`;
  }
  return renderPassages(result.answer, 'Supporting passages:', result.supporting);
}

export function renderQuote(result: QuoteResult, several: boolean): string {
  const [first, ...others] = result.matches;
  if (!first) return `No sentence in ${searchedDocuments(several)} matches “${result.text}”.`;
  const lead = result.exact ? '' : 'No exact match; the closest sentence:\n';
  return `${lead}${renderPassages(first, 'Other matches:', others)}`;
}

/** The documents to choose from, one a line: the id to type, then the title. */
function renderDocumentNeeded(needed: DocumentNeeded, request: CommandExample): string {
  const width = Math.max(...needed.documents.map((document) => document.id.length));
  const rows = needed.documents.map((document) => `  ${document.id.padEnd(width)}  ${document.title}`);
  return `${whichDocument(needed, request, 'document: ID (or --document ID on the command line)')}.\n${rows.join('\n')}`;
}

export function renderSummary(result: Summary | SummaryNotFound | DocumentNeeded): string {
  if (result.kind === 'document-needed') return renderDocumentNeeded(result, { command: 'summary' });
  if (result.kind === 'not-found') return `There is no ${result.what} called “${result.name}”. Try /sections.`;
  const scope = result.section ? sectionLabel(result.section) : result.document.title;
  const lines = result.sentences.map((passage) => `• ${passage.text}\n  — ${placeInDocument(passage.ref)}`);
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

export function renderSection(result: SectionText | DocumentNeeded | undefined, name: string): string {
  if (!result) return `There is no section called “${name}”. Try /sections.`;
  if (result.kind === 'document-needed') return renderDocumentNeeded(result, { command: 'section', options: [['name', name]] });
  const paragraphs = result.paragraphs.map((paragraph) => `¶${paragraph.number} ${paragraph.text}`);
  return `${sectionLabel(result)} — ${result.document.title}\n\n${paragraphs.join('\n\n')}`;
}

/** /find: the passages that bear on a text, each with its reference. */
export function renderFindings(passages: readonly Passage[], text: string, several: boolean): string {
  if (passages.length === 0) return `Nothing in ${searchedDocuments(several)} bears on “${text}”.`;
  return renderList('Passages that bear on this text:', passages, passageReferences(passages)).trimStart();
}

export function renderHelp(commands: HelpList['commands']): string {
  const rows = commands.map((command) => `  ${command.usage}\n      ${command.summary}\n      e.g. ${command.example}`);
  return `${INTRODUCTION}\n\nCommands:\n${rows.join('\n')}\n\nOptions may also be typed as in Discord: /summary section: 3 length: short.\nA line without a command is asked as a question. /quit leaves.`;
}
