import { ConfigError, type Environment } from '../config/environment.ts';
import { EngineThread } from '../engine/thread/engineThread.ts';
import { KnowledgeError } from '../knowledge/load.ts';
import type { Logger } from '../log.ts';
import { indexNotice } from '../present/indexOrigin.ts';
import { logSkipped } from '../present/skipped.ts';
import { logReload } from './logReload.ts';

/** The engine a long-running transport serves, kept current with the knowledge folder until `stop`. */
export interface LiveKnowledge {
  readonly engine: EngineThread;
  /** Settles, logged, if the engine's thread stops on its own: the transport should end, to be started again. */
  readonly failed: Promise<Error>;
  /** Stops watching the folder, then the engine's thread. */
  readonly stop: () => Promise<void>;
}

/**
 * Loads the knowledge folder and its index for a transport that keeps running (the gateway bot, the HTTP server),
 * in a thread of its own (see `EngineThread`); logs what was skipped and where the index came from, and watches the
 * folder for changes.
 */
export async function loadLiveKnowledge(env: Environment, knowledgeDir: string, logger: Logger): Promise<LiveKnowledge> {
  const { engine, skipped, index } = await EngineThread.load(knowledgeDir, { maxFileBytes: env.KNOWLEDGE_MAX_BYTES, cacheDir: env.INDEX_CACHE_DIR });
  logSkipped(logger, skipped);
  if (index) {
    const notice = indexNotice(index);
    logger[notice.level]({ file: index.file }, notice.message);
  }
  logger.info({ documents: engine.documents.length, sentences: engine.sentences }, 'knowledge loaded');
  let stopWatching: () => void;
  try {
    stopWatching = engine.watch((report) => logReload(logger, report), {
      onError: (error) => logger.error({ err: error }, 'stopped watching the knowledge folder: restart docent to pick up changes'),
    });
  } catch (error) {
    // The thread would otherwise keep the process alive after it failed to start.
    await engine.close();
    throw error;
  }
  const failed = engine.stopped.then((error) => {
    logger.fatal({ err: error }, 'the engine thread stopped: docent ends, to be started again');
    return error;
  });
  return {
    engine,
    failed,
    stop: async () => {
      stopWatching();
      await engine.close();
    },
  };
}

/** The one log line for a transport that could not start: the message alone for bad settings or knowledge. */
export function logStartFailure(logger: Logger, error: unknown): void {
  if (error instanceof KnowledgeError) logSkipped(logger, error.skipped);
  if (error instanceof ConfigError || error instanceof KnowledgeError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'docent could not start');
}
