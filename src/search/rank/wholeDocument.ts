import type { Section } from '../../knowledge/types.ts';
import type { SentenceIndex } from '../index/sentenceIndex.ts';

/** Whether the section is all its document holds: then its heading and its bounds set no passage apart from another. */
export function isWholeDocument(index: SentenceIndex, section: Section): boolean {
  const whole = index.sentencesOf(section.ref.document);
  const part = index.sectionRange(section);
  return part.end - part.first === whole.end - whole.first;
}
