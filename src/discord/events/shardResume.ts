import { Events } from 'discord.js';
import type { Event } from '../event.ts';

export default {
  name: Events.ShardResume,
  execute({ logger }, shardId, replayed) {
    logger.info({ shard: shardId, replayed }, 'gateway session resumed');
  },
} satisfies Event<Events.ShardResume>;
