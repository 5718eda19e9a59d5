import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/console/App.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import type { FakeBackup } from './support/fakeBackups.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const DIR = '/home/secretaria/.config/Plenaria/backups/juarez-1a2b3c4d';
const backup = (createdAt: string, kind: FakeBackup['kind'], passphrase = JUAREZ_PASSPHRASE): FakeBackup => ({
  path: `${DIR}/juarez-${createdAt.replace(/[:.]/g, '')}-${kind}.plenaria`,
  name: `juarez-${createdAt.replace(/[:.]/g, '')}-${kind}.plenaria`,
  kind,
  createdAt,
  bytes: 3_250_000,
  passphrase,
  mesa: JUAREZ,
});

/** The console open on the summary, where the backups panel lives. */
async function openBackups(backups: FakeBackup[] = [], keep = 10) {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    backups: { backups, keep },
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('backups-panel');
  const user = userEvent.setup();
  return { fake, user };
}

describe('backups panel', () => {
  it('lists the backups newest first and backs up now', async () => {
    const { fake, user } = await openBackups([backup('2026-03-13T18:00:00.000Z', 'auto'), backup('2026-03-12T18:00:00.000Z', 'manual')]);
    expect(screen.getByTestId('backups-dir').textContent).toContain(DIR);
    expect(await screen.findAllByTestId('backup-row')).toHaveLength(2);
    expect(screen.getAllByTestId('backup-row')[0]!.textContent).toContain('Automático');
    await user.click(screen.getByTestId('backups-create'));
    expect(fake.callsTo('backups', 'create')).toHaveLength(1);
    expect((await screen.findByTestId('backups-notice')).textContent).toMatch(/^Respaldo guardado: juarez-.*-manual\.plenaria\.$/);
    expect(screen.getAllByTestId('backup-row')).toHaveLength(3);
    expect(screen.getAllByTestId('backup-row')[0]!.textContent).toContain('Manual');
  });

  it('changes how many are kept, refusing nonsense without calling main', async () => {
    const { fake, user } = await openBackups([backup('2026-03-13T18:00:00.000Z', 'auto'), backup('2026-03-12T18:00:00.000Z', 'auto'), backup('2026-03-11T18:00:00.000Z', 'auto')]);
    const keep = screen.getByTestId('backups-keep') as HTMLInputElement;
    expect(keep.value).toBe('10');
    await user.clear(keep);
    await user.type(keep, '0');
    await user.click(screen.getByTestId('backups-keep-save'));
    expect(fake.callsTo('backups', 'setKeep')).toHaveLength(0);
    expect(screen.getByText('Escriba un número entero entre 1 y 100.')).toBeTruthy();
    await user.clear(keep);
    await user.type(keep, '2');
    await user.click(screen.getByTestId('backups-keep-save'));
    expect(fake.callsTo('backups', 'setKeep').map((c) => c.args)).toEqual([{ keep: 2 }]);
    expect((await screen.findByTestId('backups-notice')).textContent).toBe('Se conservarán los 2 respaldos más recientes.');
    expect(screen.getAllByTestId('backup-row')).toHaveLength(2);
  });

  it('backs up to a path of the user’s choice and shows main’s refusal of an existing file', async () => {
    const { fake, user } = await openBackups();
    expect(screen.getByTestId('backups-empty')).toBeTruthy();
    await user.click(screen.getByTestId('backups-to-submit'));
    expect(screen.getByText('Escriba la ruta del archivo de respaldo.')).toBeTruthy();
    await user.type(screen.getByTestId('backups-to-path'), '/media/usb/juarez.plenaria');
    await user.click(screen.getByTestId('backups-to-submit'));
    expect(fake.callsTo('backups', 'backupTo').map((c) => c.args)).toEqual([{ path: '/media/usb/juarez.plenaria' }]);
    expect((await screen.findByTestId('backups-notice')).textContent).toBe('Respaldo cifrado escrito en /media/usb/juarez.plenaria.');
    expect((screen.getByTestId('backups-to-path') as HTMLInputElement).value).toBe('');
    await user.type(screen.getByTestId('backups-to-path'), '/media/usb/juarez.plenaria');
    await user.click(screen.getByTestId('backups-to-submit'));
    expect((await screen.findByTestId('error-message')).textContent).toBeTruthy();
    expect(screen.queryByTestId('backups-notice')).toBeNull();
    expect((screen.getByTestId('backups-to-path') as HTMLInputElement).value).toBe('/media/usb/juarez.plenaria');
  });

  it('restores only after a preview read with the passphrase, and says where the old file went', async () => {
    const old = backup('2026-03-01T18:00:00.000Z', 'auto', 'una frase anterior del respaldo');
    const { fake, user } = await openBackups([old]);
    await user.click(await screen.findByTestId('backup-choose'));
    expect((screen.getByTestId('restore-path') as HTMLInputElement).value).toBe(old.path);
    expect(screen.queryByTestId('restore-confirm')).toBeNull();

    await user.type(screen.getByTestId('restore-passphrase'), 'no es la frase');
    await user.click(screen.getByTestId('restore-preview'));
    expect(await screen.findByTestId('error-message')).toBeTruthy();
    expect(screen.queryByTestId('backup-preview')).toBeNull();
    expect(screen.queryByTestId('restore-confirm')).toBeNull();

    await user.clear(screen.getByTestId('restore-passphrase'));
    await user.type(screen.getByTestId('restore-passphrase'), 'una frase anterior del respaldo');
    await user.click(screen.getByTestId('restore-preview'));
    const preview = await screen.findByTestId('backup-preview');
    expect(within(preview).getByTestId('backup-preview-mesa').textContent).toBe(JUAREZ.name);
    expect(within(preview).getByTestId('backup-preview-counts').textContent).toBe('42 personas, 12 sesiones, 57 acuerdos');
    expect(fake.callsTo('backups', 'restore')).toHaveLength(0);

    await user.click(screen.getByTestId('restore-confirm'));
    expect(fake.callsTo('backups', 'restore').map((c) => c.args)).toEqual([{ path: old.path, passphrase: 'una frase anterior del respaldo' }]);
    expect((await screen.findByTestId('backups-notice')).textContent).toMatch(/^Respaldo restaurado\. El archivo anterior se guardó en .*-prerestore\.plenaria\.$/);
    expect((screen.getByTestId('restore-passphrase') as HTMLInputElement).value).toBe('');
    expect(screen.getAllByTestId('backup-row').map((r) => r.textContent)).toContainEqual(expect.stringContaining('Copia previa a una restauración'));
  });

  it('changing the path after a preview drops it', async () => {
    const b = backup('2026-03-01T18:00:00.000Z', 'manual');
    const { user } = await openBackups([b]);
    await user.type(screen.getByTestId('restore-path'), b.path);
    await user.type(screen.getByTestId('restore-passphrase'), JUAREZ_PASSPHRASE);
    await user.click(screen.getByTestId('restore-preview'));
    await screen.findByTestId('backup-preview');
    await user.type(screen.getByTestId('restore-path'), 'x');
    expect(screen.queryByTestId('backup-preview')).toBeNull();
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
  });
});
