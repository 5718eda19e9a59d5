/**
 * Hooks every way main-process code could reach the network (sockets, DNS, HTTP(S), TLS)
 * and fails the test file if anything was attempted. Loaded for the `node` project, which
 * runs shared/ and main/ services; the e2e project legitimately uses loopback sockets.
 */
import net from 'node:net';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { afterAll } from 'vitest';

export const networkAttempts: string[] = [];

function hook(target: object, names: string[], label: string): void {
  for (const name of names) {
    const record = target as Record<string, unknown>;
    const original = record[name];
    if (typeof original !== 'function') continue;
    record[name] = function guarded(this: unknown, ...args: unknown[]) {
      networkAttempts.push(`${label}.${name}`);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

hook(net, ['connect', 'createConnection', 'createServer'], 'net');
hook(net.Socket.prototype, ['connect'], 'net.Socket');
hook(dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveTxt', 'reverse'], 'dns');
hook(dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns.promises');
hook(http, ['request', 'get', 'createServer'], 'http');
hook(https, ['request', 'get', 'createServer'], 'https');
hook(tls, ['connect', 'createServer'], 'tls');
if (typeof globalThis.fetch === 'function') hook(globalThis, ['fetch'], 'globalThis');

afterAll(() => {
  if (networkAttempts.length > 0) {
    throw new Error(`network calls were made during this test file: ${networkAttempts.join(', ')}`);
  }
});
