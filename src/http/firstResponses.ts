import { DefaultRestOptions, type ResponseLike } from 'discord.js';

/** An interaction callback's URL: `.../interactions/{id}/{token}/callback`, with discord.js's query after it. */
const CALLBACK = /\/interactions\/(\d+)\/([^/?]+)\/callback(?:\?.*)?$/u;

interface Pending {
  readonly applicationId: string;
  /** Writes the HTTP response to Discord's request; resolves once it is sent. */
  readonly send: (body: unknown) => Promise<void>;
  answered: boolean;
}

const noContent = (): ResponseLike => new Response(null, { status: 204 });

/**
 * Turns the first callback discord.js makes for an interaction (reply, deferReply, update, autocomplete respond) into
 * the HTTP response to Discord's request, as Discord expects of an interactions endpoint; every other request
 * (edits, follow-ups) goes to Discord's REST API. Used as the `makeRequest` of the Client's REST.
 */
export class FirstResponses {
  private readonly pending = new Map<string, Pending>();

  /** Until `release`, the first callback for interaction `id` goes to `send`. */
  capture(id: string, applicationId: string, send: (body: unknown) => Promise<void>): void {
    this.pending.set(id, { applicationId, send, answered: false });
  }

  /**
   * Answers with `body` now unless discord.js already did; true if it did. A reply discord.js sends after this
   * becomes an edit of the answer (see makeRequest).
   */
  answerFirst(id: string, body: unknown): boolean {
    const pending = this.pending.get(id);
    if (!pending || pending.answered) return false;
    pending.answered = true;
    void pending.send(body);
    return true;
  }

  /** Stops capturing for interaction `id`; whether it was answered. */
  release(id: string): boolean {
    const answered = this.pending.get(id)?.answered ?? false;
    this.pending.delete(id);
    return answered;
  }

  readonly makeRequest = async (url: string, init: Parameters<typeof DefaultRestOptions.makeRequest>[1]): Promise<ResponseLike> => {
    const [, id, token] = CALLBACK.exec(url) ?? [];
    const pending = id === undefined ? undefined : this.pending.get(id);
    if (!pending || init.method !== 'POST' || typeof init.body !== 'string') return DefaultRestOptions.makeRequest(url, init);
    const body = JSON.parse(init.body) as { type: number; data?: unknown };
    if (!pending.answered) {
      pending.answered = true;
      await pending.send(body);
      return noContent();
    }
    // The deadline's deferral went first: a reply or update now fills it in; late suggestions have nowhere to go.
    if (body.type !== 4 && body.type !== 7) return noContent();
    const original = url.replace(CALLBACK, `/webhooks/${pending.applicationId}/${token}/messages/%40original`);
    const edited = await DefaultRestOptions.makeRequest(original, { ...init, method: 'PATCH', body: JSON.stringify(body.data ?? {}) });
    return edited.ok ? noContent() : edited;
  };
}
