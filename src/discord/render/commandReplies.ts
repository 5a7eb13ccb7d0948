import type { HelpList } from '../../../commands/help.ts';
import { textOption } from '../../commands/definition.ts';
import { renderWith, type Renderers, type RenderRequest } from '../../commands/renderers.ts';
import type { AskResult } from '../../engine/ask.ts';
import type { Passage } from '../../engine/passage.ts';
import type { QuoteResult } from '../../engine/quote.ts';
import type { Contents, DocumentNeeded, SectionText } from '../../engine/sections.ts';
import type { Summary, SummaryNotFound } from '../../engine/summarize.ts';
import { searchesSeveral } from '../../present/searchScope.ts';
import { renderAsk } from './answer.ts';
import { renderContents, renderSection, renderSummary } from './browse.ts';
import { renderForgotten, renderReport } from './feedback.ts';
import { renderHelp } from './notices.ts';
import { renderFindings, renderQuote } from './quote.ts';
import type { Reply } from './reply.ts';

const several = ({ docent, options }: RenderRequest): boolean => searchesSeveral(docent, textOption(options, 'document'));

/** Discord's rendering of each command's data, by command name; the options are as the member typed them. */
export const DISCORD_REPLIES: Renderers<Reply> = {
  ask: (data: AskResult, request) =>
    renderAsk(
      { ...data, question: textOption(request.options, 'question') ?? '' },
      { several: several(request), ephemeral: request.options.private === true, document: textOption(request.options, 'document'), answerId: request.answerId },
    ),
  // Found from a message's menu, so answered to the member only.
  forget: renderForgotten,
  find: (data: Passage[], { docent }) => renderFindings(data, true, searchesSeveral(docent, undefined)),
  help: (data: HelpList) => renderHelp(data.commands),
  quote: (data: QuoteResult, request) => renderQuote({ ...data, text: textOption(request.options, 'text') ?? '' }, several(request)),
  report: renderReport,
  section: (data: SectionText | DocumentNeeded | null, { options }) => renderSection(data ?? undefined, textOption(options, 'name') ?? ''),
  sections: (data: Contents[]) => renderContents(data),
  summary: (data: Summary | SummaryNotFound | DocumentNeeded) => renderSummary(data),
};

export const renderReply = (command: string, data: unknown, request: RenderRequest): Reply => renderWith(DISCORD_REPLIES, command, data, request);
