import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/console/App.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH, type FakeOptions } from './support/fakeBridge.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const juarezFile = { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } };

function start(options: FakeOptions = {}) {
  const fake = createFakeBridge(options);
  installBridge(fake);
  render(<App />);
  return { fake, user: userEvent.setup() };
}

describe('welcome', () => {
  it('offers create, open and the recent files; a recent file leads to its unlock screen', async () => {
    const { user } = start({ files: juarezFile, recent: [JUAREZ_PATH] });
    const welcome = await screen.findByTestId('welcome');
    expect(within(welcome).getByRole('heading', { level: 1 }).textContent).toBe('Plenaria');
    expect(screen.getByTestId('create-workspace').textContent).toBe('Crear un espacio de trabajo');
    expect(screen.getByTestId('open-workspace').textContent).toBe('Abrir un archivo existente');

    const recent = screen.getAllByTestId('recent-file');
    expect(recent).toHaveLength(1);
    expect(recent[0]!.textContent).toContain('juarez.plenaria');
    await user.click(recent[0]!);

    const unlock = await screen.findByTestId('unlock-screen');
    expect(unlock.textContent).toContain('juarez.plenaria');
    expect(document.activeElement).toBe(screen.getByTestId('unlock-passphrase'));
  });

  it('says so when there are no recent files', async () => {
    start();
    await screen.findByTestId('welcome');
    expect(screen.queryAllByTestId('recent-file')).toHaveLength(0);
    expect(screen.getByText('Todavía no ha abierto ningún archivo en esta computadora.')).toBeTruthy();
  });
});

