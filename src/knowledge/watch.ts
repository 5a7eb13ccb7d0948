import { watch } from 'node:fs';
import { KNOWLEDGE_FILE } from './readEntry.ts';

export interface WatchOptions {
  /** How long the folder must stay quiet before `onChange` runs; one save often comes as a burst of events. */
  readonly debounceMs?: number;
  /** The watch failed (e.g. the folder was deleted or the system's watch limit was reached) and has stopped. */
  readonly onError?: (error: Error) => void;
}

/** Whether a changed name can alter the knowledge: a document or an aliases file, not an editor's temporary file. */
function matters(name: string | null): boolean {
  return name === null || KNOWLEDGE_FILE.test(name) || name.endsWith('.aliases');
}

/**
 * Calls `onChange` once the knowledge folder settles after files in it are added, changed, renamed or removed.
 * Only the folder itself is watched, as only its own files are loaded. Returns a function that stops watching.
 */
export function watchKnowledge(dir: string, onChange: () => void, options: WatchOptions = {}): () => void {
  let timer: NodeJS.Timeout | undefined;
  // Not persistent: watching must never be what keeps the process alive.
  const watcher = watch(dir, { persistent: false }, (_event, name) => {
    if (!matters(name)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, options.debounceMs ?? 300);
  });
  watcher.on('error', (error) => {
    clearTimeout(timer);
    watcher.close();
    options.onError?.(error);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
