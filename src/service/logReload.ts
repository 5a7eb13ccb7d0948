import type { ReloadReport } from '../engine/liveDocent.ts';
import type { Logger } from '../log.ts';
import { logSkipped } from '../present/skipped.ts';

/**
 * Logs a reload: "knowledge reloaded" with the new counts, a warning per file that kept its previous version, or
 * why nothing changed. Commands carry a document option only with several documents, so crossing that line needs
 * the commands registered again.
 */
export function logReload(logger: Logger, report: ReloadReport): void {
  if (report.kind === 'failed') {
    logger.error({ ...(report.error === undefined ? {} : { err: report.error }) }, `knowledge not reloaded, the previous version stays in service: ${report.reason}`);
    return;
  }
  const { documents, previousDocuments, sentences, added, changed, removed, ms } = report;
  for (const { file, reason, detail } of report.kept) logger.warn({ file, reason }, `kept the previous version of ${file}: ${detail}`);
  logSkipped(logger, report.skipped);
  logger.info({ documents, sentences, added, changed, removed, ms }, 'knowledge reloaded');
  if (documents > 1 !== previousDocuments > 1) {
    logger.warn(`docent now has ${documents} document(s): run npm run register so that the commands' document option matches`);
  }
}
