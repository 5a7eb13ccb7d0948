import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { plainQuestion } from '../src/discord/input.ts';
import type { MessageCommand } from '../src/discord/command.ts';
import { renderFindings } from '../src/discord/render/quote.ts';
import { searchesSeveral } from '../src/present/searchScope.ts';

/** Right-click a message → Apps → Find in document. */
export default {
  kind: 'message',
  data: new ContextMenuCommandBuilder().setName('Find in document').setType(ApplicationCommandType.Message),
  async execute(interaction, { docent, defer, respond }) {
    await defer(true);
    await respond(renderFindings(docent.findPassages(plainQuestion(interaction.targetMessage.content), { limit: 5 }), true, searchesSeveral(docent, undefined)));
  },
} satisfies MessageCommand;