describe('create', () => {
  async function openCreate(options: FakeOptions = {}) {
    const started = start(options);
    await started.user.click(await screen.findByTestId('create-workspace'));
    return started;
  }

  async function fillMesa(user: ReturnType<typeof userEvent.setup>) {
    await user.type(screen.getByTestId('create-name'), 'Mesa Norte');
    await user.type(screen.getByTestId('create-municipality'), 'Juárez');
    await user.type(screen.getByTestId('create-population'), '1,512,450');
  }

  it('pre-fills the path from main\'s suggestion, and keeps a path the person typed', async () => {
    const { user } = await openCreate();
    const path = screen.getByTestId('create-path') as HTMLInputElement;
    await user.type(screen.getByTestId('create-name'), 'Mesa Norte');
    await expect.poll(() => path.value).toBe('/home/secretaria/Documentos/Mesa Norte.plenaria');

    await user.clear(path);
    await user.type(path, '/tmp/otra.plenaria');
    await user.type(screen.getByTestId('create-name'), ' Sur');
    expect(path.value).toBe('/tmp/otra.plenaria');
  });

  it('refuses a short passphrase without calling main', async () => {
    const { fake, user } = await openCreate();
    await fillMesa(user);
    await user.type(screen.getByTestId('create-passphrase'), 'corta');
    await user.tab();
    // Shown as soon as the field is left, before any submit.
    expect(screen.getByText('La frase de acceso debe tener al menos 12 caracteres.')).toBeTruthy();
    await user.type(screen.getByTestId('create-passphrase-confirm'), 'corta');
    await user.click(screen.getByTestId('create-submit'));

    expect(screen.getByTestId('error-message').textContent).toBe('La frase de acceso debe tener al menos 12 caracteres.');
    expect(screen.getByRole('alert')).toBe(screen.getByTestId('error-message'));
    expect(fake.callsTo('workspace', 'create')).toHaveLength(0);
    expect(screen.getByTestId('create-passphrase').getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a mismatch while typing and refuses it without calling main', async () => {
    const { fake, user } = await openCreate();
    await fillMesa(user);
    await user.type(screen.getByTestId('create-passphrase'), JUAREZ_PASSPHRASE);
    await user.type(screen.getByTestId('create-passphrase-confirm'), 'caballo rojo');
    expect(screen.getByText('Las dos frases de acceso no coinciden.')).toBeTruthy();
    expect(screen.queryByTestId('error-message')).toBeNull();

    await user.click(screen.getByTestId('create-submit'));
    expect(screen.getByTestId('error-message').textContent).toBe('Las dos frases de acceso no coinciden.');
    expect(fake.callsTo('workspace', 'create')).toHaveLength(0);
  });

  it('names missing fields and a population that is not a whole number', async () => {
    const { fake, user } = await openCreate();
    await user.type(screen.getByTestId('create-population'), '12.5');
    await user.click(screen.getByTestId('create-submit'));
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba el nombre de la Mesa.');
    expect(screen.getByText('La población debe ser un número entero mayor que cero.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByTestId('create-name'));
    expect(fake.callsTo('workspace', 'create')).toHaveLength(0);
  });

  it('creates the workspace and opens the shell on its summary', async () => {
    const { fake, user } = await openCreate();
    await fillMesa(user);
    await user.type(screen.getByTestId('create-passphrase'), JUAREZ_PASSPHRASE);
    await user.type(screen.getByTestId('create-passphrase-confirm'), JUAREZ_PASSPHRASE);
    await user.click(screen.getByTestId('create-submit'));

    expect((await screen.findByTestId('mesa-name')).textContent).toBe('Mesa Norte');
    expect(screen.getByTestId('app-shell')).toBeTruthy();
    expect(fake.callsTo('workspace', 'create').map((c) => c.args)).toEqual([
      {
        name: 'Mesa Norte',
        municipality: 'Juárez',
        population: 1_512_450,
        path: '/home/secretaria/Documentos/Mesa Norte.plenaria',
        passphrase: JUAREZ_PASSPHRASE,
      },
    ]);
  });

  it('shows main\'s refusal as a translated sentence', async () => {
    const { user } = await openCreate({ files: juarezFile });
    await fillMesa(user);
    await user.clear(screen.getByTestId('create-path'));
    await user.type(screen.getByTestId('create-path'), JUAREZ_PATH);
    await user.type(screen.getByTestId('create-passphrase'), JUAREZ_PASSPHRASE);
    await user.type(screen.getByTestId('create-passphrase-confirm'), JUAREZ_PASSPHRASE);
    await user.click(screen.getByTestId('create-submit'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'Ya existe un archivo en esa ruta. Elija otro nombre o abra el archivo existente.',
    );
  });
});

describe('open and unlock', () => {
  it('takes a typed path to the unlock screen of that file', async () => {
    const { user } = start({ files: juarezFile });
    await user.click(await screen.findByTestId('open-workspace'));
    await user.click(screen.getByTestId('open-submit'));
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba la ruta del archivo.');

    await user.type(screen.getByTestId('open-path'), JUAREZ_PATH);
    await user.click(screen.getByTestId('open-submit'));
    expect((await screen.findByTestId('unlock-screen')).textContent).toContain('juarez.plenaria');
  });

  it('locks an open workspace, refuses a wrong passphrase with a translated error, then unlocks', async () => {
    const { fake, user } = start({ files: juarezFile, selected: JUAREZ_PATH, unlocked: true });
    await user.click(await screen.findByTestId('lock-button'));
    expect(fake.callsTo('workspace', 'lock')).toHaveLength(1);

    await screen.findByTestId('unlock-screen');
    const passphrase = screen.getByTestId('unlock-passphrase') as HTMLInputElement;
    expect(document.activeElement).toBe(passphrase);
    await user.type(passphrase, 'no es la frase correcta');
    await user.click(screen.getByTestId('unlock-submit'));

    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-testid')).toBe('error-message');
    expect(alert.textContent).toBe(
      'La frase de acceso no es correcta. Revise mayúsculas, acentos y espacios, e intente de nuevo.',
    );
    // The wrong passphrase is selected so that typing replaces it.
    expect(document.activeElement).toBe(passphrase);
    expect(passphrase.selectionStart).toBe(0);
    expect(passphrase.selectionEnd).toBe(passphrase.value.length);

    // Typed straight into the focused field, as a person would: it replaces the selection.
    await user.keyboard(JUAREZ_PASSPHRASE);
    await user.click(screen.getByTestId('unlock-submit'));
    expect((await screen.findByTestId('mesa-name')).textContent).toBe(JUAREZ.name);
    expect(fake.callsTo('workspace', 'unlock').map((c) => c.args)).toEqual([
      { path: JUAREZ_PATH, passphrase: 'no es la frase correcta' },
      { path: JUAREZ_PATH, passphrase: JUAREZ_PASSPHRASE },
    ]);
  });

  it('disables the submit button while unlocking', async () => {
    const fake = createFakeBridge({ files: juarezFile, selected: JUAREZ_PATH });
    let release: () => void = () => {};
    const original = fake.bridge.api.workspace.unlock;
    fake.bridge.api.workspace.unlock = async (args) => {
      await new Promise<void>((resolve) => (release = resolve));
      return original(args);
    };
    installBridge(fake);
    render(<App />);
    const user = userEvent.setup();
    await user.type(await screen.findByTestId('unlock-passphrase'), JUAREZ_PASSPHRASE);
    await user.click(screen.getByTestId('unlock-submit'));

    const submit = screen.getByTestId('unlock-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(submit.textContent).toBe('Desbloqueando…');
    release();
    await screen.findByTestId('app-shell');
  });

  it('"use another file" goes back to the welcome screen', async () => {
    const { fake, user } = start({ files: juarezFile, selected: JUAREZ_PATH });
    await screen.findByTestId('unlock-screen');
    await user.click(screen.getByRole('button', { name: 'Usar otro archivo' }));
    await screen.findByTestId('welcome');
    expect(fake.callsTo('workspace', 'close')).toHaveLength(1);
  });
});
