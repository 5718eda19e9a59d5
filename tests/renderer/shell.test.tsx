import { fireEvent, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/renderer/console/App.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

async function openShell(language: 'es' | 'en' = 'es') {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    language,
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('app-shell');
  return { fake, user: userEvent.setup() };
}

describe('shell', () => {
  it('shows the Mesa and its counts on the summary', async () => {
    await openShell();
    expect((await screen.findByTestId('mesa-name')).textContent).toBe(JUAREZ.name);
    expect(screen.getByText('Juárez')).toBeTruthy();
    expect(screen.getByText('1,512,450 habitantes')).toBeTruthy();
    expect(screen.getByTestId('count-people').textContent).toBe('7Personas');
    expect(screen.getByTestId('count-agreements').textContent).toBe('11Acuerdos');
  });

  it('navigates between sections, marking the current one', async () => {
    const { user } = await openShell();
    const nav = ['resumen', 'miembros', 'comites', 'sesiones', 'acuerdos', 'indicadores'];
    for (const section of nav) expect(screen.getByTestId(`nav-${section}`)).toBeTruthy();
    expect(screen.getByTestId('nav-resumen').getAttribute('aria-current')).toBe('page');

    await user.click(screen.getByTestId('nav-indicadores'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Indicadores');
    expect(screen.getByTestId('section-indicadores')).toBeTruthy();
    await user.click(screen.getByTestId('nav-acuerdos'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acuerdos');
    expect(screen.getByTestId('nav-acuerdos').getAttribute('aria-current')).toBe('page');
    expect(screen.getByTestId('nav-resumen').getAttribute('aria-current')).toBeNull();
  });

  it('locks with Ctrl+L, from anywhere in the window', async () => {
    const { fake } = await openShell();
    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true });
    await screen.findByTestId('unlock-screen');
    expect(fake.callsTo('workspace', 'lock')).toHaveLength(1);
  });

  it('locks with Cmd+L too, and ignores a plain L', async () => {
    const { fake } = await openShell();
    fireEvent.keyDown(document.body, { key: 'l' });
    expect(fake.callsTo('workspace', 'lock')).toHaveLength(0);
    fireEvent.keyDown(document.body, { key: 'L', metaKey: true });
    await screen.findByTestId('unlock-screen');
    expect(fake.callsTo('workspace', 'lock')).toHaveLength(1);
  });

  it('switching language changes the visible text and saves the choice', async () => {
    const { fake, user } = await openShell();
    expect(screen.getByTestId('lock-button').textContent).toBe('Bloquear');
    expect(screen.getByTestId('nav-miembros').textContent).toBe('Miembros');

    await user.selectOptions(screen.getByTestId('language-switch'), 'en');
    expect(screen.getByTestId('lock-button').textContent).toBe('Lock');
    expect(screen.getByTestId('nav-miembros').textContent).toBe('Members');
    expect(screen.getByText('1,512,450 inhabitants')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(fake.callsTo('preferences', 'set').map((c) => c.args)).toEqual([{ language: 'en' }]);
  });

  it('starts in the saved language', async () => {
    await openShell('en');
    expect(screen.getByTestId('lock-button').textContent).toBe('Lock');
    expect((screen.getByTestId('language-switch') as HTMLSelectElement).value).toBe('en');
  });

  it('forgets the workspace information once locked', async () => {
    const { user } = await openShell();
    await screen.findByTestId('mesa-name');
    await user.click(screen.getByTestId('lock-button'));
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByText(JUAREZ.name)).toBeNull();
  });
});
