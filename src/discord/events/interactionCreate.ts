import { Events } from 'discord.js';
import type { Event } from '../event.ts';

export default {
  name: Events.InteractionCreate,
  async execute({ route }, interaction) {
    await route(interaction);
  },
} satisfies Event<Events.InteractionCreate>;
