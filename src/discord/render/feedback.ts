import type { VoteOutcome } from '../../store/feedbackStore.ts';
import { MUTED, reply, type Reply } from './reply.ts';

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
