import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { plainQuestion } from '../src/discord/input.ts';
import { autocompleteDocument, readDocument, withDocumentOption } from '../src/discord/documentOption.ts';
import { renderAsk } from '../src/discord/render/answer.ts';
import { searchesSeveral } from '../src/present/searchScope.ts';

export default {
  data: withDocumentOption(
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question; docent answers with a verbatim quote and its reference')
      .addStringOption((option) => option.setName('question').setDescription('Your question about the document').setRequired(true).setMaxLength(300))
      .addBooleanOption((option) => option.setName('private').setDescription('Only you see the answer')),
  ),
  async execute(interaction, { docent, defer, respond }) {
    const question = interaction.options.getString('question', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const document = readDocument(interaction);
    await defer(ephemeral);
    const result = docent.ask(plainQuestion(question), { document });
    await respond(renderAsk({ ...result, question }, { several: searchesSeveral(docent, document), ephemeral, document }));
  },
  async autocomplete(interaction, { docent }) {
    await autocompleteDocument(interaction, docent);
  },
} satisfies SlashCommand;
