import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { autocompleteDocument, readDocument, withDocumentOption } from '../src/discord/documentOption.ts';
import { renderSummary } from '../src/discord/render/browse.ts';
import { renderChoices } from '../src/discord/render/notices.ts';
import { parseSectionValue, sectionChoices } from '../src/discord/sectionOption.ts';
import type { SummaryLength } from '../src/engine/summarize.ts';

export default {
  data: withDocumentOption(
    new SlashCommandBuilder()
      .setName('summary')
      .setDescription('An extractive summary of the whole document or of one section')
      .addStringOption((option) => option.setName('section').setDescription('A section; empty for the whole document').setAutocomplete(true).setMaxLength(100))
      .addStringOption((option) =>
        option
          .setName('length')
          .setDescription('How long a summary')
          .addChoices({ name: 'short', value: 'short' }, { name: 'medium', value: 'medium' }, { name: 'long', value: 'long' }),
      ),
  ),
  async execute(interaction, { docent, defer, respond }) {
    const length = (interaction.options.getString('length') ?? 'medium') as SummaryLength;
    const section = interaction.options.getString('section');
    const scope = section ? parseSectionValue(section, readDocument(interaction)) : { document: readDocument(interaction) };
    await defer(false);
    await respond(renderSummary(docent.summarize({ ...scope, length })));
  },
  async autocomplete(interaction, { docent }) {
    if (await autocompleteDocument(interaction, docent)) return;
    const document = interaction.options.getString('document') ?? undefined;
    await interaction.respond(renderChoices(sectionChoices(docent, interaction.options.getFocused(), document)));
  },
} satisfies SlashCommand;
