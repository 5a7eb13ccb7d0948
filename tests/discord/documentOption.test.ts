import { describe, expect, it } from 'vitest';
import { documentChoices } from '../../src/discord/documentOption.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';
import { commandPayloads } from '../../src/discord/register.ts';
import { docentOf } from '../helpers/seed.ts';

describe('the document option', () => {
  it('is registered only when more than one document is loaded', async () => {
    const commands = [...(await loadCommands()).values()];
    const optionNames = (count: number) =>
      commandPayloads(commands, count).flatMap((command) => ('options' in command ? (command.options ?? []) : []).map((option) => option.name));
    expect(optionNames(1)).not.toContain('document');
    expect(optionNames(2)).toContain('document');
  });

  it('suggests documents by title or id, valued by id', () => {
    const docent = docentOf('# Apples\n\nApples grow.', '# Boats\n\nBoats float.');
    expect(documentChoices(docent, 'boa')).toEqual([{ name: 'Boats', value: 'doc2' }]);
    expect(documentChoices(docent, '')).toHaveLength(2);
  });
});
