import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONSOLE_COMMANDS } from '../../src/cli/catalogue.ts';
import { checkRenderers, loadDefinitions } from '../../src/commands/load.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';

describe('command definitions', () => {
  it('are every module in commands/, each run by the console and registered with Discord', async () => {
    const names = [...(await loadDefinitions()).keys()];
    expect(names).toEqual(['ask', 'find', 'forget', 'help', 'quote', 'report', 'section', 'sections', 'summary']);
    expect([...CONSOLE_COMMANDS.keys()]).toEqual(names);
    // The admin commands are the subcommands of /docent, for members who may manage the server.
    const discord = await loadCommands();
    expect([...discord.keys()].sort()).toEqual(['Find in document', 'ask', 'docent', 'help', 'quote', 'section', 'sections', 'summary']);
    const admin = discord.get('docent')?.data.toJSON() as { default_member_permissions?: string; options?: { name: string; type: number }[] };
    expect(admin.default_member_permissions).toBe('32');
    expect(admin.options?.map((option) => [option.name, option.type])).toEqual([['forget', 1], ['report', 1]]);
  });

  it('refuses a module that is not a command, and a command a transport cannot render', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'docent-commands-'));
    writeFileSync(join(dir, 'broken.ts'), 'export default { name: "broken" };\n');
    await expect(loadDefinitions(dir)).rejects.toThrow('commands/broken.ts does not export a command');
    const stray = { name: 'stray', description: 'Not rendered anywhere', options: [], help: { usage: '/stray', summary: '', example: '' }, run: () => null };
    expect(() => checkRenderers([stray], {}, 'the table')).toThrow('the command "stray" has no renderer in the table');
  });
});
