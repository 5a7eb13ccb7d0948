import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButton, encodeButton, type ButtonState } from '../../src/discord/customIds.ts';

describe('button custom ids', () => {
  it('round-trip the state of a section button', () => {
    const state: ButtonState = { kind: 'section', mode: 'turn', document: 'us-mexico-security', section: 3, page: 2 };
    expect(decodeButton(encodeButton(state))).toEqual(state);
  });

  it('keep a short question whole, and the content words of a long one, within 100 characters', () => {
    const short = { kind: 'more', page: 1, document: '', question: 'Who leads the faction?' } as const;
    expect(decodeButton(encodeButton(short))).toEqual(short);
    const long = `What did the ${'very '.repeat(30)}long question about Sinaloa fentanyl doses ask?`;
    const id = encodeButton({ kind: 'more', page: 2, document: 'doc', question: long });
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodeButton(id)).toMatchObject({ kind: 'more', page: 2, question: 'What long question Sinaloa fentanyl doses ask' });
  });

  it('stay within 100 characters and decode to what was encoded, for any state', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 60 }), fc.nat(999), (question, document, page) => {
        const id = encodeButton({ kind: 'more', page, document: document.replaceAll('|', ''), question });
        expect(id.length).toBeLessThanOrEqual(100);
        expect(id).not.toMatch(/[\p{Cc}\u202a-\u202e\u2066-\u2069]/u);
        const decoded = decodeButton(id);
        if (decoded) expect(decoded.kind).toBe('more');
      }),
    );
  });

  it('reject forged or stale ids', () => {
    for (const id of ['', 'more', 'more|x|doc|q', 'section|open|doc|3', 'section|fly|doc|3|0', 'section|open|doc|-1|0', 'x'.repeat(101), 'more|1|doc|   ']) {
      expect(decodeButton(id)).toBeUndefined();
    }
  });
});
