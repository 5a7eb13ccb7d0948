import { createLogger, type Logger } from '../log.ts';
import { loadEnvironment, type Environment } from './environment.ts';

/**
 * The settings and logger of a bot-side entry point (`npm run register`, `npm run start:sharded`), or undefined once
 * what is wrong with the settings has been printed.
 */
export function startup(): { env: Environment; logger: Logger } | undefined {
  let env;
  try {
    env = loadEnvironment();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return undefined;
  }
  return { env, logger: createLogger({ level: env.LOG_LEVEL, secrets: env.DISCORD_TOKEN ? [env.DISCORD_TOKEN] : [] }) };
}
