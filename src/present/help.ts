/** Introduces help: what docent is for. */
export const INTRODUCTION =
  'docent answers questions about the document by quoting it word for word, and names where every quote comes from.';
