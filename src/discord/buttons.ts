import type { ButtonInteraction } from 'discord.js';
import type { Engine } from '../engine/engine.ts';
import type { FeedbackStore } from '../store/feedbackStore.ts';
import { decodeButton } from './customIds.ts';
import { plainQuestion } from './input.ts';
import { renderMorePassages } from './render/answer.ts';
import { renderNotFound, renderSectionPage } from './render/browse.ts';
import { renderVote, renderVotesOff } from './render/feedback.ts';
import { renderProblem } from './render/notices.ts';
import { deferInteraction, sendReply, updateMessage } from './respond.ts';

/** Supporting passages per page of "More passages"; the answer's own three came first. */
const PAGE_SIZE = 3;
const FIRST_SUPPORTING = 3;

/**
 * Handles every docent button from the state in its custom id alone (a vote also from the store). Unknown or stale
 * ids get a polite notice.
 */
export async function handleButton(interaction: ButtonInteraction, docent: Engine, feedback?: FeedbackStore): Promise<string> {
  const state = decodeButton(interaction.customId);
  if (!state) {
    await sendReply(interaction, renderProblem('This button is no longer valid. Run the command again.'));
    return 'stale-button';
  }
  if (state.kind === 'vote') {
    if (!feedback) {
      await sendReply(interaction, renderVotesOff());
      return 'vote-off';
    }
    // Stored in its own transaction before the member is told, so an acknowledged vote is never lost.
    const outcome = feedback.vote(state.answer, interaction.user.id, state.vote);
    await sendReply(interaction, renderVote(outcome, state.vote));
    return `vote-${outcome}`;
  }
  const document = state.document === '' ? undefined : state.document;
  if (state.kind === 'more') {
    // A search, unlike a page turn, may outlast Discord's 3 seconds: acknowledge first.
    await deferInteraction(interaction, true);
    const skip = FIRST_SUPPORTING + (state.page - 1) * PAGE_SIZE;
    const result = await docent.ask(plainQuestion(state.question), { document, supporting: skip + PAGE_SIZE + 1 });
    const supporting = result.kind === 'answer' ? result.supporting : result.related;
    const page = supporting.slice(skip, skip + PAGE_SIZE);
    await sendReply(interaction, renderMorePassages(state.question, page, state.page, supporting.length > skip + PAGE_SIZE, state.document));
    return 'more';
  }
  const section = docent.section(String(state.section), document);
  // A button always names its document, so it never gets the list of documents to choose from.
  if (section?.kind !== 'section') {
    await sendReply(interaction, renderNotFound({ what: 'section', name: `§${state.section}` }));
    return 'stale-button';
  }
  if (state.mode === 'open') {
    await sendReply(interaction, renderSectionPage(section, state.page, true));
  } else {
    await updateMessage(interaction, renderSectionPage(section, state.page, interaction.message.flags.has('Ephemeral')));
  }
  return 'section';
}
