import type { Docent } from '../engine/docent.ts';

/** Whether a command searches several documents: more than one is loaded and the command named none. */
export function searchesSeveral(docent: Docent, document: string | undefined): boolean {
  return docent.documents.length > 1 && (document === undefined || document.trim() === '');
}
