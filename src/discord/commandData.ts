import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type SlashCommandStringOption,
} from 'discord.js';
import type { CommandDefinition, OptionDefinition } from '../commands/definition.ts';

function stringOption(option: SlashCommandStringOption, definition: OptionDefinition): SlashCommandStringOption {
  option.setName(definition.name).setDescription(definition.description).setRequired(definition.required ?? false);
  if (definition.maxLength !== undefined) option.setMaxLength(definition.maxLength);
  if (definition.suggest !== undefined) option.setAutocomplete(true);
  if (definition.kind === 'choice') option.addChoices(...(definition.choices ?? []).map((choice) => ({ name: choice, value: choice })));
  return option;
}

/** The name of the slash command whose subcommands are the admin commands: `/docent report`. */
export const ADMIN_COMMAND = 'docent';

/** A definition's options added to a slash command or subcommand. */
function withOptions<Builder extends SlashCommandBuilder | SlashCommandSubcommandBuilder>(builder: Builder, definition: CommandDefinition): Builder {
  for (const option of definition.options) {
    if (option.kind === 'flag') {
      builder.addBooleanOption((flag) => flag.setName(option.name).setDescription(option.description).setRequired(option.required ?? false));
    } else {
      builder.addStringOption((text) => stringOption(text, option));
    }
  }
  return builder;
}

/** What Discord registers for a command: a slash command with its options, or an entry on a message's menu. */
export function commandData(definition: CommandDefinition): SlashCommandBuilder | ContextMenuCommandBuilder {
  if (definition.onMessage !== undefined) return new ContextMenuCommandBuilder().setName(definition.onMessage).setType(ApplicationCommandType.Message);
  return withOptions(new SlashCommandBuilder().setName(definition.name).setDescription(definition.description), definition);
}

/** `/docent` with one subcommand per admin command, shown by Discord only to members who may manage the server. */
export function adminCommandData(definitions: readonly CommandDefinition[]): SlashCommandBuilder {
  const builder = new SlashCommandBuilder()
    .setName(ADMIN_COMMAND)
    .setDescription('docent for server admins: its report, and forgetting what was stored')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild);
  for (const definition of definitions) {
    builder.addSubcommand((subcommand) => withOptions(subcommand.setName(definition.name).setDescription(definition.description), definition));
  }
  return builder;
}
