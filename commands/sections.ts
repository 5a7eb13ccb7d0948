import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { autocompleteDocument, readDocument, withDocumentOption } from '../src/discord/documentOption.ts';
import { renderContents } from '../src/discord/render/browse.ts';

export default {
  data: withDocumentOption(new SlashCommandBuilder().setName('sections').setDescription('The table of contents')),
  async execute(interaction, { docent, respond }) {
    await respond(renderContents(docent.sections(readDocument(interaction))));
  },
  async autocomplete(interaction, { docent }) {
    await autocompleteDocument(interaction, docent);
  },
} satisfies SlashCommand;
