import { ApplicationCommandType, ContextMenuCommandBuilder, SlashCommandBuilder, type SlashCommandStringOption } from 'discord.js';
import type { CommandDefinition, OptionDefinition } from '../commands/definition.ts';

function stringOption(option: SlashCommandStringOption, definition: OptionDefinition): SlashCommandStringOption {
  option.setName(definition.name).setDescription(definition.description).setRequired(definition.required ?? false);
  if (definition.maxLength !== undefined) option.setMaxLength(definition.maxLength);
  if (definition.suggest !== undefined) option.setAutocomplete(true);
  if (definition.kind === 'choice') option.addChoices(...(definition.choices ?? []).map((choice) => ({ name: choice, value: choice })));
  return option;
}

/** What Discord registers for a command: a slash command with its options, or an entry on a message's menu. */
export function commandData(definition: CommandDefinition): SlashCommandBuilder | ContextMenuCommandBuilder {
  if (definition.onMessage !== undefined) return new ContextMenuCommandBuilder().setName(definition.onMessage).setType(ApplicationCommandType.Message);
  const builder = new SlashCommandBuilder().setName(definition.name).setDescription(definition.description);
  for (const option of definition.options) {
    if (option.kind === 'flag') {
      builder.addBooleanOption((flag) => flag.setName(option.name).setDescription(option.description).setRequired(option.required ?? false));
    } else {
      builder.addStringOption((text) => stringOption(text, option));
    }
  }
  return builder;
}
