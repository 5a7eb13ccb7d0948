import { describe, expect, it } from 'vitest';
import { TEST_TOKEN } from './botProcess.ts';
import { botSession } from './botSession.ts';
import { snowflake, USER, type InteractionOptions, type RecordedRequest } from './double/discordDouble.ts';
import { button, callbacks, exchange, finalMessage, option, slash } from './exchange.ts';
import { visibleText } from './limits.ts';

/** The bad questions and options of issue #6, each sent as every kind of text docent takes. */
export const BAD_TEXTS: Readonly<Record<string, string>> = {
  'empty': '',
  'whitespace only': ' \t\n  \u3000 ',
  '6,000 characters': 'Who leads the cartels, and what did Mexico say about sovereignty and the drones? '.repeat(80).slice(0, 6000),
  'stop words only': 'the of and is it what was',
  'punctuation only': '?!.,;:—…«»()[]{}',
  'emoji': '🙂👨‍👩‍👧🇲🇽 🔥🔥',
  'right-to-left': 'ما هو الكارتل؟ מי מוביל?',
  'bidirectional override': '\u202ecartels who leads',
  'zero-width': '\u200b\u200c\u200d\ufeff',
  'zero-width inside words': 'car\u200btel lea\u200dders',
  'control characters': '\u0000\u0007\u001b[31mcartel\u0008\u007f',
  'user mention': '<@123456789012345678> who is Gorka?',
  'everyone and here': '@everyone @here what about the drones',
  'role mention': '<@&456789012345678901> sovereignty',
  'Markdown': '**bold** __under__ ~~strike~~ ||spoiler|| > quote # heading [link](https://example.com)',
  'code block': '```js\nprocess.exit(1)\n``` `inline`',
  'regex metacharacters': '(a+)+$ .*.*.*=.*[^]* \\d{1,99999} $& $1 (?<x>y) ((((a*)*)*)*)b',
  'JavaScript internals': 'constructor __proto__ toString hasOwnProperty',
};

/** Button ids docent never made, or made for a document or section that no longer exists. */
export const BAD_BUTTON_IDS = [
  'x',
  'rm -rf|../../etc',
  'more|0||',
  'more|1||   ',
  'more|1000|us-mexico-security|cartels',
  'more|1||<@&456789012345678901> @everyone (a+)+$',
  'section|open|no-such-doc|9|0',
  'section|open|us-mexico-security|99|0',
  'section|turn|us-mexico-security|2|999',
  'section|turn|us-mexico-security|-1|0',
  'section|open||1|0|extra',
  '__proto__',
  'a'.repeat(100),
];

const message = (content: string) => ({
  id: snowflake(),
  channel_id: '100000000000000002',
  content,
  author: { ...USER },
  timestamp: new Date().toISOString(),
  embeds: [],
  attachments: [],
  mentions: [],
  mention_roles: [],
  pinned: false,
  tts: false,
  type: 0,
});

/** Every way a text reaches docent: each command's text option, Find in document, and autocomplete. */
function interactionsFor(text: string): Record<string, InteractionOptions> {
  const target = message(text);
  return {
    '/ask': { type: 2, data: slash('ask', [option('question', text)]) },
    '/quote': { type: 2, data: slash('quote', [option('text', text)]) },
    '/section': { type: 2, data: slash('section', [option('name', text)]) },
    '/summary': { type: 2, data: slash('summary', [option('section', text), option('length', 'short')]) },
    'Find in document': { type: 2, data: { id: '300000000000000009', name: 'Find in document', type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } } },
    '/quote suggestions': { type: 4, data: slash('quote', [option('text', text, 3, true)]) },
    '/section suggestions': { type: 4, data: slash('section', [option('name', text, 3, true)]) },
    '/summary suggestions': { type: 4, data: slash('summary', [option('section', text, 3, true)]) },
  };
}

const session = botSession();

/** What a member must never see: a failure, a trace, a ping, or raw markup of their own that took effect. */
function expectPoliteAnswer(what: string, requests: readonly RecordedRequest[]): void {
  const shown = visibleText(finalMessage(requests));
  expect(shown, what).not.toContain('Something went wrong');
  expect(shown, what).not.toMatch(/\bat \S+ \(|Error:|TypeError|RangeError/u);
  expect(shown, what).not.toMatch(/@(everyone|here)|<@[!&]?\d/u);
}

describe('bad questions and options', () => {
  it('every command answers every bad text politely: no failure, no trace, no ping, within Discord’s limits', async () => {
    const cases = Object.entries(BAD_TEXTS).flatMap(([name, text]) =>
      Object.entries(interactionsFor(text)).map(([how, options]) => ({ what: `${how} with ${name}`, how, options })),
    );
    const results = await Promise.all(cases.map(async (one) => ({ ...one, ...(await exchange(session.double, one.options)) })));
    for (const { what, how, requests } of results) {
      expectPoliteAnswer(what, requests);
      // The searching commands acknowledge before they search, so that a slow search cannot miss the 3 seconds.
      if (['/ask', '/quote', '/summary', 'Find in document'].includes(how)) expect(callbacks(requests)[0]?.body.type, what).toBe(5);
    }
    expect(results.length).toBe(Object.keys(BAD_TEXTS).length * 8);
  });

  it('a non-existent section in /section or /summary is named in a clear notice', async () => {
    const section = await exchange(session.double, { type: 2, data: slash('section', [option('name', '99')]) });
    expect(visibleText(section.message)).toBe('There is no section called “99”. Try /sections.');
    expect(section.message.flags).toBe(64);
    const summary = await exchange(session.double, { type: 2, data: slash('summary', [option('section', 'Canadian fisheries')]) });
    expect(visibleText(summary.message)).toBe('There is no section called “Canadian fisheries”. Try /sections.');
  });

  it('a length that is none of the choices is named, with the lengths there are', async () => {
    const { message } = await exchange(session.double, { type: 2, data: slash('summary', [option('length', 'tiny')]) });
    expect(visibleText(message)).toBe('There is no length “tiny”. The lengths are short, medium and long.');
    expect(message.flags).toBe(64);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('stale or forged button ids get a polite private notice, never a failure', async () => {
    const results = await Promise.all(BAD_BUTTON_IDS.map(async (id) => ({ id, ...(await exchange(session.double, button(id))) })));
    for (const { id, requests, message: shown } of results) {
      expectPoliteAnswer(`button ${id}`, requests);
      expect(visibleText(shown), id).toMatch(/no longer valid|There is no section|No further passages|§/u);
    }
  });

  it('nothing failed inside docent, and the token was never logged', () => {
    const lines = session.bot.output().split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { level: number; msg: string; outcome?: string });
    expect(lines.filter((line) => line.level >= 50)).toEqual([]);
    expect(lines.filter((line) => line.msg === 'interaction' && line.outcome === 'error')).toEqual([]);
    expect(session.bot.output()).not.toContain(TEST_TOKEN);
  });
});
