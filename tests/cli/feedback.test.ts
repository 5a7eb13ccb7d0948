import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands.ts';
import { FeedbackStore } from '../../src/store/feedbackStore.ts';
import { seedDocent } from '../helpers/seed.ts';

describe('the console report and forget', () => {
  it('/report reads the store the bot writes: refused questions by missing word, answers voted down, counts', async () => {
    const store = FeedbackStore.open({ dir: ':memory:', storeQuestions: true });
    store.recordQuestion({ memberId: '1', text: 'What did Canada say?', source: 'message', outcome: 'refusal', missing: ['Canada'] });
    const answer = store.recordQuestion({ memberId: '1', text: 'Who leads?', source: 'command', outcome: 'answer', reference: 'Doc · §1 · ¶2', missing: [] });
    store.vote(answer, '2', -1);
    const services = { feedback: () => store };
    const { text } = await runCommand(seedDocent(), 'report', 'day', undefined, services);
    expect(text).toContain('2 questions (1 from messages): 1 answered, 1 refused. Votes: 👍 0, 👎 1.');
    expect(text).toContain('  canada × 1\n      “What did Canada say?”');
    expect(text).toContain('  👎 1 · 👍 0  “Who leads?”\n      — Doc · §1 · ¶2');
    expect((await runCommand(seedDocent(), 'forget', 'all', undefined, services)).text).toBe('Forgot everything stored: 2 questions and 1 vote.');
  });

  it('/forget without a period, or with one it does not know, says how to use it', async () => {
    expect((await runCommand(seedDocent(), 'forget', '', undefined, {})).text).toBe('Usage: /forget <day|week|month|all>');
    expect((await runCommand(seedDocent(), 'forget', 'year', undefined, {})).text).toMatch(/year/u);
  });
});
