import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { autocompleteDocument, readDocument, withDocumentOption } from '../src/discord/documentOption.ts';
import { renderDocumentNeeded, renderNotFound, renderSectionPage } from '../src/discord/render/browse.ts';
import { renderChoices } from '../src/discord/render/notices.ts';
import { parseSectionValue, sectionChoices } from '../src/discord/sectionOption.ts';

export default {
  data: withDocumentOption(
    new SlashCommandBuilder()
      .setName('section')
      .setDescription('Read one section in full')
      .addStringOption((option) => option.setName('name').setDescription('Section number or title').setRequired(true).setAutocomplete(true).setMaxLength(100)),
  ),
  async execute(interaction, { docent, respond }) {
    const name = interaction.options.getString('name', true);
    const { section, document } = parseSectionValue(name, readDocument(interaction));
    const found = docent.section(section, document);
    if (!found) await respond(renderNotFound({ what: 'section', name }));
    else if (found.kind === 'document-needed') await respond(renderDocumentNeeded(found, { command: 'section', options: [['name', name]] }));
    else await respond(renderSectionPage(found, 0));
  },
  async autocomplete(interaction, { docent }) {
    if (await autocompleteDocument(interaction, docent)) return;
    const document = interaction.options.getString('document') ?? undefined;
    await interaction.respond(renderChoices(sectionChoices(docent, interaction.options.getFocused(), document)));
  },
} satisfies SlashCommand;
