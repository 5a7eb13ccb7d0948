import { botSettings, ConfigError, type Environment } from '../config/environment.ts';
import { LiveDocent } from '../engine/liveDocent.ts';
import { KnowledgeError } from '../knowledge/load.ts';
import { createLogger, type Logger } from '../log.ts';
import { indexNotice } from '../present/indexOrigin.ts';
import { logSkipped } from '../present/skipped.ts';
import type { IndexOrigin } from '../search/index/persist/indexCache.ts';
import { openFeedbackStore } from '../store/fromEnvironment.ts';
import { startBot } from './bot.ts';
import { communityOptions } from './community.ts';
import { loadCommands } from './loadCommands.ts';
import { logReload } from './logReload.ts';
import { keepShardCountFromClient, leaveManager, managedShard, untilStopped } from './sharding.ts';

function logIndexOrigin(logger: Logger, origin: IndexOrigin): void {
  const notice = indexNotice(origin);
  logger[notice.level]({ file: origin.file }, notice.message);
}

/**
 * Runs the Discord bot until SIGINT or SIGTERM (or, as a shard, until its manager goes), then disconnects cleanly. Changes to the knowledge folder are
 * picked up while it runs (see LiveDocent).
 * Resolves with the process exit code; bad settings or knowledge give a clear log line and 1.
 */
export async function serve(env: Environment, knowledgeDir: string): Promise<number> {
  const shard = managedShard();
  const root = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  const logger = shard === undefined ? root : root.child({ shard });
  const stopped = untilStopped();
  try {
    const settings = botSettings(env);
    const { live, skipped, index } = await LiveDocent.load(knowledgeDir, { maxFileBytes: env.KNOWLEDGE_MAX_BYTES, cacheDir: env.INDEX_CACHE_DIR });
    logSkipped(logger, skipped);
    if (index) logIndexOrigin(logger, index);
    logger.info({ documents: live.current.documents.length, sentences: live.current.search.index.entries.length }, 'knowledge loaded');
    const commands = await loadCommands();
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    const stopWatching = live.watch((outcome) => logReload(logger, outcome), {
      onError: (error) => logger.error({ err: error }, 'stopped watching the knowledge folder: restart docent to pick up changes'),
    });
    if (shard === undefined && env.SHARD_COUNT !== undefined) logger.info('SHARD_COUNT is for npm run start:sharded; this bot runs one shard');
    keepShardCountFromClient();
    // Runs while the login waits on the network, so that the first question finds the word lists read.
    setImmediate(() => live.current.warmUp());
    const feedback = openFeedbackStore(env);
    const client = await startBot({ settings, docent: () => live.current, commands, logger, community: communityOptions(env, feedback) });
    const signal = await stopped;
    logger.info({ signal }, 'shutting down');
    stopWatching();
    await client.destroy();
    feedback.close();
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) logSkipped(logger, error.skipped);
    if (error instanceof ConfigError || error instanceof KnowledgeError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'docent could not start');
    return 1;
  } finally {
    leaveManager();
  }
}
