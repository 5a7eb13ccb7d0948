import { readJsonLines } from '../jsonLines.ts';

/** One news article and its reference highlights, split into sentences. */
export interface NewsArticle {
  readonly id: string;
  readonly article: string;
  readonly reference: readonly string[];
}

/** Highlights come Penn-Treebank tokenised and joined on one line; each ends with a free-standing full stop. */
export function referenceSentences(reference: string): string[] {
  return reference
    .split(/(?<=\s[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** Reads CNN/DailyMail JSON lines: `{id, article, reference}` (other fields ignored). */
export async function readCnnDm(file: string): Promise<NewsArticle[]> {
  const rows = await readJsonLines<{ id: string; article: string; reference: string }>(file);
  return rows.map((row) => ({ id: row.id, article: row.article, reference: referenceSentences(row.reference) }));
}
