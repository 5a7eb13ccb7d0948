import { Events } from 'discord.js';
import type { Event } from '../event.ts';

/** Client errors are logged, never thrown: an unhandled 'error' event would stop the process. */
export default {
  name: Events.Error,
  execute({ logger }, error) {
    logger.error({ err: error }, 'Discord client error');
  },
} satisfies Event<Events.Error>;
