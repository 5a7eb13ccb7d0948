import type { Docent } from '../engine/docent.ts';
import { looseForm } from '../engine/find.ts';
import { sectionLabel } from '../present/reference.ts';

/** Sections whose number or title matches what the member typed. With several documents the value names the document. */
export function sectionChoices(docent: Docent, typed: string, document?: string): { name: string; value: string }[] {
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

/** Reads a section option: "3", a title, or "document-id#3" as picked from autocomplete. */
export function parseSectionValue(value: string, document?: string): { section: string; document?: string } {
  const picked = /^(.+)#(\d+)$/u.exec(value.trim());
  if (picked?.[1] && picked[2]) return { section: picked[2], document: picked[1] };
  return { section: value, ...(document === undefined ? {} : { document }) };
}
