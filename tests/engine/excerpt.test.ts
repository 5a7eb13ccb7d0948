import { describe, expect, it } from 'vitest';
import { renderAsk } from '../../src/cli/renderText.ts';
import { excerptSpan } from '../../src/engine/passage.ts';
import { docentOf } from '../helpers/seed.ts';

const filler = (n: number, word: string): string => Array.from({ length: n }, () => word).join(' ');

describe('excerpts of over-long sentences', () => {
  it('cut between words, keep the matched words, as near the middle as the text allows', () => {
    const text = `${filler(60, 'alpha')} the harbour reopened in 1998 ${filler(60, 'omega')}.`;
    const { start, end } = excerptSpan(text, ['harbour', 'reopened'], 200);
    const excerpt = text.slice(start, end);
    expect(excerpt.length).toBeLessThanOrEqual(200);
    expect(excerpt).toContain('the harbour reopened in 1998');
    expect(excerpt.startsWith('alpha') && /omega\.?$/u.test(excerpt)).toBe(true);
    expect(Math.abs(excerpt.indexOf('harbour') - (excerpt.length - excerpt.indexOf('reopened')))).toBeLessThan(40);
    expect(excerptSpan('short text', ['text'], 200)).toEqual({ start: 0, end: 10 });
  });

  it('stay as long as allowed when the matched word ends the text, never a stub of its last words', () => {
    const text = `${filler(60, 'alpha')} the cartel.`;
    const { start, end } = excerptSpan(text, ['cartel'], 100);
    expect(end).toBe(text.length);
    expect(end - start).toBeGreaterThan(90);
  });

  it('quote a sentence longer than 450 characters as a verbatim excerpt, marked where cut', () => {
    const sentence = `The committee, ${filler(50, 'after long debate')}, decided that the lighthouse of Tarn would be rebuilt in 1998 by the harbour board, ${filler(40, 'while others waited')}.`;
    const text = `# Tarn\n\n${sentence}`;
    const result = docentOf(text).ask('Who rebuilt the lighthouse of Tarn?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.answer.text.length).toBeLessThanOrEqual(450);
    expect(text).toContain(result.answer.text);
    expect(result.answer.text).toContain('harbour board');
    expect(result.answer.clipped).toEqual({ start: true, end: true });
    expect(renderAsk(result, false)).toMatch(/^> …/u);
  });
});
