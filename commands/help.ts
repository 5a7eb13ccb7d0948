import type { CommandDefinition, CommandHelp } from '../src/commands/definition.ts';

/** Each command's help, with the name of its entry on a message's menu when it has one. */
export interface HelpList {
  readonly commands: readonly (CommandHelp & { readonly onMessage?: string; readonly admin?: boolean })[];
}

export default {
  name: 'help',
  description: 'What docent can do, with examples',
  options: [],
  help: { usage: '/help', summary: 'This list.', example: '/help' },
  run: (_docent, _options, commands) => ({
    commands: commands.map(({ help, onMessage, admin }) => ({ ...help, ...(onMessage === undefined ? {} : { onMessage }), ...(admin ? { admin } : {}) })),
  }),
} satisfies CommandDefinition<HelpList>;
