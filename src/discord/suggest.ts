import type { AutocompleteInteraction } from 'discord.js';
import type { CommandDefinition, Suggestions } from '../commands/definition.ts';
import type { Awaitable, Engine } from '../engine/engine.ts';
import { quoteSuggestions } from '../present/quoteSuggestions.ts';
import { documentChoices } from './documentOption.ts';
import { plainQuestion } from './input.ts';
import { renderChoices } from './render/notices.ts';
import { sectionChoices } from './sectionOption.ts';

type Choice = { name: string; value: string };

/** Each kind of suggestion, from what the member has typed so far and the document they picked. */
const SUGGESTIONS: Readonly<Record<Suggestions, (docent: Engine, typed: string, document: string | undefined) => Awaitable<Choice[]>>> = {
  documents: (docent, typed) => documentChoices(docent, typed),
  sections: (docent, typed, document) => sectionChoices(docent, typed, document),
  sentences: async (docent, typed, document) => (await quoteSuggestions(docent, plainQuestion(typed), document)).map((excerpt) => ({ name: excerpt, value: excerpt })),
};

/** Answers autocomplete for whichever option of the command is focused; nothing for an option without suggestions. */
export async function suggest(definition: CommandDefinition, interaction: AutocompleteInteraction, docent: Engine): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const source = definition.options.find((option) => option.name === focused.name)?.suggest;
  const document = interaction.options.getString('document') ?? undefined;
  await interaction.respond(renderChoices(source ? await SUGGESTIONS[source](docent, focused.value, document) : []));
}
