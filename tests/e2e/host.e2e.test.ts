import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../src/main/services/services.js';
import { startHost, type RunningHost } from '../../src/main/host/server.js';
import { isLoopbackAddress } from '../../src/main/host/requestGuard.js';
import { repoRoot, requireBuild } from './support/environment.js';

/** The browser host's own defences, probed with raw HTTP from this process (loopback only). */
let host: RunningHost;
let dir: string;

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const own = () => ({ Host: `127.0.0.1:${host.port}`, Origin: `http://127.0.0.1:${host.port}` });
const auth = () => ({ ...own(), Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });

beforeAll(async () => {
  requireBuild();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-host-'));
  host = await startHost({
    services: createServices({ preferencesDir: dir }),
    rendererDir: path.join(repoRoot, 'dist/renderer'),
    bridgeDir: path.join(repoRoot, 'dist/host'),
  });
});
afterAll(async () => {
  await host.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('browser host', () => {
  it('listens on loopback only, on a random port, with a long random token', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.token.length).toBeGreaterThanOrEqual(43);
    expect(host.consoleUrl.startsWith(`http://127.0.0.1:${host.port}/`)).toBe(true);
  });

  it('answers a call with the token, from its own origin', async () => {
    const r = await request({ path: '/api/workspace/status', method: 'POST', headers: auth(), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ ok: true, value: { state: 'closed' } });
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const { Authorization: _a, ...noToken } = auth();
    expect((await request({ path: '/api/workspace/status', method: 'POST', headers: noToken, body: '{}' })).status).toBe(401);
    expect((await request({ path: '/api/workspace/status', method: 'POST', headers: { ...auth(), Authorization: 'Bearer nope' }, body: '{}' })).status).toBe(401);
    expect((await request({ path: '/console/index.html', headers: { Host: own().Host } })).status).toBe(401);
    expect((await request({ path: `/launch?token=wrong`, headers: { Host: own().Host } })).status).toBe(401);
  });

  it('refuses a foreign Origin and a foreign Host name (DNS rebinding)', async () => {
    expect((await request({ path: '/api/workspace/status', method: 'POST', headers: { ...auth(), Origin: 'http://evil.example' }, body: '{}' })).status).toBe(403);
    expect((await request({ path: '/api/workspace/status', method: 'POST', headers: { ...auth(), Host: `evil.example:${host.port}` }, body: '{}' })).status).toBe(403);
    const { Origin: _o, ...noOrigin } = auth();
    expect((await request({ path: '/api/workspace/status', method: 'POST', headers: noOrigin, body: '{}' })).status).toBe(403);
  });

  it('treats only loopback peers as local', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.20', '172.16.0.1', '::ffff:192.168.1.2', 'fe80::1', '', undefined]) expect(isLoopbackAddress(a)).toBe(false);
  });

  it('sets the session cookie at launch and serves pages with the strict CSP and the injected bridge', async () => {
    const launch = await request({ path: `/launch?token=${host.token}`, headers: { Host: own().Host } });
    expect(launch.status).toBe(302);
    expect(launch.headers['set-cookie']?.[0]).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await request({ path: '/console/index.html', headers: { Host: own().Host, Cookie: launch.headers['set-cookie']![0]!.split(';')[0]! } });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
    expect(page.body).toContain('<script src="/__host/console-bridge.js"></script>');
    // No browser may offer to translate (i.e. upload) confidential content.
    expect(page.body).toMatch(/<html[^>]*translate="no"/);
    expect(page.body).toContain('<meta name="google" content="notranslate" />');
  });

  it('refuses path traversal', async () => {
    const r = await request({ path: '/../../package.json', headers: auth() });
    expect(r.status).toBe(404);
    expect((await request({ path: '/%2e%2e/%2e%2e/package.json', headers: auth() })).status).toBe(404);
  });

  it('validates arguments and answers unknown calls with an AppError', async () => {
    const bad = await request({ path: '/api/workspace/unlock', method: 'POST', headers: auth(), body: JSON.stringify({ args: { path: 42 } }) });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const unknown = await request({ path: '/api/workspace/constructor', method: 'POST', headers: auth(), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const junk = await request({ path: '/api/workspace/status', method: 'POST', headers: auth(), body: '{not json' });
    expect(JSON.parse(junk.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
  });

  it('refuses a WebSocket from a foreign origin or without the token', async () => {
    const tryWs = (headers: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${host.port}/events`, { headers });
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
        ws.on('unexpected-response', (_req, res) => resolve(String(res.statusCode)));
        ws.on('error', () => resolve('error'));
      });
    expect(await tryWs({ Origin: own().Origin, Authorization: `Bearer ${host.token}` })).toBe('open');
    expect(await tryWs({ Origin: 'http://evil.example', Authorization: `Bearer ${host.token}` })).toBe('403');
    expect(await tryWs({ Origin: own().Origin })).toBe('401');
  });
});
