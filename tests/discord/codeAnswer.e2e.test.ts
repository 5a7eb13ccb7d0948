import { describe, expect, it } from 'vitest';
import { botSession } from './botSession.ts';
import { exchange, option, slash } from './exchange.ts';
import { knowledgeFolderSync } from '../helpers/knowledgeFolder.ts';

const LONG_LINE = `console.log(${JSON.stringify('x'.repeat(3000))})`;

/** A README as admins drop them in: badges, a lead-in, a code block, a block that would close Discord's fence, a huge one. */
const README = [
  '# tidekit [![npm](https://img.shields.io/npm/v/tidekit.svg)](https://npm.im/tidekit)',
  '',
  'Tidekit predicts harbour tides.',
  '',
  '## Search options',
  '',
  'Tidekit supports several options for searching tide tables:',
  '',
  '```js',
  '// Boost some fields (here "port")',
  "tidekit.search('dover', { boost: { port: 2 } })",
  '```',
  '',
  '## Markdown in code',
  '',
  'The template prints a fence:',
  '',
  '````md',
  '```sh',
  'echo @everyone <@123456789012345678>',
  '```',
  '````',
  '',
  '## Logging',
  '',
  'Print the whole forecast table:',
  '',
  '```js',
  LONG_LINE,
  '```',
  '',
].join('\n');

const session = botSession({ KNOWLEDGE_DIR: knowledgeFolderSync({ 'tidekit.md': README }) });

const ask = async (question: string): Promise<string> => {
  const { message } = await exchange(session.double, { type: 2, data: slash('ask', [option('question', question)]) });
  return message.embeds[0].description as string;
};

describe('answers that hold code, on a loopback Discord', () => {
  it('quote the lead-in, then the code as a code block in its language, verbatim, then the reference', async () => {
    const description = await ask('how do I boost the port field in tidekit?');
    expect(description).toContain('> Tidekit supports several options for searching tide tables:\n```js\n');
    expect(description).toContain("tidekit.search('dover', { boost: { port: 2 } })\n```");
    expect(description).toMatch(/— tidekit · §2 Search options · ¶2$/u);
  });

  it('keep a fence inside the code from closing the block, and ping nobody', async () => {
    const description = await ask('what does the template print for the fence?');
    expect(description.match(/^```/gmu)?.length).toBe(2);
    expect(description).toContain('echo @everyone');
  });

  it('stay within Discord limits for a code line far longer than a message', async () => {
    const description = await ask('how do I print the whole forecast table with console.log?');
    expect(description).toContain('```js\n');
    expect(description.length).toBeLessThanOrEqual(4096);
  });
});
