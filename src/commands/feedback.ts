import type { FeedbackStore } from '../store/feedbackStore.ts';
import type { CommandServices, OptionDefinition } from './definition.ts';

/** The period option of the admin commands, over the periods each accepts. */
export function periodOption(choices: readonly string[], required: boolean, description: string): OptionDefinition {
  return { name: 'period', description, kind: 'choice', choices, required };
}

/** What an admin command gives where no feedback store is open (a transport that keeps none). */
export interface NoFeedbackStore {
  readonly kind: 'no-store';
}

/** Runs `use` on the feedback store, or says there is none. */
export function withFeedback<T>(services: CommandServices, use: (store: FeedbackStore) => T): T | NoFeedbackStore {
  return services.feedback ? use(services.feedback()) : { kind: 'no-store' };
}
