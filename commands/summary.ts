import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { autocompleteDocument, readDocument, withDocumentOption } from '../src/discord/documentOption.ts';
import { renderSummary } from '../src/discord/render/browse.ts';
import { renderChoices, renderProblem } from '../src/discord/render/notices.ts';
import { escapeEcho } from '../src/discord/render/escape.ts';
import { parseSectionValue, sectionChoices } from '../src/discord/sectionOption.ts';
import { SUMMARY_LENGTHS, summaryLength } from '../src/engine/summarize.ts';
import { unknownLength } from '../src/present/summaryLength.ts';

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
          .addChoices(...SUMMARY_LENGTHS.map((length) => ({ name: length, value: length }))),
      ),
  ),
  async execute(interaction, { docent, defer, respond }) {
    const typed = interaction.options.getString('length') ?? 'medium';
    const length = summaryLength(typed);
    // Discord offers only the choices, but a client may send any text.
    if (!length) return respond(renderProblem(unknownLength(typed, (word) => `“${escapeEcho(word)}”`)));
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
