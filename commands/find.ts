import { textOption, type CommandDefinition } from '../src/commands/definition.ts';
import type { Passage } from '../src/engine/passage.ts';

export default {
  name: 'find',
  description: 'The passages that bear on a text, such as a message',
  options: [{ name: 'text', description: 'The text to find passages for', kind: 'text', required: true, searched: true }],
  help: { usage: '/find <text>', summary: 'The passages that bear on a text, such as a message.', example: '/find drones are flying over Mexico' },
  slow: true,
  onMessage: 'Find in document',
  run: (docent, options) => docent.findPassages(textOption(options, 'text') ?? '', { limit: 5 }),
} satisfies CommandDefinition<Passage[]>;
