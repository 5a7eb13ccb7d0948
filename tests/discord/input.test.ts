import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../src/discord/input.ts';

describe('plainQuestion', () => {
  it('drops mentions, custom emoji and code fences, keeping what the member asked', () => {
    expect(plainQuestion('<@123456789012345678> @everyone who leads <:cartel:123456789012345678> ```the``` cartels?')).toBe('who leads cartel the cartels?');
  });

  it('joins words split by zero-width characters and drops control characters', () => {
    expect(plainQuestion('car\u200btel lea\u200dders \ufeffdrones')).toBe('cartel leaders drones');
    expect(plainQuestion('\u0000\u0007cartel\u202e leaders\u0008')).toBe('cartel leaders');
  });
});
