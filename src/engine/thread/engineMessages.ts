import type { KnowledgeError, SkippedFile } from '../../knowledge/load.ts';
import type { Document } from '../../knowledge/types.ts';
import type { IndexOrigin } from '../../search/documentSearch.ts';
import type { Docent, DocentOptions } from '../docent.ts';
import type { ReloadReport } from '../liveDocent.ts';

/** How the thread loads the folder: settings only, since what crosses to a thread is copied, and methods are not. */
export type EngineOptions = Pick<DocentOptions, 'maxFileBytes' | 'cacheDir'>;

/** What the engine's thread is started with: its module (which `tsxWorker.mjs` runs from source), the folder and its settings. */
export interface EngineSettings {
  readonly entry: string;
  readonly dir: string;
  readonly options: EngineOptions;
}

/** The searches the thread answers, by the engine's method names; browsing is answered by the main thread's documents. */
export type Searches = Pick<Docent, 'ask' | 'findPassages' | 'quote' | 'summarize'>;

/** One search: the engine's method and its arguments. */
export type SearchCall = { [M in keyof Searches]: { readonly method: M; readonly args: Parameters<Searches[M]> } }[keyof Searches];

/** What the main thread asks the thread to do: a search, a warm-up, or a reload. */
export type EngineTask = { readonly kind: 'search'; readonly call: SearchCall } | { readonly kind: 'warm-up' } | { readonly kind: 'reload' };

/** A task numbered, so that its answer finds it. */
export type EngineRequest = { readonly id: number } & EngineTask;

/** A request's answer: its value, or the message of what went wrong. */
export type EngineReply = { readonly id: number } & ({ readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string });

/**
 * A reload's answer: its report, and when the engine was swapped the documents now in service, in order; a document
 * the reload kept is named by its id (the main thread's copy stays), a new or changed one crosses whole.
 */
export interface ReloadReply {
  readonly report: ReloadReport;
  readonly documents?: readonly (string | Document)[];
}

/** The thread's first message: the documents it loaded and where their index came from, or why it could not load. */
export type LoadReply =
  | { readonly kind: 'loaded'; readonly documents: readonly Document[]; readonly sentences: number; readonly skipped: readonly SkippedFile[]; readonly index?: IndexOrigin }
  | { readonly kind: 'failed'; readonly error: unknown; readonly knowledge?: Pick<KnowledgeError, 'message' | 'skipped'> };
