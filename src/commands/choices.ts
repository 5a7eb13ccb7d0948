import type { CommandDefinition, OptionDefinition, Options } from './definition.ts';

/** A value typed for a choice option that is none of its choices: each transport words it its own way. */
export interface UnknownChoice {
  readonly option: OptionDefinition;
  readonly typed: string;
}

/**
 * The options with each choice read in any case ("SHORT" is short), or the first value that is none of the choices:
 * Discord offers only the choices, but a client, or the console, may send any text.
 */
export function readChoices(definition: CommandDefinition, options: Options): { options: Options } | { unknown: UnknownChoice } {
  const read: Record<string, string | boolean | undefined> = { ...options };
  for (const option of definition.options) {
    const typed = options[option.name];
    if (option.kind !== 'choice' || typeof typed !== 'string' || typed.trim() === '') continue;
    const choice = option.choices?.find((candidate) => candidate === typed.trim().toLowerCase());
    if (choice === undefined) return { unknown: { option, typed } };
    read[option.name] = choice;
  }
  return { options: read };
}
