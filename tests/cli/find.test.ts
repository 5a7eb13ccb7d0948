import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands.ts';
import { renderFindings } from '../../src/discord/render/quote.ts';
import { docentOf, seedDocent } from '../helpers/seed.ts';

describe('the console /find', () => {
  it('shows the findings of the Find in document message command, each with its reference', async () => {
    const docent = seedDocent();
    const text = 'drones are flying over Mexico';
    const output = await runCommand(docent, 'find', text);
    const passages = docent.findPassages(text, { limit: 5 });
    expect(output.data).toEqual(passages);
    const discordFields = renderFindings(passages, true, false).embeds[0]?.fields ?? [];
    expect(discordFields).toHaveLength(passages.length);
    expect(output.text.split('\n')[0]).toBe('Passages that bear on this text:');
    for (const passage of passages) expect(output.text).toContain(passage.text);
    expect(output.text).toMatch(/^ {3}— §5 The Role of Intelligence and Surveillance · ¶1$/mu);
  });

  it('says when nothing bears on the text, and gives its usage without one', async () => {
    const docent = docentOf('# Birds\n\nThe falcon nests on the cliff.');
    expect((await runCommand(docent, 'find', 'quarterly tariff revenue')).text).toBe('Nothing in the document bears on “quarterly tariff revenue”.');
    expect((await runCommand(docent, 'find', '  ')).text).toBe('Usage: /find <text>');
  });
});
