import type { Forgotten } from '../../../commands/forget.ts';
import type { NoFeedbackStore } from '../../commands/feedback.ts';
import { forgottenLine, NO_FEEDBACK_STORE, REPORT_HEADINGS, reportCounts, reportTitle } from '../../present/feedback.ts';
import type { FeedbackReport, VoteOutcome } from '../../store/feedbackStore.ts';
import { escapeEcho, escapeText } from './escape.ts';
import { ACCENT, MUTED, reply, type Reply } from './reply.ts';

const THANKS: Record<VoteOutcome, (emoji: string) => string> = {
  stored: (emoji) => `Thanks: your ${emoji} is recorded.`,
  changed: (emoji) => `Your vote is now ${emoji}.`,
  unchanged: (emoji) => `Your ${emoji} was already recorded.`,
  'unknown-answer': () => 'docent no longer keeps this answer, so the vote was not recorded.',
};

/** A vote acknowledged to the member who cast it, privately. */
export function renderVote(outcome: VoteOutcome, vote: 1 | -1): Reply {
  return reply([{ color: MUTED, description: THANKS[outcome](vote === 1 ? '👍' : '👎') }], { ephemeral: true });
}

/** Votes when docent was started without its feedback store (never in `npm start`; only in tests that omit it). */
export function renderVotesOff(): Reply {
  return reply([{ color: MUTED, description: 'Votes are not recorded on this docent.' }], { ephemeral: true });
}

/** Where a transport keeps no feedback store. */
export function renderNoStore(): Reply {
  return reply([{ color: MUTED, description: NO_FEEDBACK_STORE }], { ephemeral: true });
}

/** /docent report: counts, the words the documents lack, and answers voted down, privately. */
export function renderReport(report: FeedbackReport | NoFeedbackStore): Reply {
  if ('kind' in report) return renderNoStore();
  const missing = report.missing.map(({ word, count, questions }) =>
    [`**${escapeText(word)}** × ${count}`, ...questions.map((question) => `> ${escapeEcho(question)}`)].join('\n'),
  );
  const downVoted = report.downVoted.map(
    ({ question, reference, up, down }) =>
      `👎 ${down} · 👍 ${up} — ${question === undefined ? REPORT_HEADINGS.questionNotKept : `“${escapeEcho(question)}”`}\n— ${escapeText(reference)}`,
  );
  return reply(
    [
      {
        color: ACCENT,
        title: reportTitle(report),
        description: reportCounts(report),
        fields: [
          { name: REPORT_HEADINGS.missing, value: missing.join('\n') || REPORT_HEADINGS.noMissing },
          { name: REPORT_HEADINGS.downVoted, value: downVoted.join('\n') || REPORT_HEADINGS.noDownVoted },
        ],
      },
    ],
    { ephemeral: true },
  );
}

/** /docent forget: how much was deleted, privately. */
export function renderForgotten(forgotten: Forgotten | NoFeedbackStore): Reply {
  if (forgotten.kind === 'no-store') return renderNoStore();
  return reply([{ color: MUTED, description: forgottenLine(forgotten) }], { ephemeral: true });
}
