import type { Forgotten } from '../../commands/forget.ts';
import type { FeedbackReport } from '../store/feedbackStore.ts';
import { counted } from './plural.ts';

/** Where no feedback store is open. */
export const NO_FEEDBACK_STORE = 'This docent keeps no questions or votes.';

export const reportTitle = (report: FeedbackReport): string => `docent report · last ${report.period}`;

/** The report's counts in one sentence. */
export function reportCounts({ counts }: FeedbackReport): string {
  return `${counted(counts.questions, 'question')} (${counts.fromMessages} from messages): ${counts.answered} answered, ${counts.refused} refused. Votes: 👍 ${counts.up}, 👎 ${counts.down}.`;
}

export const REPORT_HEADINGS = {
  missing: 'What the documents lack (refused questions by missing word)',
  noMissing: 'Nothing refused for a missing word.',
  downVoted: 'Answers voted down',
  noDownVoted: 'No answer was voted down.',
  questionNotKept: '(question not kept)',
} as const;

/** What /forget deleted, in one sentence. */
export function forgottenLine(forgotten: Forgotten): string {
  const span = forgotten.period === 'all' ? 'everything stored' : `the last ${forgotten.period}`;
  return `Forgot ${span}: ${counted(forgotten.questions, 'question')} and ${counted(forgotten.votes, 'vote')}.`;
}
