import { ConfigError, type Environment } from '../config/environment.ts';
import { LiveDocent } from '../engine/liveDocent.ts';
import { KnowledgeError } from '../knowledge/load.ts';
import type { Logger } from '../log.ts';
import { indexNotice } from '../present/indexOrigin.ts';
import { logSkipped } from '../present/skipped.ts';
import { logReload } from './logReload.ts';

/** The engine a long-running transport serves, kept current with the knowledge folder until `stopWatching`. */
export interface LiveKnowledge {
  readonly live: LiveDocent;
  readonly stopWatching: () => void;
}

/**
 * Loads the knowledge folder and its index for a transport that keeps running (the gateway bot, the HTTP server),
 * logs what was skipped and where the index came from, and watches the folder for changes.
 */
export async function loadLiveKnowledge(env: Environment, knowledgeDir: string, logger: Logger): Promise<LiveKnowledge> {
  const { live, skipped, index } = await LiveDocent.load(knowledgeDir, { maxFileBytes: env.KNOWLEDGE_MAX_BYTES, cacheDir: env.INDEX_CACHE_DIR });
  logSkipped(logger, skipped);
  if (index) {
    const notice = indexNotice(index);
    logger[notice.level]({ file: index.file }, notice.message);
  }
  logger.info({ documents: live.current.documents.length, sentences: live.current.search.index.entries.length }, 'knowledge loaded');
  const stopWatching = live.watch((outcome) => logReload(logger, outcome), {
    onError: (error) => logger.error({ err: error }, 'stopped watching the knowledge folder: restart docent to pick up changes'),
  });
  return { live, stopWatching };
}

/** The one log line for a transport that could not start: the message alone for bad settings or knowledge. */
export function logStartFailure(logger: Logger, error: unknown): void {
  if (error instanceof KnowledgeError) logSkipped(logger, error.skipped);
  if (error instanceof ConfigError || error instanceof KnowledgeError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'docent could not start');
}
