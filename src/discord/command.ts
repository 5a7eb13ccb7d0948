import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Docent } from '../engine/docent.ts';
import type { Logger } from '../log.ts';
import type { Reply } from './render/reply.ts';

/** What every command handler is given. */
export interface CommandContext {
  readonly docent: Docent;
  readonly logger: Logger;
  /** Sends a reply in whichever way the interaction's state allows (reply, or edit after a defer). */
  readonly respond: (reply: Reply) => Promise<void>;
  /** Acknowledges now and answers later; a command calls it before work that might take a while. */
  readonly defer: (ephemeral: boolean) => Promise<void>;
}

interface CommandBase {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
}

/** A slash command: `{ data, execute, autocomplete? }`, one module per command in `commands/`. */
export interface SlashCommand extends CommandBase {
  readonly kind?: 'slash';
  execute(interaction: ChatInputCommandInteraction, context: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, context: Pick<CommandContext, 'docent' | 'logger'>): Promise<void>;
}

/** A message context-menu command ("Find in document"). */
export interface MessageCommand extends CommandBase {
  readonly kind: 'message';
  execute(interaction: MessageContextMenuCommandInteraction, context: CommandContext): Promise<void>;
}

export type Command = SlashCommand | MessageCommand;

/** The predicate every module in `commands/` must pass to be loaded. */
export function isCommand(value: unknown): value is Command {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SlashCommand>;
  return (
    typeof candidate.data === 'object' &&
    candidate.data !== null &&
    typeof candidate.data.name === 'string' &&
    typeof candidate.data.toJSON === 'function' &&
    typeof candidate.execute === 'function' &&
    (candidate.autocomplete === undefined || typeof candidate.autocomplete === 'function')
  );
}
