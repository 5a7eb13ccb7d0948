import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/knowledge/decode.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 as written, accents and all, dropping a byte-order mark', () => {
    expect(decodeText(bytes('García’s plan — 1,000 drones.'))).toBe('García’s plan — 1,000 drones.');
    expect(decodeText(bytes('\ufeffThe harbour opened.'))).toBe('The harbour opened.');
    expect(decodeText(bytes('Ends with a mark\ufeff'))).toBe('Ends with a mark\ufeff');
  });

  it('says why bytes are not usable text', () => {
    expect(decodeText(Uint8Array.from([0x48, 0xff, 0x2e]))).toMatchObject({ reason: 'not-utf8' });
    expect(decodeText(bytes('\ufeff  \n'))).toMatchObject({ reason: 'empty' });
  });
});
