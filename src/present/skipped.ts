import type { SkippedFile } from '../knowledge/skipped.ts';
import type { Logger } from '../log.ts';

/** The one line that reports a skipped knowledge file, the same in the console and the bot's log. */
export function skippedLine(skipped: SkippedFile): string {
  return `Skipped ${skipped.file}: ${skipped.detail}.`;
}

/** One warning per skipped file, with the file and the reason as fields for log search. */
export function logSkipped(logger: Logger, skipped: readonly SkippedFile[]): void {
  for (const file of skipped) logger.warn({ file: file.file, reason: file.reason }, skippedLine(file));
}
