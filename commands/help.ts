import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/command.ts';
import { renderHelp } from '../src/discord/render/notices.ts';

export default {
  data: new SlashCommandBuilder().setName('help').setDescription('What docent can do, with examples'),
  async execute(_interaction, { respond }) {
    await respond(renderHelp());
  },
} satisfies SlashCommand;
