import { textOption, type CommandDefinition } from '../src/commands/definition.ts';
import { periodOption, withFeedback, type NoFeedbackStore } from '../src/commands/feedback.ts';
import { FORGET_PERIODS, isForgetPeriod, type ForgetPeriod } from '../src/store/period.ts';

/** How much `forget` deleted. */
export interface Forgotten {
  readonly kind: 'forgotten';
  readonly period: ForgetPeriod;
  readonly questions: number;
  readonly votes: number;
}

export default {
  name: 'forget',
  description: 'Deletes the questions and votes of the last day, week, month, or all of them (admins)',
  admin: true,
  options: [periodOption(FORGET_PERIODS, true, 'Delete what was asked and voted over this last period')],
  help: { usage: '/forget <day|week|month|all>', summary: 'Deletes the stored questions and votes of a period.', example: '/forget day' },
  run: (_docent, options, _commands, services) => {
    const period = textOption(options, 'period') ?? '';
    // The option is required and its choices read before run, so the period is always one of them.
    if (!isForgetPeriod(period)) throw new Error(`/forget was run without a period it knows: ${period}`);
    return withFeedback(services, (store): Forgotten => ({ kind: 'forgotten', period, ...store.forget(period) }));
  },
} satisfies CommandDefinition<Forgotten | NoFeedbackStore>;
