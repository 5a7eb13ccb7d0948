import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../src/cli/console.ts';
import { seedDocent } from '../helpers/seed.ts';

/** Terminal escape sequences (cursor moves, line clears), which readline writes around what a person reads. */
const ESCAPES = /\u001b\[[0-9;]*[A-Za-z]/gu;

describe('a notice in the interactive console', () => {
  it('is printed on its own line, then the prompt comes back with what was typed so far', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => input });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 200 });
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    let show: (notice: string) => void = () => undefined;
    const done = runConsole(seedDocent(), { input, output, json: false, notices: (subscriber) => ((show = subscriber), () => undefined) });
    input.write('/quote sovereignty is');
    await new Promise((resolve) => setImmediate(resolve));
    printed = '';
    show('Knowledge reloaded: 2 documents (added notes.md).');
    expect(printed.replace(ESCAPES, '')).toBe('Knowledge reloaded: 2 documents (added notes.md).\ndocent> /quote sovereignty is');
    input.write(' not negotiable\r');
    input.end('/quit\r');
    await done;
    expect(printed).toContain('“Sovereignty is not negotiable.”');
  });
});
