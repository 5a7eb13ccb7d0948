import { describe, expect, it } from 'vitest';
import { indexNotice } from '../../src/present/indexOrigin.ts';

const file = '.cache/docent/knowledge-0123456789ab.index';

describe('indexNotice', () => {
  it('says quietly where the index came from when all went well', () => {
    expect(indexNotice({ source: 'cache', file })).toEqual({ level: 'info', message: `index read from ${file}`, notable: false });
    expect(indexNotice({ source: 'built', file, reason: 'missing' })).toEqual({ level: 'info', message: `index built, saved to ${file}`, notable: false });
  });

  it('tells a person why a cached index was not used', () => {
    const stale = indexNotice({ source: 'built', file, reason: 'stale', detail: 'the documents changed' });
    expect(stale).toMatchObject({ level: 'info', notable: true, message: expect.stringContaining('out of date (the documents changed)') });
    const corrupt = indexNotice({ source: 'built', file, reason: 'corrupt', detail: 'its checksum does not match' });
    expect(corrupt).toMatchObject({ level: 'warn', notable: true, message: expect.stringContaining('damaged (its checksum does not match)') });
  });

  it('warns when the new index could not be saved, naming the folder and the reason', () => {
    const notice = indexNotice({ source: 'built', file, reason: 'missing', writeError: 'EACCES: permission denied' });
    expect(notice).toMatchObject({ level: 'warn', notable: true });
    expect(notice.message).toBe(`index built; it could not be saved to ${file} (EACCES: permission denied)`);
  });
});
