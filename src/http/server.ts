import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import type { Logger } from '../log.ts';
import { UnsupportedInteraction, type Send } from './answer.ts';
import { BodyError, parseJsonObject, readBody } from './readBody.ts';
import { isSignedByDiscord } from './signature.ts';

export interface InteractionServerOptions {
  /** The application's public key: every POST /interactions must be signed with its private counterpart. */
  readonly publicKey: KeyObject;
  /** Whether the index is loaded, for /readyz; interactions before then get 503. */
  readonly ready: () => boolean;
  readonly answer: (payload: Record<string, unknown>, send: Send) => Promise<void>;
  readonly logger: Logger;
}

/** Writes a JSON response; resolves once it is handed to the socket. */
function sendJson(response: ServerResponse, status: number, body: unknown): Promise<void> {
  return new Promise((resolve) => {
    // After an oversized body the connection goes: the rest of it is not read.
    response.writeHead(status, { 'content-type': 'application/json', ...(status === 413 ? { connection: 'close' } : {}) });
    response.end(JSON.stringify(body), () => resolve());
  });
}

/**
 * docent's HTTP interactions endpoint: `POST /interactions` (Discord's signed requests), `GET /healthz` (the process
 * answers) and `GET /readyz` (the index is loaded). It keeps no state between requests, so replicas are interchangeable.
 */
export function createInteractionServer(options: InteractionServerOptions): Server {
  const { logger } = options;

  async function interactions(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!options.ready()) return sendJson(response, 503, { error: 'docent is still loading its index.' });
    const body = await readBody(request);
    const signed = isSignedByDiscord(options.publicKey, body, {
      signature: request.headers['x-signature-ed25519'] as string | undefined,
      timestamp: request.headers['x-signature-timestamp'] as string | undefined,
    });
    if (!signed) return sendJson(response, 401, { error: 'invalid request signature' });
    await options.answer(parseJsonObject(body), (answer) => sendJson(response, 200, answer));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'GET' && path === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (request.method === 'GET' && path === '/readyz') return options.ready() ? sendJson(response, 200, { status: 'ready' }) : sendJson(response, 503, { status: 'loading' });
    if (path !== '/interactions') return sendJson(response, 404, { error: 'not found' });
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'use POST' });
    return interactions(request, response);
  }

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof BodyError || error instanceof UnsupportedInteraction) {
        logger.warn({ reason: error.message }, 'refused a request');
      } else {
        logger.error({ err: error }, 'request failed');
      }
      if (response.headersSent) return;
      const status = error instanceof BodyError ? error.status : error instanceof UnsupportedInteraction ? 400 : 500;
      // Only this process's own words reach the caller, never a stack trace.
      void sendJson(response, status, { error: status === 500 ? 'docent could not answer this request' : (error as Error).message });
    });
  });
}
