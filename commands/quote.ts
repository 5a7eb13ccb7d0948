import { DOCUMENT_OPTION, textOption, type CommandDefinition } from '../src/commands/definition.ts';
import type { QuoteResult } from '../src/engine/quote.ts';

export default {
  name: 'quote',
  description: 'Find the exact sentence for a phrase you remember, typos and all',
  options: [
    { name: 'text', description: 'The words you remember', kind: 'text', required: true, maxLength: 300, suggest: 'sentences', searched: true },
    DOCUMENT_OPTION,
  ],
  help: { usage: '/quote <text>', summary: 'Finds the exact sentence for a phrase you remember, typos and all.', example: '/quote sovereignty is not negociable' },
  slow: true,
  run: (docent, options) => docent.quote(textOption(options, 'text') ?? '', { document: textOption(options, 'document') }),
} satisfies CommandDefinition<QuoteResult>;
