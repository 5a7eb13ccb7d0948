import { describe, expect, it } from 'vitest';
import { Docent } from '../../../src/engine/docent.ts';
import { buildIndexOffThread } from '../../../src/search/build/buildInBackground.ts';
import { buildIndex } from '../../../src/search/buildIndex.ts';
import { DocumentSearch } from '../../../src/search/documentSearch.ts';
import { seedDocument } from '../../helpers/seed.ts';

const QUESTIONS = ['Who is Sebastian Gorka?', 'JSOC', 'sovreignty is not negociable', 'Who is the mayor of New York?', 'What did the EU say about the DEA?'];

describe('building an index off the main thread', () => {
  it('gives exactly the answers of an index built at once, while the event loop keeps turning', async () => {
    const documents = [seedDocument()];
    let turns = 0;
    const timer = setInterval(() => turns++, 5);
    const offThread = new Docent(documents, new DocumentSearch(await buildIndexOffThread(documents)));
    clearInterval(timer);
    const atOnce = new Docent(documents, new DocumentSearch(buildIndex(documents)));
    for (const question of QUESTIONS) {
      expect(offThread.ask(question)).toEqual(atOnce.ask(question));
      expect(offThread.quote(question, { limit: 5 })).toEqual(atOnce.quote(question, { limit: 5 }));
    }
    expect(offThread.summarize()).toEqual(atOnce.summarize());
    expect(turns).toBeGreaterThan(0);
  });
});
