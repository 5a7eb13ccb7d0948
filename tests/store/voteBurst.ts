// A child process for crash.test.ts: votes without pause in the store at argv[2], printing each vote once its
// transaction has returned, which is when docent acknowledges a vote to the member. Every vote is a new member's, so
// the parent, however far it reads behind, knows exactly what must be stored.
import { FeedbackStore } from '../../src/store/feedbackStore.ts';

const store = FeedbackStore.open({ dir: process.argv[2]!, storeQuestions: true, salt: 'crash-test-salt' });
const answers = Array.from({ length: 20 }, (_, i) => store.recordQuestion({ memberId: 'asker', text: `Question ${i}?`, source: 'message', outcome: 'answer', reference: `Doc · §1 · ¶${i + 1}`, missing: [] }));
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const answer = answers[i % answers.length]!;
  const member = `member-${i}`;
  const vote = i % 3 === 0 ? -1 : 1;
  store.vote(answer, member, vote);
  process.stdout.write(`${answer} ${member} ${vote}\n`);
}
