import { afterEach } from 'vitest';
import { EngineThread } from '../../src/engine/thread/engineThread.ts';

/** A starter of folders' engines in their threads, as a server runs them, each stopped after its test. */
export function engineThreads(): (dir: string) => Promise<EngineThread> {
  const engines: EngineThread[] = [];
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((engine) => engine.close()));
  });
  return async (dir) => {
    const { engine } = await EngineThread.load(dir);
    engines.push(engine);
    return engine;
  };
}
