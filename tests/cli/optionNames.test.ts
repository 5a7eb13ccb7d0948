import { describe, expect, it } from 'vitest';
import { CONSOLE_COMMANDS, OPTION_NAMES } from '../../src/cli/commands.ts';

describe('console option names', () => {
  it('are those of the slash commands, so that what works in Discord works in the console', async () => {
    for (const command of CONSOLE_COMMANDS) {
      const { default: slash } = (await import(`../../commands/${command}.ts`)) as { default: { data: { toJSON(): { options?: { name: string }[] } } } };
      const names = (slash.data.toJSON().options ?? []).map((option) => option.name);
      expect([...OPTION_NAMES[command]].sort(), command).toEqual(names.sort());
    }
  });
});
