import type { Environment } from '../config/environment.ts';
import { FeedbackStore } from './feedbackStore.ts';

/** The feedback store the settings describe (DATA_DIR, STORE_QUESTIONS, MEMBER_HASH_SALT), for the bot and the console alike. */
export function openFeedbackStore(env: Environment): FeedbackStore {
  return FeedbackStore.open({ dir: env.DATA_DIR, storeQuestions: env.STORE_QUESTIONS, ...(env.MEMBER_HASH_SALT ? { salt: env.MEMBER_HASH_SALT } : {}) });
}
