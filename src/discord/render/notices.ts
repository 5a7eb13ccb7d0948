import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { HelpList } from '../../../commands/help.ts';
import { INTRODUCTION } from '../../present/help.ts';
import { ADMIN_COMMAND } from '../commandData.ts';
import { LIMITS, truncate } from './limits.ts';
import { ACCENT, MUTED, reply, type Reply } from './reply.ts';

/** What a member sees when something failed inside docent: no detail, no stack trace. */
export function renderFailure(): Reply {
  return reply([{ color: MUTED, description: 'Something went wrong while answering. Please try again.' }], { ephemeral: true });
}

/** A member over their rate gets told when to try again, privately. */
export function renderCooldown(retryAfterMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return reply([{ color: MUTED, description: `You are asking quickly. Try again in ${seconds} s.` }], { ephemeral: true });
}

/** A usage problem, such as an empty or unusable option, explained privately. */
export function renderProblem(message: string): Reply {
  return reply([{ color: MUTED, description: truncate(message, LIMITS.embedDescription) }], { ephemeral: true });
}

/** /help: what docent can do, with examples. */
export function renderHelp(commands: HelpList['commands']): Reply {
  // A command offered on a message's menu is found there in Discord, not typed.
  // In Discord the admin commands are subcommands: /report is typed /docent report.
  const typed = commands
    .filter((command) => command.onMessage === undefined)
    .map((command) => (command.admin ? { ...command, usage: `/${ADMIN_COMMAND} ${command.usage.slice(1)}`, example: `/${ADMIN_COMMAND} ${command.example.slice(1)}` } : command));
  const onMessage = commands.flatMap(({ onMessage: name, summary }) => (name === undefined ? [] : [{ name, summary }]));
  return reply([
    {
      color: ACCENT,
      title: 'docent',
      description: INTRODUCTION,
      fields: [
        ...typed.map((command) => ({ name: command.usage, value: `${command.summary}\nExample: \`${command.example}\`` })),
        ...onMessage.map(({ name, summary }) => ({ name, value: `Right-click a message → Apps → ${name}. ${summary}` })),
      ],
    },
  ], { ephemeral: true });
}

/** Autocomplete suggestions within Discord's limits: 25 at most, names and values of 1 to 100 characters. */
export function renderChoices(choices: readonly { name: string; value: string }[]): APIApplicationCommandOptionChoice<string>[] {
  return choices
    .map((choice) => ({ name: truncate(choice.name.replace(/\s+/gu, ' ').trim(), LIMITS.choiceName), value: choice.value.slice(0, LIMITS.choiceValue) }))
    .filter((choice) => choice.name.length > 0 && choice.value.length > 0)
    .slice(0, LIMITS.choices);
}
