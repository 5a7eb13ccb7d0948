import type { LoadOptions, SkippedFile } from '../knowledge/load.ts';
import type { Document } from '../knowledge/types.ts';
import { DocumentSearch, type IndexOrigin } from '../search/documentSearch.ts';
import type { Engine } from './engine.ts';
import { ask, findPassages, type AskOptions, type AskResult } from './ask.ts';
import { findDocument } from './find.ts';
import type { Passage } from './passage.ts';
import { quote, type QuoteOptions, type QuoteResult } from './quote.ts';
import { rehearse } from './rehearse.ts';
import { section, sections, type Contents, type DocumentNeeded, type SectionText } from './sections.ts';
import { summarize, type Summary, type SummarizeOptions, type SummaryNotFound } from './summarize.ts';

export interface DocentOptions extends LoadOptions {
  /** A folder where built indexes are kept, so that the next start reads the index instead of building it. */
  readonly cacheDir?: string;
}

/**
 * docent's engine: documents in, quoted answers with references out. Every method returns plain data.
 *
 * @example
 * const docent = await Docent.load('knowledge');
 * const result = docent.ask('Who leads the faction pushing for military action?');
 * if (result.kind === 'answer') console.log(result.answer.text, result.answer.ref);
 */
export class Docent implements Engine {
  readonly search: DocumentSearch;

  /** An engine over documents already parsed, e.g. by `parseDocument`, with their search (built here when not given). */
  constructor(
    readonly documents: readonly Document[],
    search?: DocumentSearch,
  ) {
    this.search = search ?? DocumentSearch.build(documents);
  }

  /**
   * Loads every `.md` and `.txt` file of a folder. With a cache folder, files unchanged since the cache was written
   * are not parsed again, and the index is read from it when it was built from exactly these documents; otherwise
   * it is built and written. What only some questions need is built on first use or by `warmUp`.
   * @throws KnowledgeError when the folder is missing or holds no usable document.
   */
  static async load(dir: string, options: DocentOptions = {}): Promise<{ docent: Docent; skipped: readonly SkippedFile[]; index?: IndexOrigin }> {
    const { search, skipped, origin } = await DocumentSearch.open(dir, options);
    return { docent: new Docent(search.documents, search), skipped, ...(origin ? { index: origin } : {}) };
  }

  /**
   * Reads and builds now what the first questions would otherwise wait for: word lists, related word forms and
   * abbreviations, the typo vocabularies, the phrase index; then rehearses a few questions so that the code answering
   * them is compiled. Compiled code serves the whole process, so one warm-up, at start, is enough: a reload warms its
   * search up itself (see `DocumentSearch.reload`).
   *
   * @example
   * docent.warmUp(); // at start, while the bot connects
   */
  warmUp(): void {
    this.search.warmUp();
    rehearse(this);
  }

  /**
   * The best verbatim passage for a question, with supporting passages, or a refusal with its reason.
   *
   * @example
   * docent.ask('What did Sheinbaum say?', { supporting: 2 }); // at most two supporting passages
   * docent.ask('Who is the mayor of New York?'); // { kind: 'refusal', reason: 'not-mentioned', missing: ['New York'] }
   */
  ask(question: string, options?: AskOptions): AskResult {
    return ask(this.search, question, { ...options, document: this.documentId(options?.document) });
  }

  /**
   * Passages that bear on any text, such as a chat message, best first; never a refusal, possibly none.
   *
   * @example
   * docent.findPassages('drones are flying over Mexico', { limit: 5 });
   * docent.findPassages('tariffs', { document: 'us-mexico-security' });
   */
  findPassages(text: string, options?: { limit?: number; document?: string }): Passage[] {
    return findPassages(this.search, text, { ...options, document: this.documentId(options?.document) });
  }

  /**
   * The verbatim sentences that best match a remembered phrase, even with typos.
   *
   * @example
   * docent.quote('sovereignty is not negociable'); // the Sheinbaum sentence, despite the typo
   * docent.quote('cartel', { limit: 5 }); // up to five sentences
   * docent.quote('drones', { document: 'us-mexico-security' }); // one document only
   */
  quote(text: string, options?: QuoteOptions): QuoteResult {
    return quote(this.search, text, { ...options, document: this.documentId(options?.document) });
  }

  /**
   * An extractive summary of a whole document or one section, in document order.
   *
   * @example
   * docent.summarize(); // the only document, medium length
   * docent.summarize({ section: '3', length: 'short' }); // two sentences of section 3
   * docent.summarize({ section: 'Surveillance', length: 'long', document: 'us-mexico-security' });
   */
  summarize(options?: SummarizeOptions): Summary | SummaryNotFound | DocumentNeeded {
    return summarize(this.search, options);
  }

  /**
   * Tables of contents: every document's, or the named one's.
   *
   * @example
   * docent.sections(); // [{ document: { id, title }, sections: [{ number: 1, title, paragraphs: 2, sentences: 8 }, …] }]
   */
  sections(document?: string): Contents[] {
    return sections(this.documents, document);
  }

  /**
   * One section's full text, by number ("2", "§2") or by (part of) its title.
   *
   * @example
   * docent.section('2'); // section 2 of the only document
   * docent.section('surveillance'); // the section whose title mentions surveillance
   * docent.section('2'); // with several documents, { kind: 'document-needed', documents: [{ id, title }, …] }
   */
  section(name: string, document?: string): SectionText | DocumentNeeded | undefined {
    return section(this.documents, name, document);
  }

  /** A document named by id or title (as `/summary` and `/section` accept) to its id; an unknown name matches nothing. */
  private documentId(name: string | undefined): string | undefined {
    if (name === undefined || name.trim() === '') return undefined;
    return findDocument(this.documents, name)?.id ?? name;
  }
}
