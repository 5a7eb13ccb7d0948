/** The spans a report counts over, and that `forget` deletes; `all` only for forgetting everything. */
export const REPORT_PERIODS = ['day', 'week', 'month'] as const;
export const FORGET_PERIODS = [...REPORT_PERIODS, 'all'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
export type ForgetPeriod = (typeof FORGET_PERIODS)[number];

const DAY_MS = 86_400_000;
const SPAN_MS: Record<ReportPeriod, number> = { day: DAY_MS, week: 7 * DAY_MS, month: 30 * DAY_MS };

/** The first millisecond of a period that ends now. */
export function periodStart(period: ForgetPeriod, now: number): number {
  return period === 'all' ? 0 : now - SPAN_MS[period];
}

export function isReportPeriod(value: string): value is ReportPeriod {
  return (REPORT_PERIODS as readonly string[]).includes(value);
}

export function isForgetPeriod(value: string): value is ForgetPeriod {
  return (FORGET_PERIODS as readonly string[]).includes(value);
}
