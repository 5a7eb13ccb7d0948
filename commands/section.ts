import { DOCUMENT_OPTION, textOption, type CommandDefinition } from '../src/commands/definition.ts';
import { parseSectionValue } from '../src/commands/sectionValue.ts';
import type { DocumentNeeded, SectionText } from '../src/engine/sections.ts';

export default {
  name: 'section',
  description: 'Read one section in full',
  options: [{ name: 'name', description: 'Section number or title', kind: 'text', required: true, maxLength: 100, suggest: 'sections' }, DOCUMENT_OPTION],
  help: { usage: '/section <number or title>', summary: 'The full text of one section.', example: '/section surveillance' },
  run: (docent, options) => {
    const { section, document } = parseSectionValue(textOption(options, 'name') ?? '', textOption(options, 'document'));
    return docent.section(section, document) ?? null;
  },
} satisfies CommandDefinition<SectionText | DocumentNeeded | null>;
