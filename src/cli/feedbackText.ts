import type { Forgotten } from '../../commands/forget.ts';
import type { NoFeedbackStore } from '../commands/feedback.ts';
import { forgottenLine, NO_FEEDBACK_STORE, REPORT_HEADINGS, reportCounts, reportTitle } from '../present/feedback.ts';
import type { FeedbackReport } from '../store/feedbackStore.ts';

/** /report in the console: the same store and sections as /docent report in Discord. */
export function renderReportText(report: FeedbackReport | NoFeedbackStore): string {
  if ('kind' in report) return NO_FEEDBACK_STORE;
  const missing = report.missing.flatMap(({ word, count, questions }) => [`  ${word} × ${count}`, ...questions.map((question) => `      “${question}”`)]);
  const downVoted = report.downVoted.map(
    ({ question, reference, up, down }) => `  👎 ${down} · 👍 ${up}  ${question === undefined ? REPORT_HEADINGS.questionNotKept : `“${question}”`}\n      — ${reference}`,
  );
  return [
    reportTitle(report),
    reportCounts(report),
    '',
    `${REPORT_HEADINGS.missing}:`,
    ...(missing.length > 0 ? missing : [`  ${REPORT_HEADINGS.noMissing}`]),
    '',
    `${REPORT_HEADINGS.downVoted}:`,
    ...(downVoted.length > 0 ? downVoted : [`  ${REPORT_HEADINGS.noDownVoted}`]),
  ].join('\n');
}

/** /forget in the console. */
export function renderForgottenText(forgotten: Forgotten | NoFeedbackStore): string {
  return forgotten.kind === 'no-store' ? NO_FEEDBACK_STORE : forgottenLine(forgotten);
}
