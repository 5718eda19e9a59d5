import dns from 'node:dns';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { networkAttempts } from '../support/networkGuard.js';

describe('network guard', () => {
  it('records DNS and HTTP attempts, so the zero in every other file means something', async () => {
    await new Promise<void>((resolve) => dns.lookup('localhost', () => resolve()));
    const req = http.request({ host: '127.0.0.1', port: 9, path: '/' });
    req.on('error', () => {});
    req.destroy();
    expect(networkAttempts).toEqual(expect.arrayContaining(['dns.lookup', 'http.request']));
    // These were this test's own probes on loopback; clear them so the file's own check passes.
    networkAttempts.splice(0);
  });
});
