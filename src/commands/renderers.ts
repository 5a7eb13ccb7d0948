import type { Engine } from '../engine/engine.ts';
import type { Options } from './definition.ts';

/** What a renderer is given besides the data: the engine and the options as the transport read them. */
export interface RenderRequest {
  readonly docent: Engine;
  readonly options: Options;
  /** The stored answer's id, when it was recorded, for the reply's vote buttons. */
  readonly answerId?: number;
}

/** A transport's renderers by command name, each taking the data its own command's `run` returns. */
export type Renderers<Out> = Readonly<Record<string, (data: never, request: RenderRequest) => Out>>;

/** Renders a command's data with that command's renderer (`checkRenderers` made sure there is one). */
export function renderWith<Out>(renderers: Renderers<Out>, command: string, data: unknown, request: RenderRequest): Out {
  const render = renderers[command] as ((data: unknown, request: RenderRequest) => Out) | undefined;
  if (!render) throw new Error(`the command "${command}" has no renderer`);
  return render(data, request);
}
