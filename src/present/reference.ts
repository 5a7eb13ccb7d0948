import type { Passage, PassageRef } from '../engine/passage.ts';

/** "§2 Mexico’s Stance: Sovereignty and Partnership" */
export function sectionLabel(section: { readonly number: number; readonly title: string }): string {
  return `§${section.number} ${section.title}`;
}

/** "§2 Section title · ¶1": where in its document a passage is. A first section named after the document is "§1". */
export function placeInDocument(ref: PassageRef): string {
  const section = ref.section.title === ref.document.title ? `§${ref.section.number}` : sectionLabel(ref.section);
  return `${section} · ¶${ref.paragraph}`;
}

/** Whether some passages come from more than one document. */
function fromSeveralDocuments(passages: readonly Passage[]): boolean {
  return new Set(passages.map((passage) => passage.ref.document.id)).size > 1;
}

/**
 * The references printed under one reply's quotes, in order. A document's full title is given once, at its first
 * quote; a reply quoting one document then gives only the place, one quoting several names the document by its id
 * (which is also what `document:` takes), shown beside the title at first.
 *
 * @example
 * passageReferences([a, b]); // ["Redaction [pino-redaction] · §3 Overhead · ¶2", "pino-redaction · §1 Redaction · ¶8"] from several
 * passageReferences([c, d]); // ["The White House Divided: … · §1 · ¶2", "§4 Mexico’s Anti-Cartel Efforts: … · ¶1"] from one
 */
export function passageReferences(passages: readonly Passage[]): string[] {
  const several = fromSeveralDocuments(passages);
  const named = new Set<string>();
  return passages.map(({ ref }) => {
    const { id, title } = ref.document;
    if (named.has(id)) return several ? `${id} · ${placeInDocument(ref)}` : placeInDocument(ref);
    named.add(id);
    return `${several ? `${title} [${id}]` : title} · ${placeInDocument(ref)}`;
  });
}

/** The sections some passages are in, as a list of them shows each: by its id too when they span several documents. */
export function sectionReferences(passages: readonly Passage[]): string[] {
  const several = fromSeveralDocuments(passages);
  return passages.map(({ ref }) => (several ? `${ref.document.id} · ${sectionLabel(ref.section)}` : sectionLabel(ref.section)));
}
