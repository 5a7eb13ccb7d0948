import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { plainQuestion } from '../src/discord/input.ts';
import { autocompleteDocument, readDocument, withDocumentOption } from '../src/discord/documentOption.ts';
import { renderChoices } from '../src/discord/render/notices.ts';
import { renderQuote } from '../src/discord/render/quote.ts';
import { quoteSuggestions } from '../src/present/quoteSuggestions.ts';
import { searchesSeveral } from '../src/present/searchScope.ts';

export default {
  data: withDocumentOption(
    new SlashCommandBuilder()
      .setName('quote')
      .setDescription('Find the exact sentence for a phrase you remember, typos and all')
      .addStringOption((option) =>
        option.setName('text').setDescription('The words you remember').setRequired(true).setMaxLength(300).setAutocomplete(true),
      ),
  ),
  async execute(interaction, { docent, defer, respond }) {
    await defer(false);
    const text = interaction.options.getString('text', true);
    const document = readDocument(interaction);
    const result = docent.quote(plainQuestion(text), { document });
    await respond(renderQuote({ ...result, text }, searchesSeveral(docent, document)));
  },
  async autocomplete(interaction, { docent }) {
    if (await autocompleteDocument(interaction, docent)) return;
    const typed = plainQuestion(interaction.options.getFocused());
    const document = interaction.options.getString('document') ?? undefined;
    const choices = quoteSuggestions(docent, typed, document).map((excerpt) => ({ name: excerpt, value: excerpt }));
    await interaction.respond(renderChoices(choices));
  },
} satisfies SlashCommand;
