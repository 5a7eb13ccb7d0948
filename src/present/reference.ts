import type { PassageRef } from '../engine/passage.ts';

/** "§2 Mexico’s Stance: Sovereignty and Partnership" */
export function sectionLabel(section: { readonly number: number; readonly title: string }): string {
  return `§${section.number} ${section.title}`;
}

/**
 * "Document title · §2 Section title · ¶1", the reference printed under every quote.
 * A first section named after the document ("Title · §1 · ¶1") does not repeat the title.
 */
export function formatReference(ref: PassageRef): string {
  const section = ref.section.title === ref.document.title ? `§${ref.section.number}` : sectionLabel(ref.section);
  return `${ref.document.title} · ${section} · ¶${ref.paragraph}`;
}
