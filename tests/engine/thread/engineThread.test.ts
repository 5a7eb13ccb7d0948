import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Docent } from '../../../src/engine/docent.ts';
import { EngineThread } from '../../../src/engine/thread/engineThread.ts';
import { KnowledgeError } from '../../../src/knowledge/load.ts';
import { engineThreads } from '../../helpers/engineThreads.ts';
import { knowledgeFolder } from '../../helpers/knowledgeFolder.ts';
import { KNOWLEDGE_DIR } from '../../helpers/seed.ts';

const started = engineThreads();

const QUESTIONS = ['Who is Sebastian Gorka?', 'What did Sheinbaum say about sovereignty?', 'Who is the mayor of Paris?', 'drones over Mexico'];

describe('EngineThread', () => {
  it('answers every search exactly as the engine in this thread does, and browses at once', async () => {
    const engine = await started(KNOWLEDGE_DIR);
    const { docent } = await Docent.load(KNOWLEDGE_DIR);
    for (const question of QUESTIONS) {
      expect(await engine.ask(question)).toEqual(docent.ask(question));
      expect(await engine.quote(question, { limit: 5 })).toEqual(docent.quote(question, { limit: 5 }));
      expect(await engine.findPassages(question, { limit: 5 })).toEqual(docent.findPassages(question, { limit: 5 }));
    }
    expect(await engine.summarize({ length: 'short' })).toEqual(docent.summarize({ length: 'short' }));
    expect(engine.sections()).toEqual(docent.sections());
    expect(engine.section('2')).toEqual(docent.section('2'));
  });

  it('picks up a changed folder on reload, and the new text is quoted and browsed', async () => {
    const dir = await knowledgeFolder({ 'birds.md': '# Birds\n\nThe falcon nests on the cliff.' });
    const engine = await started(dir);
    await writeFile(join(dir, 'boats.md'), '# Boats\n\nThe ferry leaves the harbour at noon.');
    const report = await engine.reload();
    expect(report).toMatchObject({ kind: 'reloaded', added: ['boats.md'], documents: 2, previousDocuments: 1 });
    expect(engine.documents.map((document) => document.title).sort()).toEqual(['Birds', 'Boats']);
    expect(engine.sections().map((contents) => contents.document.title).sort()).toEqual(['Birds', 'Boats']);
    const quoted = await engine.quote('ferry leaves');
    expect(quoted.matches[0]?.text).toBe('The ferry leaves the harbour at noon.');
  });

  it('says plainly that a folder holds no document, as loading in this thread does', async () => {
    const dir = await knowledgeFolder({ 'notes.pdf': 'not text' });
    await expect(EngineThread.load(dir)).rejects.toBeInstanceOf(KnowledgeError);
  });

  it('answers a question asked after it stopped with an error, never a wait', async () => {
    const dir = await knowledgeFolder({ 'birds.md': 'The falcon nests on the cliff.' });
    const engine = await started(dir);
    await engine.close();
    await expect(engine.ask('Where does the falcon nest?')).rejects.toThrow(/engine thread stopped/u);
  });
});
