import { performance } from 'node:perf_hooks';
import { KnowledgeError, type SkippedFile } from '../knowledge/load.ts';
import { watchKnowledge, type WatchOptions } from '../knowledge/watch.ts';
import { DocumentSearch, type IndexOrigin } from '../search/documentSearch.ts';
import { Docent, type DocentOptions } from './docent.ts';

/** What a reload did: a new engine in service, or nothing changed and why. */
export type ReloadOutcome =
  | {
      readonly kind: 'reloaded';
      readonly docent: Docent;
      readonly previous: Docent;
      /** Files that failed this time and kept their previous version. */
      readonly kept: readonly SkippedFile[];
      /** New files that failed, left out. */
      readonly skipped: readonly SkippedFile[];
      readonly added: readonly string[];
      /** Files there before whose document now reads differently: an edit to what docent quotes, or an id that moved. */
      readonly changed: readonly string[];
      readonly removed: readonly string[];
      /** Reading, parsing and indexing in a worker thread, then assembling and warming up here between questions. */
      readonly ms: number;
    }
  | { readonly kind: 'failed'; readonly reason: string; readonly error: unknown };

/** A reload's outcome as plain data, for logs and notices, and to cross from the engine's thread (see `EngineThread`). */
export type ReloadReport =
  | (Omit<Extract<ReloadOutcome, { kind: 'reloaded' }>, 'docent' | 'previous'> & {
      readonly documents: number;
      readonly previousDocuments: number;
      readonly sentences: number;
    })
  | {
      readonly kind: 'failed';
      readonly reason: string;
      /** What went wrong, when unexpected: a folder with no usable document is told by `reason` alone. */
      readonly error?: unknown;
    };

/** The plain report of a reload. */
export function reportOf(outcome: ReloadOutcome): ReloadReport {
  if (outcome.kind === 'failed') return { kind: 'failed', reason: outcome.reason, ...(outcome.error instanceof KnowledgeError ? {} : { error: outcome.error }) };
  const { docent, previous, ...rest } = outcome;
  return { ...rest, documents: docent.documents.length, previousDocuments: previous.documents.length, sentences: docent.search.index.entries.length };
}

/**
 * The engine in service for a knowledge folder, rebuilt in the background when the folder changes (read, parsed and
 * indexed in a worker thread, so that questions keep being answered meanwhile) and swapped in whole only once the
 * rebuild succeeded. A failed rebuild leaves the previous engine in service.
 *
 * @example
 * const { live } = await LiveDocent.load('knowledge');
 * const stop = live.watch((outcome) => console.log(outcome.kind));
 * live.current.ask('Who leads the faction?'); // read `current` once per piece of work
 */
export class LiveDocent {
  private docent: Docent;
  private running: Promise<ReloadOutcome> | undefined;
  private queued: Promise<ReloadOutcome> | undefined;

  /** With a cache folder, each rebuilt index is also written there, so that a restart reads it. */
  constructor(
    readonly dir: string,
    docent: Docent,
    private readonly options: DocentOptions = {},
  ) {
    this.docent = docent;
  }

  /**
   * Loads the folder as `Docent.load` does.
   * @throws KnowledgeError when the folder is missing or holds no usable document.
   */
  static async load(dir: string, options: DocentOptions = {}): Promise<{ live: LiveDocent; skipped: readonly SkippedFile[]; index?: IndexOrigin }> {
    const { docent, skipped, index } = await Docent.load(dir, options);
    return { live: new LiveDocent(dir, docent, options), skipped, ...(index ? { index } : {}) };
  }

  /** The engine in service. Work that reads it once keeps that engine to the end, whatever reloads meanwhile. */
  get current(): Docent {
    return this.docent;
  }

  /**
   * Reads the folder again and swaps the new engine in if it loaded. Calls made while a reload runs share one
   * further reload after it, so that the last change is always picked up and rebuilds never overlap.
   */
  reload(): Promise<ReloadOutcome> {
    if (!this.running) {
      this.running = this.rebuild().finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.reload();
    });
    return this.queued;
  }

  /** Reloads whenever the folder changes, reporting each outcome; returns a function that stops watching. */
  watch(onReload: (outcome: ReloadOutcome) => void, options?: WatchOptions): () => void {
    return watchKnowledge(this.dir, () => void this.reload().then(onReload), options);
  }

  private async rebuild(): Promise<ReloadOutcome> {
    const start = performance.now();
    const previous = this.docent;
    try {
      const { search, knowledge } = await DocumentSearch.reload(this.dir, previous.search, this.options);
      const { kept, skipped, added, changed, removed } = knowledge;
      // Warmed up before it serves (see `DocumentSearch.reload`); the code is compiled already, so no rehearsal.
      const docent = new Docent(knowledge.documents, search);
      this.docent = docent;
      return { kind: 'reloaded', docent, previous, kept, skipped, added, changed, removed, ms: Math.round(performance.now() - start) };
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error), error };
    }
  }
}
