import { DOCUMENT_OPTION, textOption, type CommandDefinition } from '../src/commands/definition.ts';
import type { Contents } from '../src/engine/sections.ts';

export default {
  name: 'sections',
  description: 'The table of contents',
  options: [DOCUMENT_OPTION],
  help: { usage: '/sections [document]', summary: 'The table of contents, of every document or of one.', example: '/sections' },
  // Plain text after /sections names the document, as "sections dotenv" reads.
  readText: (text) => (text.trim() === '' ? {} : { document: text.trim() }),
  run: (docent, options) => docent.sections(textOption(options, 'document')),
} satisfies CommandDefinition<Contents[]>;
