import fc from 'fast-check';
import help from '../../commands/help.ts';
import { loadDefinitions } from '../../src/commands/load.ts';
import { describe, expect, it } from 'vitest';
import { renderAsk, renderMorePassages } from '../../src/discord/render/answer.ts';
import { renderContents, renderDocumentNeeded, renderNotFound, renderSectionPage, renderSummary } from '../../src/discord/render/browse.ts';
import { renderChoices, renderHelp } from '../../src/discord/render/notices.ts';
import { renderFindings, renderQuote } from '../../src/discord/render/quote.ts';
import type { Reply } from '../../src/discord/render/reply.ts';
import { Docent } from '../../src/engine/docent.ts';
import { parseDocument } from '../../src/knowledge/parse.ts';
import { quoteSuggestions } from '../../src/present/quoteSuggestions.ts';
import { seedDocent } from '../helpers/seed.ts';
import { canPing, limitViolations, visibleText } from './limits.ts';

/** The reply as discord.js would put it on the wire. */
const wire = (reply: Reply) => ({ content: reply.content, embeds: reply.embeds, components: reply.components, allowed_mentions: reply.allowedMentions });

function expectSafe(reply: Reply): void {
  expect(limitViolations(wire(reply))).toEqual([]);
  expect(canPing(wire(reply))).toBe(false);
  expect(visibleText(wire(reply))).not.toMatch(/@(everyone|here)|<@[!&]?\d/u);
}

/** On the seed (which has none), any control character or bidirectional override shown would be echoed input. */
function expectEchoClean(reply: Reply): void {
  expect(visibleText(wire(reply))).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
}

const words = fc.constantFrom('Mexico', 'cartel', '@everyone', '<@123456789012345678>', '**bold**', '`code`', '||x||', '> quote', 'García', '🙂', 'مرحبا', '\u200b', '\u202e', '\u0000\u001b[31m', '\\', '(.*)+', 'U.S.', 'fentanyl', 'a'.repeat(300));
const questions = fc.oneof(fc.string({ maxLength: 400 }), fc.array(words, { maxLength: 40 }).map((parts) => parts.join(' ')));

/** Arbitrary documents: headings and paragraphs made of words, markup and long runs. */
const documents = fc
  .array(
    fc.record({
      heading: fc.array(words, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(' ')),
      paragraphs: fc.array(fc.array(words, { minLength: 1, maxLength: 400 }).map((parts) => `${parts.join(' ')}.`), { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((sections) => sections.map((section) => `# ${section.heading}\n\n${section.paragraphs.join('\n\n')}`).join('\n\n'));

describe('every rendered reply stays within Discord’s limits and pings nobody', () => {
  it('for arbitrary questions on the seed document', () => {
    const docent = seedDocent();
    fc.assert(
      fc.property(questions, (question) => {
        for (const reply of [
          renderAsk(docent.ask(question), { several: false }),
          renderQuote(docent.quote(question), false),
          renderMorePassages(question, docent.findPassages(question), 1, true, ''),
          renderFindings(docent.findPassages(question, { limit: 5 }), true, false),
          renderNotFound({ what: 'section', name: question }),
          renderDocumentNeeded({ kind: 'document-needed', documents: [{ id: 'birds', title: 'Birds' }, { id: 'boats', title: 'Boats' }] }, { command: 'section', options: [['name', question]] }),
        ]) {
          expectSafe(reply);
          expectEchoClean(reply);
        }
        for (const suggestion of quoteSuggestions(docent, question)) expect(suggestion.length).toBeLessThanOrEqual(100);
      }),
      { numRuns: 150 },
    );
  });

  it('for arbitrary documents, questions and pages', () => {
    fc.assert(
      fc.property(documents, questions, fc.nat(5), (text, question, page) => {
        const docent = new Docent([parseDocument({ name: 'arbitrary.md', text })]);
        expectSafe(renderAsk(docent.ask(question), { several: false }));
        expectSafe(renderQuote(docent.quote(question), false));
        expectSafe(renderSummary(docent.summarize({ length: 'long' })));
        expectSafe(renderContents(docent.sections()));
        const section = docent.section('1');
        if (section?.kind === 'section') expectSafe(renderSectionPage(section, page));
      }),
      { numRuns: 60 },
    );
  });

  it('for autocomplete choices of any text', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: fc.string({ maxLength: 300 }), value: fc.string({ maxLength: 300 }) }), { maxLength: 60 }), (choices) => {
        expect(limitViolations({ choices: renderChoices(choices) })).toEqual([]);
      }),
    );
  });

  it('for help', async () => {
    const definitions = [...(await loadDefinitions()).values()];
    expectSafe(renderHelp(help.run(seedDocent(), {}, definitions).commands));
  });
});
