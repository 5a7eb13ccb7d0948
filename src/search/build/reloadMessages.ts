import type { Skip } from '../../knowledge/skipped.ts';
import type { Document } from '../../knowledge/types.ts';

/** What the reload thread is started with: the folder, and the settings it is read with. */
export interface ReloadSettings {
  /** The reload thread's module, which `tsxWorker.mjs` runs when docent runs from its sources. */
  readonly entry: string;
  readonly dir: string;
  readonly maxFileBytes?: number;
  /** Where built indexes are kept (see `IndexCache`); none means build. */
  readonly cacheDir?: string;
}

/**
 * What the thread that serves questions (the main thread, or in a server the engine's) asks the reload thread, one at a time: to read and parse one file of the folder, answered with
 * its document or why it has none; then to index the documents in service, answered with the index's parts. A
 * document the thread parsed is named by its file, so that only a kept previous version crosses whole. The answers:
 * `ReadReply`, and an `IndexMessage`.
 */
export type ReloadRequest =
  | {
      readonly kind: 'read';
      readonly file: string;
      readonly id: string;
      /** The `fileKey` of the document in service for this file, if known: the same bytes need not cross again. */
      readonly known?: string;
    }
  | { readonly kind: 'index'; readonly documents: readonly (string | Document)[] };

/**
 * A file read: its document and `fileKey`; or, when the key is the one the main thread knows, only its aliases (the
 * aliases file may have changed alone), the document in service being the same; or why it has no document.
 */
export type ReadReply =
  | { readonly kind: 'parsed'; readonly document: Document; readonly key: string }
  | { readonly kind: 'unchanged'; readonly aliases: Document['aliases'] }
  | Skip;
