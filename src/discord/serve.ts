import { botSettings, ConfigError, type Environment } from '../config/environment.ts';
import { Docent } from '../engine/docent.ts';
import { KnowledgeError } from '../knowledge/load.ts';
import { createLogger } from '../log.ts';
import { logSkipped } from '../present/skipped.ts';
import { startBot } from './bot.ts';
import { loadCommands } from './loadCommands.ts';

const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs the Discord bot until SIGINT or SIGTERM, then disconnects cleanly.
 * Resolves with the process exit code; bad settings or knowledge give a clear log line and 1.
 */
export async function serve(env: Environment, knowledgeDir: string): Promise<number> {
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  try {
    const settings = botSettings(env);
    const { docent, skipped } = await Docent.load(knowledgeDir, { maxFileBytes: env.KNOWLEDGE_MAX_BYTES });
    logSkipped(logger, skipped);
    logger.info({ documents: docent.documents.length, sentences: docent.index.entries.length }, 'knowledge loaded');
    const commands = await loadCommands();
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    // Listening before login: a signal that comes as the bot goes online still shuts it down cleanly.
    const stopped = new Promise<string>((resolve) => {
      for (const name of SHUTDOWN_SIGNALS) process.once(name, () => resolve(name));
    });
    const client = await startBot({ settings, docent: () => docent, commands, logger });
    const signal = await stopped;
    logger.info({ signal }, 'shutting down');
    await client.destroy();
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) logSkipped(logger, error.skipped);
    if (error instanceof ConfigError || error instanceof KnowledgeError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'docent could not start');
    return 1;
  }
}
