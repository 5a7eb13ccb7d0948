import { DOCUMENT_OPTION, textOption, type CommandDefinition } from '../src/commands/definition.ts';
import type { Contents } from '../src/engine/sections.ts';

export default {
  name: 'sections',
  description: 'The table of contents',
  options: [DOCUMENT_OPTION],
  help: { usage: '/sections', summary: 'The table of contents.', example: '/sections' },
  // Plain text after /sections names nothing.
  readText: () => ({}),
  run: (docent, options) => docent.sections(textOption(options, 'document')),
} satisfies CommandDefinition<Contents[]>;
