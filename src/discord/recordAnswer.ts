import type { Logger } from '../log.ts';
import type { AnswerRecord, AskedQuestion, FeedbackStore } from '../store/feedbackStore.ts';

/**
 * Stores answers given to one member, returning each one's id for its vote buttons. A store that fails (a full disk)
 * costs the answer its buttons, never the answer itself.
 */
export function answerRecorder(feedback: FeedbackStore, logger: Logger, memberId: string, source: AskedQuestion['source']): (answer: AnswerRecord) => number | undefined {
  return (answer) => {
    try {
      return feedback.recordQuestion({ ...answer, memberId, source });
    } catch (error) {
      logger.error({ err: error }, 'could not store a question: its answer goes without votes');
      return undefined;
    }
  };
}
