import { DOCUMENT_OPTION, textOption, type CommandDefinition } from '../src/commands/definition.ts';
import type { AskResult } from '../src/engine/ask.ts';
import { answerRecord } from '../src/store/askedQuestion.ts';

export default {
  name: 'ask',
  description: 'Ask a question; docent answers with a verbatim quote and its reference',
  options: [
    { name: 'question', description: 'Your question about the document', kind: 'text', required: true, maxLength: 300, searched: true },
    { name: 'private', description: 'Only you see the answer', kind: 'flag' },
    DOCUMENT_OPTION,
  ],
  help: { usage: '/ask <question>', summary: 'Answers with a verbatim quote and its reference, plus supporting passages.', example: '/ask Who leads the faction pushing for military strikes?' },
  slow: true,
  feedback: (result, options) => answerRecord(result, textOption(options, 'question') ?? ''),
  run: (docent, options) => docent.ask(textOption(options, 'question') ?? '', { document: textOption(options, 'document') }),
} satisfies CommandDefinition<AskResult>;
