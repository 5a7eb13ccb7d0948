import { describe, expect, it } from 'vitest';
import { lazy } from '../src/lazy.ts';

describe('lazy', () => {
  it('makes its value only when first asked for, and once', () => {
    let made = 0;
    const value = lazy(() => ({ made: ++made }));
    expect(made).toBe(0);
    expect(value()).toBe(value());
    expect(made).toBe(1);
  });
});
