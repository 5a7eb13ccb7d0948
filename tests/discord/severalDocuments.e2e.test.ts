import { describe, expect, it } from 'vitest';
import type { InteractionOptions } from './double/discordDouble.ts';
import { botSession } from './botSession.ts';
import { exchange as exchangeWith, option, slash } from './exchange.ts';
import { limitViolations, visibleText } from './limits.ts';
import { knowledgeFolderSync } from '../helpers/knowledgeFolder.ts';

/** Two documents, so that every command meets the question of which one. */
const dir = knowledgeFolderSync({
  'gulls.md': '# Gulls\n\nThe gull nests by the harbour.\n\nThe tern nests by the harbour wall.\n\n## Feeding\n\nGulls eat fish.',
  'ferries.md': '# Ferries\n\nThe ferry leaves the harbour at noon.\n\n## Tickets\n\nTickets are sold on board.',
});

const session = botSession({ KNOWLEDGE_DIR: dir });
const exchange = (options: InteractionOptions) => exchangeWith(session.double, options);

describe('docent on a loopback Discord with several documents', () => {
  it('/summary and /section without a document list the documents and show the document option', async () => {
    const summary = await exchange({ type: 2, data: slash('summary') });
    expect(visibleText(summary.message)).toBe(
      '2 documents are loaded: say which one with the document option, as in /summary document: ferries.\n\n**ferries** — Ferries\n**gulls** — Gulls',
    );
    const section = await exchange({ type: 2, data: slash('section', [option('name', '2')]) });
    expect(visibleText(section.message)).toContain('as in /section name: 2 document: ferries.');
    expect(section.message.flags).toBe(64);
    for (const { message } of [summary, section]) {
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(limitViolations(message)).toEqual([]);
    }
    const named = await exchange({ type: 2, data: slash('section', [option('name', '2'), option('document', 'gulls')]) });
    expect(named.message.embeds[0].title).toBe('§2 Feeding');
  });

  it('refuses about "the documents"', async () => {
    const { message } = await exchange({ type: 2, data: slash('ask', [option('question', 'Who is the mayor of Paris?')]) });
    expect(message.embeds[0].description).toBe('The documents do not mention “Paris”, so they cannot answer this.');
  });

  it('names each quoted document in full once, then by its id, as the console does', async () => {
    const { message } = await exchange({ type: 2, data: slash('quote', [option('text', 'harbour')]) });
    const references = [message.embeds[0].description.split('\n— ')[1], ...message.embeds[0].fields.map((field: { name: string }) => field.name.replace(/^Also · /u, ''))];
    expect(references.sort()).toEqual(['Ferries [ferries] · §1 · ¶1', 'Gulls [gulls] · §1 · ¶1', 'gulls · §1 · ¶2']);
  });
});
