import type { IndexedSentence, SentenceIndex } from '../index/sentenceIndex.ts';

/**
 * Openers that point back to the previous sentence: "She…", "These actions…", "The incident…",
 * also after a short lead-in ("While these flights…", "Despite this firm stance…").
 */
const DEFINITE_REFERENCE =
  'the (?:incident|episode|move|group|decision|plan|agreement|deal|case|event|attack|operation|effort|measure|report|proposal|law|bill|policy|talks|meeting|visit|announcement|arrest|raid|strike|company|organization|organisation|team|war|battle|campaign|latter|former|same)';
const ANAPHORIC_OPENING = new RegExp(
  `^["“‘(]?(?:(?:this|these|that|those|such|it|its|he|she|they|their|his|her|him|them)\\b|(?:[\\p{L}’'-]+,?\\s+){0,2}?(?:this|these|those|such|${DEFINITE_REFERENCE})\\b)`,
  'iu',
);

export function opensWithAnaphor(text: string): boolean {
  return ANAPHORIC_OPENING.test(text);
}

/** The sentence just before this one in the same section, if any. */
export function previousInSection(index: SentenceIndex, entry: IndexedSentence): IndexedSentence | undefined {
  const previous = index.entries[entry.id - 1];
  return previous && previous.section === entry.section ? previous : undefined;
}

/** The sentence just after this one in the same section, if any. */
export function nextInSection(index: SentenceIndex, entry: IndexedSentence): IndexedSentence | undefined {
  const next = index.entries[entry.id + 1];
  return next && next.section === entry.section ? next : undefined;
}

/**
 * The sentence that introduces the code block a run of code belongs to ("Create a .env file:"), if any: every run
 * of the block is quoted under it, so the run leans on it as an anaphoric sentence leans on the one before.
 */
export function leadInOf(index: SentenceIndex, entry: IndexedSentence): IndexedSentence | undefined {
  const paragraph = entry.section.paragraphs[entry.sentence.ref.paragraph - 1];
  if (paragraph?.code?.lead === undefined) return undefined;
  const lead = index.entries[entry.id - entry.sentence.ref.sentence];
  return lead?.sentence.text === paragraph.code.lead ? lead : undefined;
}

/** The sentence a passage leans on, and the terms it lends the passage. */
export interface LeanedOn {
  readonly entry: IndexedSentence;
  readonly terms: ReadonlySet<string>;
}

/**
 * What a sentence leans on: an anaphoric one ("The incident…") the sentence before it, by that sentence's terms; a run
 * of code its lead-in, by the lead-in's whole paragraph, which says what the code is for before the colon that
 * introduces it ("Terms are downcased by default. … should be discarded:").
 */
export function leanedOnOf(index: SentenceIndex, entry: IndexedSentence, anaphoric: boolean): LeanedOn | undefined {
  if (anaphoric) {
    const previous = previousInSection(index, entry);
    return previous && { entry: previous, terms: previous.terms };
  }
  const lead = leadInOf(index, entry);
  return lead && { entry: lead, terms: lead.paragraphTerms };
}
