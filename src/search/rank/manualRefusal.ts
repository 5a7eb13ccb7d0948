import { isMarkdown } from '../../knowledge/format.ts';
import { asksWith } from './askingClause.ts';
import type { Query } from './query.ts';
import { inWindow, REFUSAL_FEATURE_NAMES, type RefusalFeatures } from './refusalFeatures.ts';
import type { Window } from './windows.ts';

// A manual is asked otherwise than an encyclopaedia: "upgraded and `import X from 'x'` stopped working, is there no
// default export anymore?" tells a problem before it asks, in words no passage needs to hold. The refusal model fitted
// on SQuAD's short questions reads those words as evidence against every passage; the manual model, fitted on
// questions about manuals, weighs the SQuAD model's judgement with how much of the clause that asks the passage meets.

/** What the manual refusal model weighs: the prose model's measures, its judgement, and the asking clause's share. */
export const MANUAL_REFUSAL_FEATURE_NAMES = [...REFUSAL_FEATURE_NAMES, 'proseLogit', 'askingCoverage', 'askingShare'] as const;

/** Whether the best window is from a manual: a Markdown document, as READMEs, guides and FAQs are written. */
export const isManual = (window: Window | undefined): boolean => window !== undefined && isMarkdown(window.anchor.entry.document.source);

/** The log-odds of a probability, kept finite: the prose model's judgement as a linear input. */
const logOdds = (p: number): number => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));

/** The manual refusal model's inputs for the best window, from the prose model's measures and probability. */
export function manualRefusalFeatures(query: Query, windows: readonly Window[], measures: RefusalFeatures, proseProbability: number): Record<string, number> {
  const clause = query.shape.asking;
  const asking = query.terms.filter((term) => asksWith(clause, term.position));
  const weight = asking.reduce((sum, term) => sum + term.weight, 0);
  const met = asking.reduce((sum, term) => sum + (inWindow(term, windows[0]) ? term.weight : 0), 0);
  return {
    ...measures,
    proseLogit: logOdds(proseProbability),
    // A question without an asking clause ("pino transports?") asks with all of it.
    askingCoverage: weight === 0 ? measures.unionCoverage : met / weight,
    askingShare: query.terms.length === 0 ? 1 : asking.length / query.terms.length,
  };
}
