import type { Forgotten } from '../../commands/forget.ts';
import type { NoFeedbackStore } from '../commands/feedback.ts';
import { counted } from '../present/plural.ts';
import type { FeedbackReport } from '../store/feedbackStore.ts';

const NO_STORE = 'This docent keeps no questions or votes.';

/** /report in the console: the same store and sections as /docent report in Discord. */
export function renderReportText(report: FeedbackReport | NoFeedbackStore): string {
  if ('kind' in report) return NO_STORE;
  const { counts } = report;
  const missing = report.missing.flatMap(({ word, count, questions }) => [`  ${word} × ${count}`, ...questions.map((question) => `      “${question}”`)]);
  const downVoted = report.downVoted.map(({ question, reference, up, down }) => `  👎 ${down} · 👍 ${up}  ${question === undefined ? '(question not kept)' : `“${question}”`}\n      — ${reference}`);
  return [
    `docent report · last ${report.period}`,
    `${counted(counts.questions, 'question')} (${counts.fromMessages} from messages): ${counts.answered} answered, ${counts.refused} refused. Votes: 👍 ${counts.up}, 👎 ${counts.down}.`,
    '',
    'What the documents lack (refused questions by missing word):',
    ...(missing.length > 0 ? missing : ['  Nothing refused for a missing word.']),
    '',
    'Answers voted down:',
    ...(downVoted.length > 0 ? downVoted : ['  No answer was voted down.']),
  ].join('\n');
}

/** /forget in the console. */
export function renderForgottenText(forgotten: Forgotten | NoFeedbackStore): string {
  if (forgotten.kind === 'no-store') return NO_STORE;
  const span = forgotten.period === 'all' ? 'everything stored' : `the last ${forgotten.period}`;
  return `Forgot ${span}: ${counted(forgotten.questions, 'question')} and ${counted(forgotten.votes, 'vote')}.`;
}
