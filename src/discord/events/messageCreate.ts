import { Events } from 'discord.js';
import type { Event } from '../event.ts';

/** Messages reach docent only when it was started to answer them (see community.ts); the asker decides which are questions. */
export default {
  name: Events.MessageCreate,
  async execute({ askByMessage }, message) {
    await askByMessage?.(message);
  },
} satisfies Event<Events.MessageCreate>;
