import { afterEach, describe, expect, it } from 'vitest';
import { workspaceSelectors } from '../../src/renderer/console/features/workspace/selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../../src/renderer/console/features/workspace/store/workspaceStore.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const store = () => useWorkspaceStore.getState();
const screen = () => workspaceSelectors.screen(store());
const juarezFile = { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } };

describe('workspace store', () => {
  it('goes from closed to create to open', async () => {
    const fake = createFakeBridge();
    installBridge(fake);
    await store().refresh();
    expect(screen()).toBe('welcome');

    store().showCreate();
    expect(screen()).toBe('create');

    const done = await store().create({ ...JUAREZ, path: JUAREZ_PATH, passphrase: JUAREZ_PASSPHRASE });
    expect(done).toBe(true);
    expect(store().status).toEqual({ state: 'open', path: JUAREZ_PATH, mesa: JUAREZ });
    expect(screen()).toBe('shell');
    expect(workspaceSelectors.mesaName(store())).toBe(JUAREZ.name);
  });

  it('goes from open to locked, refuses a wrong passphrase, then unlocks with the right one', async () => {
    installBridge(createFakeBridge({ files: juarezFile, selected: JUAREZ_PATH, unlocked: true }));
    await store().refresh();
    expect(screen()).toBe('shell');

    await store().lock();
    expect(screen()).toBe('unlock');
    expect(workspaceSelectors.unlock(store()).path).toBe(JUAREZ_PATH);

    expect(await store().unlock('una frase equivocada')).toBe(false);
    expect(store().error?.code).toBe('wrong_passphrase');
    expect(screen()).toBe('unlock');

    expect(await store().unlock(JUAREZ_PASSPHRASE)).toBe(true);
    expect(store().error).toBeNull();
    expect(screen()).toBe('shell');
  });

  it('unlocks a file chosen from the recent list while nothing is selected', async () => {
    installBridge(createFakeBridge({ files: juarezFile, recent: [JUAREZ_PATH] }));
    await store().refresh();
    expect(store().recent.map((r) => r.path)).toEqual([JUAREZ_PATH]);

    store().chooseFile(JUAREZ_PATH);
    expect(screen()).toBe('unlock');
    expect(await store().unlock(JUAREZ_PASSPHRASE)).toBe(true);
    expect(screen()).toBe('shell');
  });

  it('follows the workspace event from main', async () => {
    const fake = createFakeBridge({ files: juarezFile, selected: JUAREZ_PATH, unlocked: true });
    installBridge(fake);
    const stop = store().start();
    await expect.poll(screen).toBe('shell');
    // Locked by main itself (idle lock): only the event tells the console.
    await window.plenaria!.api.workspace.lock();
    await expect.poll(screen).toBe('unlock');
    stop();
  });

  it('"use another file" makes main forget a locked file and shows the welcome screen', async () => {
    const fake = createFakeBridge({ files: juarezFile, selected: JUAREZ_PATH });
    installBridge(fake);
    await store().refresh();
    expect(screen()).toBe('unlock');
    await store().chooseAnotherFile();
    expect(fake.callsTo('workspace', 'close')).toHaveLength(1);
    expect(screen()).toBe('welcome');
  });

  it('keeps only the latest path suggestion', async () => {
    const fake = createFakeBridge();
    let release: () => void = () => {};
    const original = fake.bridge.api.workspace.suggestPath;
    fake.bridge.api.workspace.suggestPath = async (args) => {
      if (args.name === 'Mes') await new Promise<void>((resolve) => (release = resolve));
      return original(args);
    };
    installBridge(fake);
    const slow = store().suggestPath('Mes');
    await store().suggestPath('Mesa Norte');
    release();
    await slow;
    expect(store().suggestedPath).toBe('/home/secretaria/Documentos/Mesa Norte.plenaria');
  });
});
