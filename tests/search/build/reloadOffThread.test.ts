import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../../src/engine/docent.ts';
import { KnowledgeError } from '../../../src/knowledge/load.ts';
import { DocumentSearch } from '../../../src/search/documentSearch.ts';
import { knowledgeFolder } from '../../helpers/knowledgeFolder.ts';
import { SEED_FILE, SEED_TEXT } from '../../helpers/seed.ts';

const QUESTIONS = ['Who is Sebastian Gorka?', 'JSOC', 'sovreignty is not negociable', 'Who is the mayor of New York?', 'What did the EU say about the DEA?'];

describe('reloading a folder through the reload thread', () => {
  it('gives exactly the answers of a search built at once, while the event loop keeps turning', async () => {
    const dir = await knowledgeFolder({ [SEED_FILE]: 'A placeholder sentence about harbours.' });
    const { search: previous } = await DocumentSearch.open(dir);
    await writeFile(join(dir, SEED_FILE), SEED_TEXT);
    let turns = 0;
    const timer = setInterval(() => turns++, 5);
    const { search, knowledge } = await DocumentSearch.reload(dir, previous);
    clearInterval(timer);
    expect(knowledge.changed).toEqual([SEED_FILE]);
    const reloaded = new Docent(search.documents, search);
    const atOnce = new Docent(search.documents);
    for (const question of QUESTIONS) {
      expect(reloaded.ask(question)).toEqual(atOnce.ask(question));
      expect(reloaded.quote(question, { limit: 5 })).toEqual(atOnce.quote(question, { limit: 5 }));
    }
    expect(reloaded.summarize()).toEqual(atOnce.summarize());
    expect(turns).toBeGreaterThan(0);
  });

  it('rejects with the folder’s problem when the folder is gone', async () => {
    const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT });
    const { search: previous } = await DocumentSearch.open(dir);
    await rm(dir, { recursive: true });
    await expect(DocumentSearch.reload(dir, previous)).rejects.toThrow(KnowledgeError);
  });
});
