import type { ReloadReport } from '../engine/liveDocent.ts';
import { counted } from '../present/plural.ts';
import { skippedLine } from '../present/skipped.ts';

/** Files named in a reload notice; the rest are counted. */
const NAMED_CHANGES = 5;

/** What the console tells its user after the knowledge folder changed, one line per fact. */
export function reloadNotice(report: ReloadReport): string {
  if (report.kind === 'failed') return `Knowledge not reloaded, the previous version stays in use: ${report.reason}`;
  const lines = [
    ...report.kept.map(({ file, detail }) => `Kept the previous version of ${file}: ${detail}.`),
    ...report.skipped.map(skippedLine),
  ];
  const named = [
    ...report.added.map((file) => `added ${file}`),
    ...report.changed.map((file) => `changed ${file}`),
    ...report.removed.map((file) => `removed ${file}`),
  ];
  // A checkout that touches a whole folder would otherwise print one line of a hundred names.
  const changes = named.length > NAMED_CHANGES ? [...named.slice(0, NAMED_CHANGES), `${named.length - NAMED_CHANGES} more`] : named;
  lines.push(`Knowledge reloaded: ${counted(report.documents, 'document')}${changes.length > 0 ? ` (${changes.join(', ')})` : ''}.`);
  return lines.join('\n');
}
