import type { CommandDefinition, Options } from '../commands/definition.ts';
import { readChoices } from '../commands/choices.ts';
import { unknownChoice } from '../present/unknownChoice.ts';
import type { Command, CommandContext } from './command.ts';
import { commandData } from './commandData.ts';
import { forEngine, readMessageOptions, readSlashOptions } from './readOptions.ts';
import { renderReply } from './render/commandReplies.ts';
import { escapeEcho } from './render/escape.ts';
import { renderProblem } from './render/notices.ts';
import { suggest } from './suggest.ts';

/**
 * Runs a command for the options a member gave, and replies. A slow command is acknowledged first, privately when
 * the answer will be private: asked for (`private`) or found from a message's menu.
 */
async function answer(definition: CommandDefinition, typed: Options, fromMessage: boolean, context: CommandContext, all: readonly CommandDefinition[]): Promise<void> {
  const read = readChoices(definition, typed);
  if ('unknown' in read) return context.respond(renderProblem(unknownChoice(read.unknown, (word) => `“${escapeEcho(word)}”`)));
  if (definition.slow) await context.defer(fromMessage || read.options.private === true);
  const data = definition.run(context.docent, forEngine(definition, read.options), all);
  await context.respond(renderReply(definition.name, data, { docent: context.docent, options: read.options }));
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
