import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseDocument, PARSER_VERSION } from '../../src/knowledge/parse.ts';
import { SEED_FILE, SEED_TEXT } from '../helpers/seed.ts';

const MARKDOWN = `---
title: Probe
---
# First *Part*

A [link](https://example.com) and \`code\`, Gen. Smith met the U.S. envoy. Then "he left." Next one!

- an item
- another, with **bold**

| Header | Other |
|---|---|
| cell | more |

\`\`\`
not quoted
\`\`\`

\`\`\`js
// a comment before its code

f({

  key: 1,
})
\`\`\`

> [!NOTE]
> An alert.

<h3 align="center"><img src="logo.svg" alt="A logo"></h3>

Under the logo.

**English** | [Español](README.es.md) | [Français](README.fr.md)

## Second part
Hard-wrapped lines
are one paragraph. 1.5 million at 3 p.m. today.

## Licence

[MIT](LICENSE)
`;

describe('PARSER_VERSION', () => {
  it('names this parsing: documents kept from another parsing must never be reused', () => {
    const untitled = parseDocument({ name: 'untitled.md', text: '<p align="center"><h2>Logo</h2><p>An HTML\n  <br/>\n  paragraph.</p></p>\n\n## About\n\nA section.\n' });
    const manual = parseDocument({ name: 'manual.txt', text: 'MANUAL\n======\n\nIt reads tables.\n\n-----\n\nMore text.\n' });
    const sponsored = parseDocument({ name: 'sponsored.md', text: 'Support us.\n\n# Sponsored\n\nIt reads tables.\n' });
    const documents = [parseDocument({ name: 'probe.md', text: MARKDOWN }), untitled, manual, sponsored, parseDocument({ name: SEED_FILE, text: SEED_TEXT })];
    const fingerprint = createHash('sha256').update(JSON.stringify(documents)).digest('hex').slice(0, 16);
    // A failure here means parsing changed what it produces: bump PARSER_VERSION, then update both values.
    expect({ version: PARSER_VERSION, fingerprint }).toEqual({ version: 14, fingerprint: '1e944429cbc75e23' });
  });
});
