import type { ReloadOutcome } from '../engine/liveDocent.ts';
import { KnowledgeError } from '../knowledge/load.ts';
import type { Logger } from '../log.ts';
import { logSkipped } from '../present/skipped.ts';

/**
 * Logs a reload: "knowledge reloaded" with the new counts, a warning per file that kept its previous version, or
 * why nothing changed. Commands carry a document option only with several documents, so crossing that line needs
 * the commands registered again.
 */
export function logReload(logger: Logger, outcome: ReloadOutcome): void {
  if (outcome.kind === 'failed') {
    const err = outcome.error instanceof KnowledgeError ? undefined : outcome.error;
    logger.error({ ...(err ? { err } : {}) }, `knowledge not reloaded, the previous version stays in service: ${outcome.reason}`);
    return;
  }
  const { docent, previous, added, changed, removed, ms } = outcome;
  for (const { file, reason, detail } of outcome.kept) logger.warn({ file, reason }, `kept the previous version of ${file}: ${detail}`);
  logSkipped(logger, outcome.skipped);
  logger.info({ documents: docent.documents.length, sentences: docent.search.index.entries.length, added, changed, removed, ms }, 'knowledge reloaded');
  if (docent.documents.length > 1 !== previous.documents.length > 1) {
    logger.warn(`docent now has ${docent.documents.length} document(s): run npm run register so that the commands' document option matches`);
  }
}
