import type { CommandDefinition, Options } from '../commands/definition.ts';
import { readChoices } from '../commands/choices.ts';
import { unknownChoice } from '../present/unknownChoice.ts';
import type { Command, CommandContext } from './command.ts';
import { adminCommandData, commandData } from './commandData.ts';
import { forEngine, readMessageOptions, readSlashOptions } from './readOptions.ts';
import { renderReply } from './render/commandReplies.ts';
import { escapeEcho } from './render/escape.ts';
import { renderProblem } from './render/notices.ts';
import { suggest } from './suggest.ts';

/**
 * Runs a command for the options a member gave, and replies. A slow command is acknowledged first, privately when
 * the answer will be private: asked for (`private`) or found from a message's menu. An answer the command records
 * is stored first, so that its vote buttons name it.
 */
export async function answer(definition: CommandDefinition, typed: Options, fromMessage: boolean, context: CommandContext, all: readonly CommandDefinition[]): Promise<void> {
  const read = readChoices(definition, typed);
  if ('unknown' in read) return context.respond(renderProblem(unknownChoice(read.unknown, (word) => `“${escapeEcho(word)}”`)));
  if (definition.slow) await context.defer(fromMessage || read.options.private === true);
  const searched = forEngine(definition, read.options);
  const data = await definition.run(context.docent, searched, all, context.services);
  const answerId = definition.feedback && context.record ? context.record(definition.feedback(data, searched)) : undefined;
  await context.respond(renderReply(definition.name, data, { docent: context.docent, options: read.options, ...(answerId === undefined ? {} : { answerId }) }));
}

/** The Discord command for a definition: its registration, its option reading and its suggestions. */
export function discordCommand(definition: CommandDefinition, all: readonly CommandDefinition[]): Command {
  const data = commandData(definition);
  if (definition.onMessage !== undefined) {
    return {
      kind: 'message',
      data,
      execute: (interaction, context) => answer(definition, readMessageOptions(definition, interaction.targetMessage.content), true, context, all),
    };
  }
  return {
    data,
    execute: (interaction, context) => answer(definition, readSlashOptions(definition, interaction), false, context, all),
    ...(definition.options.some((option) => option.suggest) ? { autocomplete: (interaction, { docent }) => suggest(definition, interaction, docent) } : {}),
  };
}

/** `/docent <subcommand>`: the admin commands under one slash command, each run as its own definition. */
export function adminCommand(definitions: readonly CommandDefinition[], all: readonly CommandDefinition[]): Command {
  return {
    data: adminCommandData(definitions),
    execute: async (interaction, context) => {
      const definition = definitions.find(({ name }) => name === interaction.options.getSubcommand(false));
      if (!definition) return context.respond(renderProblem('docent does not know this subcommand. Its commands may have changed: try /help.'));
      return answer(definition, readSlashOptions(definition, interaction), false, context, all);
    },
  };
}
