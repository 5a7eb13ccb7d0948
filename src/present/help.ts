/** One command as members see it in help: its usage and what it does, with an example. */
export interface CommandHelp {
  readonly usage: string;
  readonly summary: string;
  readonly example: string;
}

export const COMMAND_HELP: readonly CommandHelp[] = [
  { usage: '/ask <question>', summary: 'Answers with a verbatim quote and its reference, plus supporting passages.', example: '/ask Who leads the faction pushing for military strikes?' },
  { usage: '/quote <text>', summary: 'Finds the exact sentence for a phrase you remember, typos and all.', example: '/quote sovereignty is not negociable' },
  { usage: '/summary [section] [short|medium|long]', summary: 'An extractive summary of the whole document or of one section.', example: '/summary 3 short' },
  { usage: '/sections', summary: 'The table of contents.', example: '/sections' },
  { usage: '/section <number or title>', summary: 'The full text of one section.', example: '/section surveillance' },
  { usage: '/help', summary: 'This list.', example: '/help' },
];

export const INTRODUCTION =
  'docent answers questions about the document by quoting it word for word, and names where every quote comes from.';
