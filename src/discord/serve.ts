import { botSettings, ConfigError, type Environment } from '../config/environment.ts';
import { Docent } from '../engine/docent.ts';
import { KnowledgeError } from '../knowledge/load.ts';
import { createLogger } from '../log.ts';
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
    const { docent, skipped } = await Docent.load(knowledgeDir);
    for (const { file, reason } of skipped) logger.warn({ file }, `skipped ${file}: ${reason}`);
    logger.info({ documents: docent.documents.length, sentences: docent.index.entries.length }, 'knowledge loaded');
    const commands = await loadCommands();
    process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
    const client = await startBot({ settings, docent: () => docent, commands, logger });
    const signal = await new Promise<string>((resolve) => {
      for (const name of SHUTDOWN_SIGNALS) process.once(name, () => resolve(name));
    });
    logger.info({ signal }, 'shutting down');
    await client.destroy();
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KnowledgeError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'docent could not start');
    return 1;
  }
}
