import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands.ts';
import { docentOf, seedDocument } from '../helpers/seed.ts';
import { Docent } from '../../src/engine/docent.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';

const docent = new Docent([
  seedDocument(),
  parseDocument({ name: 'birds.md', text: '# Birds of the Coast\n\nThe falcon nests on the cliff.\n\n## Herons\n\nThe heron wades in the river. It eats fish.' }),
]);

describe('the console with several documents loaded', () => {
  it('answers /summary and /section without a document with the documents to choose from and how to name one', async () => {
    const choice = [
      '  us-mexico-security  The White House Divided: Debating Military Strikes vs. Collaboration with Mexico',
      '  birds               Birds of the Coast',
    ].join('\n');
    expect((await runCommand(docent, 'summary', '')).text).toBe(
      `2 documents are loaded: say which one with document: ID (or --document ID on the command line), as in /summary document: us-mexico-security.\n${choice}`,
    );
    expect((await runCommand(docent, 'section', '2')).text).toBe(
      `2 documents are loaded: say which one with document: ID (or --document ID on the command line), as in /section name: 2 document: us-mexico-security.\n${choice}`,
    );
    expect((await runCommand(docent, 'summary', 'document: birds')).text).toContain('Summary of Birds of the Coast (medium)');
    expect((await runCommand(docent, 'section', '2', 'birds')).text).toContain('§2 Herons — Birds of the Coast');
  });

  it('refuses about "the documents", and says "the document" when one is named', async () => {
    expect((await runCommand(docent, 'ask', 'Who is the mayor of Paris?')).text).toBe('The documents do not mention “Paris”, so they cannot answer this.');
    expect((await runCommand(docent, 'ask', 'Who is the mayor of Paris?', 'birds')).text).toBe('The document does not mention “Paris”, so it cannot answer this.');
  });

  it('names each quoted document in full once, then by its id', async () => {
    const harbours = docentOf('# Gulls\n\nThe gull nests by the harbour.\n\nThe tern nests by the harbour wall.', '# Ferries\n\nThe ferry leaves the harbour at noon.');
    const references = (await runCommand(harbours, 'quote', 'harbour')).text.split('\n').filter((line) => /^\s*— /u.test(line)).map((line) => line.trim());
    expect(references.sort()).toEqual(['— Ferries [doc2] · §1 · ¶1', '— Gulls [doc1] · §1 · ¶1', '— doc1 · §1 · ¶2']);
  });

  it('keeps the single-document look: the title once, then only the place', async () => {
    const single = docentOf('# Birds\n\nThe falcon nests on the cliff. The falcon nests in spring.\n\nThe heron nests by the river.');
    const text = (await runCommand(single, 'quote', 'falcon nests')).text;
    expect(text).toContain('— Birds · §1 · ¶1');
    expect(text).toContain('   — §1 · ¶');
    expect(text).not.toContain('[doc1]');
  });
});
