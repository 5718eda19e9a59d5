import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { eventNames, projectorEvents, type EventName } from '../../shared/ipc/events.js';
import { dispatch } from '../ipc/dispatch.js';
import { createHandlers } from '../ipc/handlers.js';
import { contentSecurityPolicy } from '../security/csp.js';
import type { Services } from '../services/services.js';
import { checkRequest, TOKEN_COOKIE, type Refusal } from './requestGuard.js';
import { contentType, injectBridge, resolveStatic } from './staticFiles.js';

/**
 * The browser host: the same handlers as Electron's IPC, served over HTTP + WebSocket on
 * 127.0.0.1 for development and end-to-end tests. Never packaged.
 */
export interface HostOptions {
  services: Services;
  /** dist/renderer: the built console/ and projector/ pages. */
  rendererDir: string;
  /** dist/host: console-bridge.js and projector-bridge.js. */
  bridgeDir: string;
  port?: number;
}

export interface RunningHost {
  port: number;
  token: string;
  /** Opening this URL in a browser sets the session cookie and shows the console. */
  consoleUrl: string;
  projectorUrl: string;
  close(): Promise<void>;
}

// The largest calls: a signed paper copy (25 MB, base64) and a spreadsheet import (16 M characters).
const MAX_BODY_BYTES = 40 * 1024 * 1024;
const WINDOWS = { console: '/console/index.html', projector: '/projector/index.html' } as const;

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = crypto.randomBytes(32).toString('base64url');
  const handlers = createHandlers(options.services);
  const rendererDir = fs.realpathSync(options.rendererDir);
  const bridgeDir = fs.realpathSync(options.bridgeDir);
  let port = 0;

  const securityHeaders = (): Record<string, string> => ({
    'Content-Security-Policy': contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  });

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}) => {
    res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, ...extra });
    res.end(body);
  };
  const refuse = (res: ServerResponse, refusal: Refusal) =>
    send(res, refusal.status, 'text/plain; charset=utf-8', refusal.status === 401 ? 'Unauthorized' : 'Forbidden');

  async function readJson(req: IncomingMessage): Promise<unknown> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new Error('too large');
      chunks.push(chunk as Buffer);
    }
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (req.method === 'GET' && url.pathname === '/launch') {
      const refusal = checkRequest(req, port, token, { requireOrigin: false, acceptTokenFromQuery: true });
      if (refusal) return refuse(res, refusal);
      const target = url.searchParams.get('window') === 'projector' ? WINDOWS.projector : WINDOWS.console;
      return send(res, 302, 'text/plain; charset=utf-8', '', {
        'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        Location: target,
      });
    }

    const isApi = url.pathname.startsWith('/api/');
    const refusal = checkRequest(req, port, token, { requireOrigin: isApi && req.method !== 'GET' });
    if (refusal) return refuse(res, refusal);

    if (isApi) {
      if (req.method === 'GET' && url.pathname === '/api/projector/current') {
        return send(res, 200, 'application/json', JSON.stringify(options.services.projection.current()));
      }
      const match = /^\/api\/([A-Za-z]{1,40})\/([A-Za-z]{1,40})$/.exec(url.pathname);
      if (req.method !== 'POST' || !match) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      let body: unknown;
      try {
        body = await readJson(req);
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_argument', message: 'Solicitud no válida.' } }));
      }
      const args = typeof body === 'object' && body !== null ? (body as { args?: unknown }).args : undefined;
      const result = await dispatch(handlers, match[1]!, match[2]!, args);
      return send(res, 200, 'application/json', JSON.stringify(result));
    }

    if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (url.pathname.startsWith('/__host/')) {
      const file = resolveStatic(bridgeDir, url.pathname.slice('/__host/'.length));
      if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      return send(res, 200, contentType(file), fs.readFileSync(file));
    }
    const file = resolveStatic(rendererDir, url.pathname === '/' ? WINDOWS.console : url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    if (file.endsWith('.html')) {
      const bridge = url.pathname.startsWith('/projector/') ? 'projector-bridge.js' : 'console-bridge.js';
      return send(res, 200, contentType(file), injectBridge(fs.readFileSync(file, 'utf8'), `/__host/${bridge}`));
    }
    return send(res, 200, contentType(file), fs.readFileSync(file));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[plenaria host]', err);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sockets = new Map<WebSocket, readonly EventName[]>();
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refusal = url.pathname === '/events' ? checkRequest(req, port, token, { requireOrigin: true }) : { status: 403 as const, reason: 'path' };
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal.status} ${refusal.status === 401 ? 'Unauthorized' : 'Forbidden'}\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      // The projector window hears the projection and nothing else.
      sockets.set(ws, url.searchParams.get('window') === 'projector' ? projectorEvents : eventNames);
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', () => ws.close(1008, 'events only'));
    });
  });
  const unsubscribers = eventNames.map((name) =>
    options.services.events.on(name, (payload) => {
      const message = JSON.stringify({ name, payload });
      for (const [ws, allowed] of sockets) if (allowed.includes(name)) ws.send(message);
    }),
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  return {
    port,
    token,
    consoleUrl: `${base}/launch?token=${token}`,
    projectorUrl: `${base}/launch?token=${token}&window=projector`,
    close: async () => {
      for (const off of unsubscribers) off();
      for (const ws of sockets.keys()) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
