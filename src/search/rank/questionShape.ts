import { demandedAnswer, expectedAnswer, isYesNoQuestion, type AnswerType } from './answerType.ts';
import { askingClause, type AskingClause } from './askingClause.ts';
import { negationOf, type Negation } from './negation.ts';

/** What a question asks, read from its text once when it is parsed: every later stage reads this, not the text. */
export interface QuestionShape {
  /** The kind of answer its words point to ("who…": a person), if any. */
  readonly expected: AnswerType | undefined;
  /** The kind of answer it demands outright ("When…?": a time), if any. */
  readonly demanded: AnswerType | undefined;
  /** Whether it asks yes or no ("Is…", "Will…"). */
  readonly yesNo: boolean;
  /** What it negates where it asks ("What is not formal?"), if it does. */
  readonly negation: Negation | undefined;
  /** The clause that asks, past a problem told first and before a setting at its end (see `askingClause`). */
  readonly asking: AskingClause;
}

export function questionShape(text: string): QuestionShape {
  const asking = askingClause(text);
  return { expected: expectedAnswer(text), demanded: demandedAnswer(text), yesNo: isYesNoQuestion(text), negation: negationOf(text, asking), asking };
}
