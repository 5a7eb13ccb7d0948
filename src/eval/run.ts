import { performance } from 'node:perf_hooks';
import type { EvalQuestion } from './datasets.ts';
import type { Response } from './metrics.ts';
import type { AnswerSystem } from './systems.ts';

/** Asks every question of a system, timing each call. */
export function runSystem(system: AnswerSystem, questions: readonly EvalQuestion[]): Map<string, Response> {
  const responses = new Map<string, Response>();
  for (const question of questions) {
    const start = performance.now();
    const response = system(question);
    responses.set(question.id, { id: question.id, ...response, ms: performance.now() - start });
  }
  return responses;
}
