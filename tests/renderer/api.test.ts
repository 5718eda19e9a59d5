import { afterEach, describe, expect, it } from 'vitest';
import { api, ApiError } from '../../src/renderer/api/api.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

describe('api client', () => {
  it('unwraps a successful Result into its value', async () => {
    installBridge(createFakeBridge({ files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } } }));
    const status = await api.workspace.unlock({ path: JUAREZ_PATH, passphrase: JUAREZ_PASSPHRASE });
    expect(status).toEqual({ state: 'open', path: JUAREZ_PATH, mesa: JUAREZ });
    expect(await api.preferences.get()).toEqual({ language: 'es', idleLockMinutes: 10 });
  });

  it('passes the arguments through unchanged, and none for calls without arguments', async () => {
    const fake = createFakeBridge();
    installBridge(fake);
    await api.workspace.suggestPath({ name: 'Mesa Norte' });
    await api.workspace.status();
    expect(fake.calls).toEqual([
      { domain: 'workspace', method: 'suggestPath', args: { name: 'Mesa Norte' } },
      { domain: 'workspace', method: 'status', args: undefined },
    ]);
  });

  it('throws an ApiError carrying the code and message of a failed Result', async () => {
    installBridge(createFakeBridge({ files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } } }));
    const error = await api.workspace.unlock({ path: JUAREZ_PATH, passphrase: 'otra frase cualquiera' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('wrong_passphrase');
    expect(error.message).toBe('Frase incorrecta.');
  });

  it('turns a transport that rejects into an internal ApiError', async () => {
    const fake = createFakeBridge();
    fake.bridge.api.workspace.status = () => Promise.reject(new Error('socket closed'));
    installBridge(fake);
    const error = await api.workspace.status().catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('internal');
    expect(error.message).toBe('socket closed');
  });

  it('refuses with an ApiError when no transport provided window.plenaria', async () => {
    const error = await api.workspace.status().catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('internal');
  });
});
