import { describe, expect, it } from 'vitest';
import { SortedLines } from '../../../src/search/analyzer/sortedLines.ts';

describe('SortedLines', () => {
  const lines = new SortedLines('# a notice\n# of two lines\napple\tn\nbanana\tn=banana\tv\ncherry\nmanlily\nmanlihood\nzebra');

  it('finds a line by its key and gives what follows the tab, or nothing for a line that is only its key', () => {
    expect(lines.find('apple')).toBe('n');
    expect(lines.find('banana')).toBe('n=banana\tv');
    expect(lines.find('cherry')).toBe('');
    expect(lines.find('zebra')).toBe('');
  });

  it('finds a line that sorts before the one above it', () => {
    expect(lines.has('manlihood')).toBe(true);
    expect(lines.has('manlily')).toBe(true);
  });

  it('finds no key that is only a prefix, a longer word, another case, the notice or a line’s tail', () => {
    for (const missing of ['appl', 'apples', 'Apple', '# a notice', 'n', 'n=banana', 'date']) expect(lines.find(missing), missing).toBeUndefined();
  });

  it('holds nothing when the text holds only a notice', () => {
    expect(new SortedLines('# only a notice\n').has('only')).toBe(false);
  });
});
