import type { Docent } from '../engine/docent.ts';
import { findDocument } from '../engine/find.ts';
import { summaryLength, type SummaryLength } from '../engine/summarize.ts';
import type { Document } from '../knowledge/types.ts';
import { searchesSeveral } from '../present/searchScope.ts';
import { unknownLength } from '../present/summaryLength.ts';
import { renderAsk, renderContents, renderHelp, renderQuote, renderSection, renderSummary } from './renderText.ts';
import { slashOptions } from './slashOptions.ts';

/** What a console command produced: the engine's data (for --json) and its text rendering. */
export interface CommandOutput {
  readonly data: unknown;
  readonly text: string;
}

export const CONSOLE_COMMANDS = ['ask', 'quote', 'summary', 'sections', 'section', 'help'] as const;
export type ConsoleCommand = (typeof CONSOLE_COMMANDS)[number];

export function isConsoleCommand(name: string): name is ConsoleCommand {
  return (CONSOLE_COMMANDS as readonly string[]).includes(name);
}

/** "/summary 3 short": a trailing length word, and the rest names the section. */
export function parseSummaryArgs(text: string): { section?: string; length?: SummaryLength } {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  const length = summaryLength(words[words.length - 1] ?? '');
  const section = (length ? words.slice(0, -1) : words).join(' ');
  return { ...(section ? { section } : {}), ...(length ? { length } : {}) };
}

/**
 * "/summary tiny", "/summary 3 tiny": a last word that names no section, after words that name one (or none), was
 * meant as a length. Returns that word, to be named in the reply.
 */
function mistypedLength(docent: Docent, text: string, document: string | undefined): string | undefined {
  const words = text.trim().split(/\s+/u);
  const last = words.pop() ?? '';
  if (!/^\p{L}+$/u.test(last)) return undefined;
  const rest = words.join(' ');
  return rest === '' || docent.summarize({ section: rest, document, count: 1 }).kind === 'summary' ? last : undefined;
}

/** Each command's options as Discord names them (see commands/), the one its plain text stands for first. */
export const OPTION_NAMES: Readonly<Record<ConsoleCommand, readonly string[]>> = {
  ask: ['question', 'document', 'private'],
  quote: ['text', 'document'],
  summary: ['section', 'length', 'document'],
  sections: ['document'],
  section: ['name', 'document'],
  help: [],
};

type SummaryRequest = ReturnType<typeof parseSummaryArgs>;

type Arguments =
  | {
      readonly argument: string;
      readonly document: string | undefined;
      /** A summary's options when named, so that a section called "Long" is not taken for a length. */
      readonly summary?: SummaryRequest;
    }
  | { readonly problem: string };

/** The words for a document name that matches none of those loaded. */
export function unknownDocument(documents: readonly Document[], name: string): string {
  return `No document called "${name}". Loaded: ${documents.map((document) => document.id).join(', ')}.`;
}

/**
 * The command's plain argument and document, from text typed either way: "/summary 3 short" or, as in Discord,
 * "/summary section: 3 length: short". A console is private to its user, so `private` changes nothing.
 */
function readArguments(docent: Docent, command: ConsoleCommand, text: string, document: string | undefined): Arguments {
  const options = slashOptions(text, OPTION_NAMES[command]);
  if (!options) return { argument: text.trim(), document };
  const named = options.get('document') || document;
  if (named !== undefined && !findDocument(docent.documents, named)) return { problem: unknownDocument(docent.documents, named) };
  const typed = options.get('length');
  const length = summaryLength(typed ?? '');
  if (typed && !length) return { problem: unknownLength(typed) };
  const [main = ''] = OPTION_NAMES[command];
  const argument = options.get(main) ?? '';
  const summary = { ...(argument ? { section: argument } : {}), ...(length ? { length } : {}) };
  return { argument, document: named, ...(command === 'summary' ? { summary } : {}) };
}

/** Whether a command's data is the usage hint given for a missing argument. */
export function isUsageProblem(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'error' in data;
}

/** Runs one console command against the engine. Empty text gets a usage hint instead of a search. */
export function runCommand(docent: Docent, command: ConsoleCommand, text: string, defaultDocument?: string): CommandOutput {
  const read = readArguments(docent, command, text, defaultDocument);
  if ('problem' in read) return { data: { error: read.problem }, text: read.problem };
  const { argument, document, summary } = read;
  const needsText = (usage: string): CommandOutput => ({ data: { error: usage }, text: usage });
  switch (command) {
    case 'ask': {
      if (argument === '') return needsText('Usage: /ask <question>');
      const data = docent.ask(argument, { document });
      return { data, text: renderAsk(data, searchesSeveral(docent, document)) };
    }
    case 'quote': {
      if (argument === '') return needsText('Usage: /quote <text you remember>');
      const data = docent.quote(argument, { document });
      return { data, text: renderQuote(data, searchesSeveral(docent, document)) };
    }
    case 'summary': {
      const data = docent.summarize({ ...(summary ?? parseSummaryArgs(argument)), document });
      const mistyped = !summary && data.kind === 'not-found' && data.what === 'section' ? mistypedLength(docent, argument, document) : undefined;
      if (mistyped !== undefined) return { data: { error: unknownLength(mistyped) }, text: unknownLength(mistyped) };
      return { data, text: renderSummary(data) };
    }
    case 'sections': {
      const data = docent.sections(document);
      return { data, text: renderContents(data) };
    }
    case 'section': {
      if (argument === '') return needsText('Usage: /section <number or title>');
      const data = docent.section(argument, document) ?? null;
      return { data, text: renderSection(data ?? undefined, argument) };
    }
    case 'help':
      return { data: { commands: CONSOLE_COMMANDS }, text: renderHelp() };
  }
}
