import type { ReloadOutcome } from '../engine/liveDocent.ts';
import { skippedLine } from '../present/skipped.ts';

/** What the console tells its user after the knowledge folder changed, one line per fact. */
export function reloadNotice(outcome: ReloadOutcome): string {
  if (outcome.kind === 'failed') return `Knowledge not reloaded, the previous version stays in use: ${outcome.reason}`;
  const lines = [
    ...outcome.kept.map(({ file, detail }) => `Kept the previous version of ${file}: ${detail}.`),
    ...outcome.skipped.map(skippedLine),
  ];
  const changes = [
    ...outcome.added.map((file) => `added ${file}`),
    ...outcome.changed.map((file) => `changed ${file}`),
    ...outcome.removed.map((file) => `removed ${file}`),
  ];
  const count = outcome.docent.documents.length;
  lines.push(`Knowledge reloaded: ${count} document${count === 1 ? '' : 's'}${changes.length > 0 ? ` (${changes.join(', ')})` : ''}.`);
  return lines.join('\n');
}
