import type { Document, Section } from '../knowledge/types.ts';
import { DocumentSearch } from '../search/documentSearch.ts';

/** Lower case, no accents, punctuation as spaces: how names typed by members are compared. */
export function looseForm(text: string): string {
  return DocumentSearch.looseWords(text).join(' ');
}

/** The document with this id or title (loosely), or the only one when there is just one and none is named. */
export function findDocument(documents: readonly Document[], name?: string): Document | undefined {
  if (name === undefined || name.trim() === '') return documents.length === 1 ? documents[0] : undefined;
  const wanted = looseForm(name);
  return (
    documents.find((document) => document.id === name.trim()) ??
    documents.find((document) => looseForm(document.title) === wanted || looseForm(document.id) === wanted) ??
    documents.find((document) => looseForm(document.title).includes(wanted))
  );
}

/**
 * A section by number ("3", "§3") or by title: exact, then the title containing the words typed,
 * then the title sharing most of them.
 */
export function findSection(document: Document, name: string): Section | undefined {
  const number = /^\s*§?\s*(\d+)\s*$/u.exec(name)?.[1];
  if (number !== undefined) return document.sections[Number(number) - 1];
  const wanted = looseForm(name);
  if (wanted === '') return undefined;
  const exact = document.sections.find((section) => looseForm(section.title) === wanted);
  if (exact) return exact;
  const containing = document.sections.find((section) => looseForm(section.title).includes(wanted));
  if (containing) return containing;
  const words = new Set(wanted.split(' '));
  let best: { section: Section; shared: number } | undefined;
  for (const section of document.sections) {
    const shared = looseForm(section.title).split(' ').filter((word) => words.has(word)).length;
    if (shared > (best?.shared ?? 0)) best = { section, shared };
  }
  return best && best.shared * 2 >= words.size ? best.section : undefined;
}
