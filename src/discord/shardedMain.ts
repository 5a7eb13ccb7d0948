import { startup } from '../config/startup.ts';
import { runShards } from './shardManager.ts';

/** `npm run start:sharded`: the bot under discord.js's ShardingManager, one process per shard (SHARD_COUNT). */
async function main(): Promise<number> {
  const started = startup();
  return started ? runShards(started.env, started.logger) : 1;
}

process.exitCode = await main();
