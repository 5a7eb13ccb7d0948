import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandServices } from '../commands/definition.ts';
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../log.ts';
import type { AnswerRecord } from '../store/feedbackStore.ts';
import type { Reply } from './render/reply.ts';

/** What every command handler is given. */
export interface CommandContext {
  readonly docent: Engine;
  readonly logger: Logger;
  /** Sends a reply in whichever way the interaction's state allows (reply, or edit after a defer). */
  readonly respond: (reply: Reply) => Promise<void>;
  /** Acknowledges now and answers later; a command calls it before work that might take a while. */
  readonly defer: (ephemeral: boolean) => Promise<void>;
  /** The feedback store, for the admin commands. */
  readonly services: CommandServices;
  /** Stores an answer and returns its id for the vote buttons; absent without a feedback store. */
  readonly record?: (answer: AnswerRecord) => number | undefined;
}

interface CommandBase {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIApplicationCommandsJSONBody };
}

/** A slash command: `{ data, execute, autocomplete? }`, made from a definition in `commands/` (see discordCommand.ts). */
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
