import { botSettings, type Environment } from '../config/environment.ts';
import { createLogger } from '../log.ts';
import { loadLiveKnowledge, logStartFailure, type LiveKnowledge } from '../service/liveKnowledge.ts';
import type { FeedbackStore } from '../store/feedbackStore.ts';
import { openFeedbackStore } from '../store/fromEnvironment.ts';
import { startBot } from './bot.ts';
import { communityOptions } from './community.ts';
import { loadCommands } from './loadCommands.ts';
import { keepShardCountFromClient, leaveManager, managedShard, untilStopped } from './sharding.ts';

/**
 * Runs the Discord bot until SIGINT or SIGTERM (or, as a shard, until its manager goes), then disconnects cleanly. Changes to the knowledge folder are
 * picked up while it runs (see EngineThread).
 * Resolves with the process exit code; bad settings or knowledge give a clear log line and 1.
 */
export async function serve(env: Environment, knowledgeDir: string): Promise<number> {
  const shard = managedShard();
  const root = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const logger = shard === undefined ? root : root.child({ shard });
  const stopped = untilStopped();
  let feedback: FeedbackStore | undefined;
  let knowledge: LiveKnowledge | undefined;
  try {
    const settings = botSettings(env);
    knowledge = await loadLiveKnowledge(env, knowledgeDir, logger);
    const { engine } = knowledge;
    const commands = await loadCommands();
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    if (shard === undefined && env.SHARD_COUNT !== undefined) logger.info('SHARD_COUNT is for npm run start:sharded; this bot runs one shard');
    keepShardCountFromClient();
    // Runs in the engine's thread while the login waits on the network, so that the first question finds the word lists read.
    engine.warmUp().catch((error: unknown) => logger.error({ err: error }, 'the warm-up failed'));
    feedback = openFeedbackStore(env);
    const client = await startBot({ settings, docent: () => engine, commands, logger, community: communityOptions(env, feedback) });
    const ended = await Promise.race([stopped, knowledge.failed]);
    if (!(ended instanceof Error)) logger.info({ signal: ended }, 'shutting down');
    await client.destroy();
    return ended instanceof Error ? 1 : 0;
  } catch (error) {
    logStartFailure(logger, error);
    return 1;
  } finally {
    // Also when the login fails (a refused intent): the engine stops first, so that no answer is recorded in a closed
    // database, and each step runs whatever the one before did.
    try {
      await knowledge?.stop();
    } finally {
      try {
        feedback?.close();
      } finally {
        leaveManager();
      }
    }
  }
}
