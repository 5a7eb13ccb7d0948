import type { Docent } from '../engine/docent.ts';
import type { SummaryLength } from '../engine/summarize.ts';
import { renderAsk, renderContents, renderHelp, renderQuote, renderSection, renderSummary } from './renderText.ts';

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

const LENGTHS: readonly SummaryLength[] = ['short', 'medium', 'long'];

/** "/summary 3 short": a trailing length word, and the rest names the section. */
export function parseSummaryArgs(text: string): { section?: string; length?: SummaryLength } {
  const words = text.trim().split(/\s+/u).filter((word) => word !== '');
  const last = words[words.length - 1]?.toLowerCase();
  const length = LENGTHS.find((candidate) => candidate === last);
  const section = (length ? words.slice(0, -1) : words).join(' ');
  return { ...(section ? { section } : {}), ...(length ? { length } : {}) };
}

/** Whether a command's data is the usage hint given for a missing argument. */
export function isUsageProblem(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'error' in data;
}

/** Runs one console command against the engine. Empty text gets a usage hint instead of a search. */
export function runCommand(docent: Docent, command: ConsoleCommand, text: string, document?: string): CommandOutput {
  const argument = text.trim();
  const needsText = (usage: string): CommandOutput => ({ data: { error: usage }, text: usage });
  switch (command) {
    case 'ask': {
      if (argument === '') return needsText('Usage: /ask <question>');
      const data = docent.ask(argument, { document });
      return { data, text: renderAsk(data) };
    }
    case 'quote': {
      if (argument === '') return needsText('Usage: /quote <text you remember>');
      const data = docent.quote(argument, { document });
      return { data, text: renderQuote(data) };
    }
    case 'summary': {
      const data = docent.summarize({ ...parseSummaryArgs(argument), document });
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
