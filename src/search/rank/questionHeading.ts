/** A heading that is itself a question ("Should I commit my .env file?"): what follows it is its answer, as in an FAQ. */
const QUESTION_HEADING = /\?\s*$/u;

/** Whether the heading (the last of a section's path) asks a question, as an FAQ entry's does. */
export const isQuestionHeading = (title: string): boolean => QUESTION_HEADING.test(title);
