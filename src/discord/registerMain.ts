import { botSettings, ConfigError } from '../config/environment.ts';
import { startup } from '../config/startup.ts';
import { loadKnowledge, KnowledgeError } from '../knowledge/load.ts';
import { logSkipped } from '../present/skipped.ts';
import { loadCommands } from './loadCommands.ts';
import { commandPayloads, registerCommands } from './register.ts';

/** `npm run register`: registers docent's commands with Discord (or the server at DISCORD_API_URL). */
async function main(): Promise<number> {
  const started = startup();
  if (!started) return 1;
  const { env, logger } = started;
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
