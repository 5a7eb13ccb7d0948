import type { Event } from '../event.ts';
import error from './error.ts';
import interactionCreate from './interactionCreate.ts';
import messageCreate from './messageCreate.ts';
import ready from './ready.ts';
import shardResume from './shardResume.ts';

/** Every client event docent listens to. */
export const EVENTS: readonly Event[] = [ready, interactionCreate, messageCreate, error, shardResume] as readonly Event[];
