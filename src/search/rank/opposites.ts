import { tokenize } from '../analyzer/tokenize.ts';
import { antonymsOf } from '../lexicon/antonyms.ts';
import { lemmasOf } from '../lexicon/relatedForms.ts';
import type { Window } from './windows.ts';

/** Every lemma of every word of the window's sentences, stop words included: "most" is one, and so is "least". */
function lemmasInWindow(window: Window): Set<string> {
  const lemmas = new Set<string>();
  for (const entry of window.entries) for (const token of tokenize(entry.sentence.text)) for (const lemma of lemmasOf(token.surface)) lemmas.add(lemma);
  return lemmas;
}

/**
 * Whether the window says the opposite of one of the question's words instead of the word itself: "What is the least
 * abundant phagocyte?" of a passage that names the most abundant one. 1 when it does, else 0.
 */
export function saysOpposite(question: string, window: Window | undefined): number {
  if (window === undefined) return 0;
  const inWindow = lemmasInWindow(window);
  for (const token of tokenize(question)) {
    const lemmas = lemmasOf(token.surface);
    if (lemmas.some((lemma) => inWindow.has(lemma))) continue;
    if (lemmas.some((lemma) => antonymsOf(lemma).some((opposite) => inWindow.has(opposite)))) return 1;
  }
  return 0;
}
