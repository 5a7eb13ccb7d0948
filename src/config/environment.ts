import { config as loadDotenv } from 'dotenv';

export interface Environment {
  readonly KNOWLEDGE_DIR: string;
}

/** Reads `.env` (if any) into the process environment, then the settings docent uses. */
export function loadEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  loadDotenv({ quiet: true });
  return { KNOWLEDGE_DIR: env.KNOWLEDGE_DIR?.trim() || 'knowledge' };
}
