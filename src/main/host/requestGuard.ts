import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the browser host: only this machine (loopback), only under our own
 * Host name (defeats DNS rebinding), only from our own Origin (defeats other pages in the
 * same browser), and only with the per-launch token (defeats other local users/programs).
 */
export const TOKEN_COOKIE = 'plenaria_token';

export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((h) => `http://${h}`);
}

export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

export function tokenFromRequest(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

export type Refusal = { status: 401 | 403; reason: string };

/**
 * Checks common to every request. `requireOrigin`: state-changing calls and WebSocket
 * upgrades must carry an Origin, and it must be ours.
 */
export function checkRequest(
  req: IncomingMessage,
  port: number,
  token: string,
  opts: { requireOrigin: boolean; acceptTokenFromQuery?: boolean },
): Refusal | null {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return { status: 403, reason: 'not loopback' };
  if (!allowedHosts(port).includes(req.headers.host ?? '')) return { status: 403, reason: 'bad host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin)) return { status: 403, reason: 'bad origin' };
  if (opts.requireOrigin && origin === undefined) return { status: 403, reason: 'missing origin' };
  const presented = opts.acceptTokenFromQuery
    ? new URL(req.url ?? '/', 'http://x').searchParams.get('token') ?? undefined
    : tokenFromRequest(req);
  if (!presented || !tokensEqual(presented, token)) return { status: 401, reason: 'bad token' };
  return null;
}
