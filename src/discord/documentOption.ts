import type { Engine } from '../engine/engine.ts';
import { looseForm } from '../engine/find.ts';

/** Document titles matching what the member typed; the value is the document id. */
export function documentChoices(docent: Engine, typed: string): { name: string; value: string }[] {
  const wanted = looseForm(typed);
  return docent.documents
    .filter((document) => wanted === '' || looseForm(`${document.title} ${document.id}`).includes(wanted))
    .map((document) => ({ name: document.title, value: document.id }));
}
