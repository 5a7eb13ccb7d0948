import type { Document } from '../knowledge/types.ts';
import type { DocumentSearch } from '../search/documentSearch.ts';
import type { SummarizeOptions } from './summarize.ts';

/** What a rehearsal uses of an engine (the `Docent` that warms up): its sentences, and the calls members make. */
export interface RehearsedEngine {
  readonly search: DocumentSearch;
  readonly documents: readonly Document[];
  ask(question: string): unknown;
  quote(text: string): unknown;
  summarize(options: SummarizeOptions): unknown;
}

/** Sentences asked, and quoted from, in a rehearsal: enough for V8 to compile what answering runs. */
const REHEARSALS = 20;
const QUOTED_WORDS = 6;

/**
 * Asks the documents' own sentences spread across them, quotes their opening words and summarizes the first
 * document, dropping every result: V8 compiles what answering runs while the bot connects rather than during a
 * member's first question. On the large bench corpus that question took 80–130 ms without this, 16–28 ms with it.
 */
export function rehearse(docent: RehearsedEngine): void {
  const entries = docent.search.sentences;
  const count = Math.min(REHEARSALS, entries.length);
  try {
    for (let i = 0; i < count; i++) {
      const { text } = entries[Math.floor(((i + 0.5) * entries.length) / count)]!.sentence;
      docent.ask(text);
      docent.quote(text.split(' ').slice(0, QUOTED_WORDS).join(' '));
    }
    docent.summarize({ document: docent.documents[0]?.id });
  } catch {
    // Only a rehearsal: a fault it meets is met again, and answered with an apology, when a member asks.
  }
}
