import type { Document } from '../knowledge/types.ts';
import type { AskOptions, AskResult } from './ask.ts';
import type { Passage } from './passage.ts';
import type { QuoteOptions, QuoteResult } from './quote.ts';
import type { Contents, DocumentNeeded, SectionText } from './sections.ts';
import type { Summary, SummarizeOptions, SummaryNotFound } from './summarize.ts';

/** A value now, or once it has been worked out elsewhere. */
export type Awaitable<T> = T | Promise<T>;

/**
 * What the transports ask of the engine: `Docent`, which answers at once, or `EngineThread`, which searches in a
 * worker thread so that a server's event loop never waits on a search or its garbage. Browsing the documents is
 * answered at once by either; a search may come later, so transports await it.
 */
export interface Engine {
  readonly documents: readonly Document[];
  ask(question: string, options?: AskOptions): Awaitable<AskResult>;
  findPassages(text: string, options?: { limit?: number; document?: string }): Awaitable<Passage[]>;
  quote(text: string, options?: QuoteOptions): Awaitable<QuoteResult>;
  summarize(options?: SummarizeOptions): Awaitable<Summary | SummaryNotFound | DocumentNeeded>;
  sections(document?: string): Contents[];
  section(name: string, document?: string): SectionText | DocumentNeeded | undefined;
}
