import { botSettings, ConfigError, loadEnvironment } from '../config/environment.ts';
import { loadKnowledge, KnowledgeError } from '../knowledge/load.ts';
import { createLogger } from '../log.ts';
import { logSkipped } from '../present/skipped.ts';
import { loadCommands } from './loadCommands.ts';
import { commandPayloads, registerCommands } from './register.ts';

/** `npm run register`: registers docent's commands with Discord (or the server at DISCORD_API_URL). */
async function main(): Promise<number> {
  let env;
  try {
    env = loadEnvironment();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  const logger = createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] });
  try {
    const settings = botSettings(env);
    const { documents, skipped } = await loadKnowledge(env.KNOWLEDGE_DIR, { maxFileBytes: env.KNOWLEDGE_MAX_BYTES });
    logSkipped(logger, skipped);
    const payloads = commandPayloads((await loadCommands()).values(), documents.length);
    const { scope, count } = await registerCommands(settings, payloads);
    logger.info({ scope, count }, `registered ${count} commands (${scope})`);
    return 0;
  } catch (error) {
    if (error instanceof KnowledgeError) logSkipped(logger, error.skipped);
    if (error instanceof ConfigError || error instanceof KnowledgeError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'registration failed');
    return 1;
  }
}

process.exitCode = await main();
