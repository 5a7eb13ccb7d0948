import type { Engine } from '../engine/engine.ts';
import { looseForm } from '../engine/find.ts';
import { sectionLabel } from '../present/reference.ts';

/** Sections whose number or title matches what the member typed. With several documents the value names the document. */
export function sectionChoices(docent: Engine, typed: string, document?: string): { name: string; value: string }[] {
  const wanted = looseForm(typed);
  const several = docent.documents.length > 1;
  return docent.sections(document).flatMap((contents) =>
    contents.sections
      .filter((section) => wanted === '' || looseForm(`${section.number} ${section.title}`).includes(wanted))
      .map((section) => ({
        name: several ? `${contents.document.title} · ${sectionLabel(section)}` : sectionLabel(section),
        value: several ? `${contents.document.id}#${section.number}` : String(section.number),
      })),
  );
}
