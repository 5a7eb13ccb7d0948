import MiniSearch from 'minisearch';
import { sentencesOf, type Document } from '../knowledge/types.ts';

/** Plain MiniSearch with default options over the same sentences: the yardstick every figure is compared with. */
export class PlainMiniSearch {
  private readonly search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], storeFields: ['text'] });

  constructor(documents: readonly Document[]) {
    const sentences = documents.flatMap((document) => sentencesOf(document));
    this.search.addAll(sentences.map((sentence, id) => ({ id, text: sentence.text })));
  }

  /** The top sentences for a query, best first; empty when no word matches. */
  top(query: string, limit: number): string[] {
    return this.search
      .search(query)
      .slice(0, limit)
      .map((result) => result.text as string);
  }
}
