import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The webhook path of an interaction's token: `/api/v10/webhooks/{application}/{token}/...`. */
const WEBHOOK = /^\/api\/v10\/webhooks\/\d+\/([^/?]+)/u;

/**
 * Discord's webhook endpoints on 127.0.0.1, for the bench: it takes the edits and follow-ups replicas send after
 * a deferral, answers as Discord does, and reports each token as it arrives, when the member would see the answer.
 */
export class WebhookSink {
  private readonly waiting = new Map<string, () => void>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookSink> {
    let sink: WebhookSink | undefined;
    const server = createServer((request, response) => {
      request.resume();
      request.once('end', () => {
        const token = WEBHOOK.exec(request.url ?? '')?.[1];
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ id: '1', channel_id: '1', type: 20, content: '', embeds: [], components: [], attachments: [], timestamp: new Date().toISOString() }));
        if (token) sink?.arrived(token);
      });
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    sink = new WebhookSink(server);
    return sink;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** Resolves when a webhook request for `token` arrives. */
  next(token: string): Promise<void> {
    return new Promise((resolve) => this.waiting.set(token, resolve));
  }

  private arrived(token: string): void {
    this.waiting.get(token)?.();
    this.waiting.delete(token);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close');
  }
}
