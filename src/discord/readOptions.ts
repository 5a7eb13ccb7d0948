import type { ChatInputCommandInteraction } from 'discord.js';
import type { CommandDefinition, Options } from '../commands/definition.ts';
import { plainQuestion } from './input.ts';

/** A slash command's options as the member typed them. */
export function readSlashOptions(definition: CommandDefinition, interaction: ChatInputCommandInteraction): Options {
  return Object.fromEntries(
    definition.options.map((option) => [
      option.name,
      (option.kind === 'flag' ? interaction.options.getBoolean(option.name) : interaction.options.getString(option.name)) ?? undefined,
    ]),
  );
}

/** A message's text as the first option of a command offered on the message's menu. */
export function readMessageOptions(definition: CommandDefinition, content: string): Options {
  const [first] = definition.options;
  return first ? { [first.name]: content } : {};
}

/** The options the engine is given: Discord's markup taken out of the words it searches. */
export function forEngine(definition: CommandDefinition, options: Options): Options {
  const cleaned: Record<string, string | boolean | undefined> = { ...options };
  for (const option of definition.options) {
    const value = options[option.name];
    if (option.searched && typeof value === 'string') cleaned[option.name] = plainQuestion(value);
  }
  return cleaned;
}
