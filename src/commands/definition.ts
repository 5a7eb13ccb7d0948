import type { Awaitable, Engine } from '../engine/engine.ts';
import type { AnswerRecord, FeedbackStore } from '../store/feedbackStore.ts';

/** A command's options by name, as read from Discord or the console: text, a flag, or absent. */
export type Options = Readonly<Record<string, string | boolean | undefined>>;

/** What Discord suggests while a member types an option. */
export type Suggestions = 'documents' | 'sections' | 'sentences';

export interface OptionDefinition {
  readonly name: string;
  readonly description: string;
  /** text: any words; flag: yes or no; choice: one of `choices`. */
  readonly kind: 'text' | 'flag' | 'choice';
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly choices?: readonly string[];
  readonly suggest?: Suggestions;
  /** Words the engine searches, so chat markup (mentions, emoji, code fences) is taken out of them first. */
  readonly searched?: boolean;
}

/** What a command may use besides the engine, given by the transport that runs it. */
export interface CommandServices {
  /** The store of questions and votes, opened when first asked for. */
  readonly feedback?: () => FeedbackStore;
}

/** One command as members see it in help: its usage and what it does, with an example. */
export interface CommandHelp {
  readonly usage: string;
  readonly summary: string;
  readonly example: string;
}

/**
 * A command, free of any transport: its options, its help, and `run`, which asks the engine and returns data.
 * Discord and the console derive their parsing, registration, usage and help from it; each renders the data.
 */
export interface CommandDefinition<Data = unknown> {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionDefinition[];
  readonly help: CommandHelp;
  /** The engine may take a while, so a transport that must answer within seconds acknowledges first. */
  readonly slow?: boolean;
  /** In Discord, offered on a message's menu under this name instead of as a slash command, the message's text as the first option. */
  readonly onMessage?: string;
  /** Reads plain text typed after the command (the console's "/summary 3 short"); by default it is the first option. */
  readonly readText?: (text: string, docent: Engine, document: string | undefined) => Options;
  /** For server admins: in Discord, a subcommand of /docent registered for members with Manage Server; in the console, as is. */
  readonly admin?: boolean;
  /** What the feedback store keeps of an answer; a command that has it records its answers, which carry 👍 and 👎. */
  feedback?(data: Data, options: Options): AnswerRecord;
  /** `commands`: every command loaded, for those that describe the others. */
  run(docent: Engine, options: Options, commands: readonly CommandDefinition[], services: CommandServices): Awaitable<Data>;
}

/** The optional `document` option; Discord registration drops it when only one document is loaded. */
export const DOCUMENT_OPTION: OptionDefinition = {
  name: 'document',
  description: 'Which document, when several are loaded',
  kind: 'text',
  maxLength: 100,
  suggest: 'documents',
};

/** An option's text, trimmed; undefined when absent or blank. */
export function textOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The predicate every module in `commands/` must pass to be loaded. */
export function isCommandDefinition(value: unknown): value is CommandDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<CommandDefinition>;
  return (
    typeof candidate.name === 'string' &&
    typeof candidate.description === 'string' &&
    Array.isArray(candidate.options) &&
    typeof candidate.help === 'object' &&
    typeof candidate.run === 'function' &&
    (candidate.readText === undefined || typeof candidate.readText === 'function')
  );
}
