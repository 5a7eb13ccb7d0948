import { textOption, type CommandDefinition } from '../src/commands/definition.ts';
import { periodOption, withFeedback, type NoFeedbackStore } from '../src/commands/feedback.ts';
import type { FeedbackReport } from '../src/store/feedbackStore.ts';
import { isReportPeriod, REPORT_PERIODS } from '../src/store/period.ts';

export default {
  name: 'report',
  description: 'What members asked that the documents lack, answers voted down, and counts (admins)',
  admin: true,
  options: [periodOption(REPORT_PERIODS, false, 'Counted over the last day, week or month; a week by default')],
  help: { usage: '/report [day|week|month]', summary: 'Refused questions grouped by the words the documents lack, answers voted down, and counts.', example: '/report week' },
  run: (_docent, options, _commands, services) => {
    const period = textOption(options, 'period') ?? 'week';
    return withFeedback(services, (store) => store.report(isReportPeriod(period) ? period : 'week'));
  },
} satisfies CommandDefinition<FeedbackReport | NoFeedbackStore>;
