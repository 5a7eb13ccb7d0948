import type { HelpList } from '../../commands/help.ts';
import { textOption } from '../commands/definition.ts';
import { renderWith, type Renderers, type RenderRequest } from '../commands/renderers.ts';
import type { AskResult } from '../engine/ask.ts';
import type { Passage } from '../engine/passage.ts';
import type { QuoteResult } from '../engine/quote.ts';
import type { Contents, DocumentNeeded, SectionText } from '../engine/sections.ts';
import type { Summary, SummaryNotFound } from '../engine/summarize.ts';
import { searchesSeveral } from '../present/searchScope.ts';
import { renderForgottenText, renderReportText } from './feedbackText.ts';
import { renderAsk, renderContents, renderFindings, renderHelp, renderQuote, renderSection, renderSummary } from './renderText.ts';

const several = ({ docent, options }: RenderRequest): boolean => searchesSeveral(docent, textOption(options, 'document'));

/** The console's rendering of each command's data, by command name. */
export const TEXT_RENDERERS: Renderers<string> = {
  ask: (data: AskResult, request) => renderAsk(data, several(request)),
  forget: renderForgottenText,
  find: (data: Passage[], request) => renderFindings(data, textOption(request.options, 'text') ?? '', searchesSeveral(request.docent, undefined)),
  help: (data: HelpList) => renderHelp(data.commands),
  quote: (data: QuoteResult, request) => renderQuote(data, several(request)),
  report: renderReportText,
  section: (data: SectionText | DocumentNeeded | null, { options }) => renderSection(data ?? undefined, textOption(options, 'name') ?? ''),
  sections: (data: Contents[]) => renderContents(data),
  summary: (data: Summary | SummaryNotFound | DocumentNeeded) => renderSummary(data),
};

export const renderText = (command: string, data: unknown, request: RenderRequest): string => renderWith(TEXT_RENDERERS, command, data, request);
