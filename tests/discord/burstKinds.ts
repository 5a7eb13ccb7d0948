import type { InteractionOptions } from './double/discordDouble.ts';
import { button, option, slash } from './exchange.ts';

/** What members send: every kind of command, button and suggestion docent answers. */
export const BURST_KINDS: readonly InteractionOptions[] = [
  { type: 2, data: slash('ask', [option('question', 'Who is Sebastian Gorka?')]) },
  { type: 2, data: slash('quote', [option('text', 'sovereignty is not negotiable')]) },
  { type: 2, data: slash('sections') },
  { type: 2, data: slash('section', [option('name', '5')]) },
  { type: 2, data: slash('summary', [option('section', '3'), option('length', 'short')]) },
  { type: 2, data: slash('help') },
  button('more|1||What have Mexican officials done about the cartels?'),
  button('section|open|us-mexico-security|2|0'),
  { type: 2, data: slash('ask', [option('question', 'What did Canada say about the cartels?')]) },
  { type: 2, data: slash('quote', [option('text', 'drones over Mexico')]) },
];
