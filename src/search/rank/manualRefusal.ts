import { isManualDocument } from '../../knowledge/format.ts';
import { asksWith } from './askingClause.ts';
import type { Query } from './query.ts';
import { inWindow, REFUSAL_FEATURE_NAMES, type RefusalFeatures } from './refusalFeatures.ts';
import type { Window } from './windows.ts';

// A manual is asked otherwise than an encyclopaedia: "upgraded and `import X from 'x'` stopped working, is there no
// default export anymore?" tells a problem before it asks, in words no passage needs to hold. The refusal model fitted
// on SQuAD's short questions reads those words as evidence against every passage; the manual model, fitted on
// questions about manuals, weighs the same measures with how much of the clause that asks the passage meets.

/** What the manual refusal model weighs: the prose model's measures, and the asking clause's coverage and share. */
export const MANUAL_REFUSAL_FEATURE_NAMES = [...REFUSAL_FEATURE_NAMES, 'askingCoverage', 'askingShare'] as const;

/** Whether the best window is from a manual (`isManualDocument`). */
export const isManual = (window: Window | undefined): boolean => window !== undefined && isManualDocument(window.anchor.entry.document);

/** The manual refusal model's inputs for the best window, from the prose model's measures of it. */
export function manualRefusalFeatures(query: Query, windows: readonly Window[], measures: RefusalFeatures): Record<string, number> {
  const clause = query.shape.asking;
  const asking = query.terms.filter((term) => asksWith(clause, term.position));
  const weight = asking.reduce((sum, term) => sum + term.weight, 0);
  const total = query.terms.reduce((sum, term) => sum + term.weight, 0);
  // A clause that asks with no word of weight ("what now?") leaves the whole question to say what is asked.
  if (weight === 0) return { ...measures, askingCoverage: measures.unionCoverage, askingShare: 1 };
  const met = asking.reduce((sum, term) => sum + (inWindow(term, windows[0]) ? term.weight : 0), 0);
  return { ...measures, askingCoverage: met / weight, askingShare: weight / total };
}
