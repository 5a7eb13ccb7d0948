import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../../src/engine/docent.ts';
import { KnowledgeError } from '../../../src/knowledge/load.ts';
import type { Document } from '../../../src/knowledge/types.ts';
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

  it('keeps the document of an unchanged file as it is in service, and reads only the changed file anew', async () => {
    const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT, 'harbours.md': '# Harbours\n\nA placeholder sentence about harbours.' });
    const { search: previous } = await DocumentSearch.open(dir);
    await writeFile(join(dir, 'harbours.md'), '# Harbours\n\nFerries leave the harbour at dawn.');
    const { search, knowledge } = await DocumentSearch.reload(dir, previous);
    expect(knowledge.changed).toEqual(['harbours.md']);
    const seedOf = (documents: readonly Document[]): Document | undefined => documents.find((document) => document.source === SEED_FILE);
    expect(seedOf(search.documents)).toBe(seedOf(previous.documents));
    const answer = new Docent(search.documents, search).ask('What time do the ferries leave the harbour?');
    expect(answer.kind === 'answer' && answer.answer.text).toBe('Ferries leave the harbour at dawn.');
  });

  it('takes a changed aliases file of an unchanged document', async () => {
    const dir = await knowledgeFolder({ 'notes.md': '# Notes\n\nJoaquín Guzmán was extradited in 2017. Bakers sell bread at dawn.' });
    const { search: previous } = await DocumentSearch.open(dir);
    await writeFile(join(dir, 'notes.aliases'), 'El Chapo = Joaquín Guzmán\n');
    const { search, knowledge } = await DocumentSearch.reload(dir, previous);
    expect(knowledge.changed).toEqual(['notes.md']);
    const answer = new Docent(search.documents, search).ask('When was El Chapo extradited?');
    expect(answer.kind === 'answer' && answer.answer.text).toContain('Joaquín Guzmán was extradited in 2017.');
  });

  it('rejects with the folder’s problem when the folder is gone', async () => {
    const dir = await knowledgeFolder({ [SEED_FILE]: SEED_TEXT });
    const { search: previous } = await DocumentSearch.open(dir);
    await rm(dir, { recursive: true });
    await expect(DocumentSearch.reload(dir, previous)).rejects.toThrow(KnowledgeError);
  });
});
