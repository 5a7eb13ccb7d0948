import type { Engine } from '../engine/engine.ts';

/** Whether a command searches several documents: more than one is loaded and the command named none. */
export function searchesSeveral(docent: Engine, document: string | undefined): boolean {
  return docent.documents.length > 1 && (document === undefined || document.trim() === '');
}
