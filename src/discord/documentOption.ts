import type { AutocompleteInteraction, ChatInputCommandInteraction, SlashCommandBuilder, SlashCommandOptionsOnlyBuilder } from 'discord.js';
import type { Docent } from '../engine/docent.ts';
import { looseForm } from '../engine/find.ts';
import { renderChoices } from './render/notices.ts';

export const DOCUMENT_OPTION = 'document';

/** Adds the optional `document` option; registration drops it when only one document is loaded. */
export function withDocumentOption<T extends SlashCommandBuilder | SlashCommandOptionsOnlyBuilder>(builder: T): T {
  builder.addStringOption((option) =>
    option.setName(DOCUMENT_OPTION).setDescription('Which document, when several are loaded').setAutocomplete(true).setMaxLength(100),
  );
  return builder;
}

export function readDocument(interaction: ChatInputCommandInteraction): string | undefined {
  return interaction.options.getString(DOCUMENT_OPTION)?.trim() || undefined;
}

/** Document titles matching what the member typed; the value is the document id. */
export function documentChoices(docent: Docent, typed: string): { name: string; value: string }[] {
  const wanted = looseForm(typed);
  return docent.documents
    .filter((document) => wanted === '' || looseForm(`${document.title} ${document.id}`).includes(wanted))
    .map((document) => ({ name: document.title, value: document.id }));
}

/** Answers autocomplete for the `document` option; returns false when another option is focused. */
export async function autocompleteDocument(interaction: AutocompleteInteraction, docent: Docent): Promise<boolean> {
  const focused = interaction.options.getFocused(true);
  if (focused.name !== DOCUMENT_OPTION) return false;
  await interaction.respond(renderChoices(documentChoices(docent, focused.value)));
  return true;
}
