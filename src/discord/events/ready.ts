import { Events } from 'discord.js';
import type { Event } from '../event.ts';

export default {
  name: Events.ClientReady,
  once: true,
  execute({ logger }, client) {
    logger.info({ user: client.user.tag, guilds: client.guilds.cache.size }, 'docent is online');
  },
} satisfies Event<Events.ClientReady>;
