import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntryDto } from '../../src/shared/ipc/contract.js';
import { App } from '../../src/renderer/console/App.js';
import { useWorkspaceStore } from '../../src/renderer/console/features/workspace/store/workspaceStore.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH, type FakeBridge, type FakeOptions } from './support/fakeBridge.js';
import { SAMPLE_PEOPLE } from './support/fakeMesa.js';
import { argsOf } from './support/openSection.js';
import { sessionRow } from './support/openSessions.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const SESSIONS: FakeOptions['sessions'] = {
  sessions: [
    { kind: 'plenary', plenaryType: 'ordinary', number: 6, scheduledAt: '2025-12-10T17:00', place: 'Sala de Cabildo', status: 'closed', convocationSentOn: '2025-12-01' },
    { kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-03-17T17:00', place: 'Sala de Cabildo', status: 'convened', convocationSentOn: '2026-03-10' },
  ],
};

async function openConsole(options: Partial<FakeOptions> = {}, prepare?: (fake: FakeBridge) => void) {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    mesa: { today: '2026-03-17', people: SAMPLE_PEOPLE },
    sessions: SESSIONS,
    ...options,
  });
  prepare?.(fake);
  installBridge(fake);
  render(<App />);
  await screen.findByTestId(options.unlocked === false ? 'unlock-screen' : 'app-shell');
  return { fake, user: userEvent.setup() };
}

async function unlockWith(user: ReturnType<typeof userEvent.setup>, passphrase: string) {
  const field = await screen.findByTestId('unlock-passphrase');
  await user.clear(field);
  await user.type(field, passphrase);
  await user.click(screen.getByTestId('unlock-submit'));
}

describe('lock and back to the same place', () => {
  it('Ctrl+L inside an agenda, then unlocking, shows the same agenda (and the content was read again)', async () => {
    const { fake, user } = await openConsole();
    await user.click(screen.getByTestId('nav-sesiones'));
    await screen.findAllByTestId('session-row');
    await user.click(within(sessionRow('1/2026')).getByRole('button'));
    await screen.findByTestId('agenda-screen');
    const agendaReads = fake.callsTo('agenda', 'get').length;

    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true });
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByTestId('agenda-screen')).toBeNull();
    expect(screen.queryByText(JUAREZ.name)).toBeNull();

    await unlockWith(user, JUAREZ_PASSPHRASE);
    await screen.findByTestId('agenda-screen');
    expect(screen.getByTestId('nav-sesiones').getAttribute('aria-current')).toBe('page');
    // The passphrase went to main and stayed nowhere in the console's stores or page.
    expect(JSON.stringify(useWorkspaceStore.getState())).not.toContain(JUAREZ_PASSPHRASE);
    expect(document.body.innerHTML).not.toContain(JUAREZ_PASSPHRASE);
    expect(screen.queryByTestId('section-resumen')).toBeNull();
    expect(fake.callsTo('agenda', 'get').length).toBeGreaterThan(agendaReads);
  });

  it('a lock decided by main (idle, suspend) keeps the section and tab too', async () => {
    const { fake, user } = await openConsole();
    await user.click(screen.getByTestId('nav-miembros'));
    await user.click(await screen.findByTestId('tab-cargos'));
    expect(screen.getByTestId('tab-cargos').getAttribute('aria-selected')).toBe('true');

    await act(async () => {
      await fake.bridge.api.workspace.lock();
    });
    await screen.findByTestId('unlock-screen');
    await unlockWith(user, JUAREZ_PASSPHRASE);
    await screen.findByTestId('section-miembros');
    expect(screen.getByTestId('tab-cargos').getAttribute('aria-selected')).toBe('true');
  });

  it('closing the file instead forgets the place: the next opening starts at the summary', async () => {
    const { user } = await openConsole({ recent: [JUAREZ_PATH] });
    await user.click(screen.getByTestId('nav-miembros'));
    await user.click(screen.getByTestId('lock-button'));
    await screen.findByTestId('unlock-screen');
    await user.click(screen.getByText('Usar otro archivo'));
    await user.click(await screen.findByText('juarez.plenaria'));
    await unlockWith(user, JUAREZ_PASSPHRASE);
    await screen.findByTestId('section-resumen');
  });

  it('a live session: locked from the live console, unlocked straight back into it at the same item', async () => {
    const { fake, user } = await openConsole({}, (f) => {
      f.live.start(2);
      const goTo = f.live.handlers.live.goTo({ sessionId: 2, itemId: 11 });
      if (!goTo.ok) throw new Error(goTo.error.message);
    });
    await screen.findByTestId('live-console');
    // Item 11 is the third of the plenary's agenda (items 9–16).
    expect((await screen.findByTestId('live-item-3')).getAttribute('aria-current')).toBe('step');

    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true });
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByTestId('live-console')).toBeNull();
    expect(fake.callsTo('workspace', 'lock')).toHaveLength(1);

    await unlockWith(user, JUAREZ_PASSPHRASE);
    await screen.findByTestId('live-console');
    expect((await screen.findByTestId('live-item-3')).getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('live-item-1').getAttribute('data-state')).toBe('done');
  });
});

describe('idle lock', () => {
  it('reports input to main, at most once per 15 s, and never while locked', async () => {
    const { fake } = await openConsole();
    const before = fake.callsTo('workspace', 'activity').length;
    fireEvent.keyDown(document.body, { key: 'a' });
    fireEvent.pointerDown(document.body);
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(fake.callsTo('workspace', 'activity').length - before).toBeLessThanOrEqual(1);
    expect(fake.callsTo('workspace', 'activity').length).toBeGreaterThanOrEqual(1);
  });

  it('the idle time is a setting of the summary, checked before it is saved', async () => {
    const { fake, user } = await openConsole({ idleLockMinutes: 10 });
    const field = (await screen.findByTestId('idle-lock-minutes')) as HTMLInputElement;
    expect(field.value).toBe('10');
    await user.clear(field);
    await user.type(field, '0');
    await user.click(screen.getByTestId('idle-lock-save'));
    expect(screen.getByText('Escriba un número entero de minutos entre 1 y 240.')).toBeTruthy();
    expect(argsOf(fake, 'preferences', 'set')).toEqual([]);

    await user.clear(field);
    await user.type(field, '5');
    await user.click(screen.getByTestId('idle-lock-save'));
    expect((await screen.findByTestId('idle-lock-saved')).textContent).toBe('Guardado: se bloqueará tras 5 minutos sin uso.');
    expect(argsOf(fake, 'preferences', 'set')).toEqual([{ idleLockMinutes: 5 }]);
  });
});

describe('unlock back-off', () => {
  it('after the third wrong passphrase the unlock screen counts down, then lets the right one in', async () => {
    const { fake, user } = await openConsole({ unlocked: false });
    await screen.findByTestId('unlock-screen');
    for (let i = 0; i < 3; i++) {
      await unlockWith(user, 'no es la frase');
      await waitFor(() => expect(fake.callsTo('workspace', 'unlockDelay').length).toBeGreaterThan(i + 1));
    }
    expect((await screen.findByTestId('unlock-wait')).textContent).toBe('Demasiados intentos con una frase incorrecta. Podrá intentarlo de nuevo en 2 s.');
    expect((screen.getByTestId('unlock-submit') as HTMLButtonElement).disabled).toBe(true);
    const attempts = fake.callsTo('workspace', 'unlock').length;

    await waitFor(() => expect((screen.getByTestId('unlock-submit') as HTMLButtonElement).disabled).toBe(false), { timeout: 3500 });
    expect(screen.queryByTestId('unlock-wait')).toBeNull();
    await unlockWith(user, JUAREZ_PASSPHRASE);
    await screen.findByTestId('app-shell');
    expect(fake.callsTo('workspace', 'unlock').length).toBe(attempts + 1);
  });

  it('a wait left from before a restart shows as soon as the unlock screen opens', async () => {
    await openConsole({ unlocked: false, security: { failures: { [JUAREZ_PATH]: 5 } } });
    expect((await screen.findByTestId('unlock-wait')).textContent).toContain('8 s');
    expect((screen.getByTestId('unlock-submit') as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('audit log screen', () => {
  const entries: AuditEntryDto[] = Array.from({ length: 30 }, (_, i) => ({
    id: i + 1,
    at: `2026-03-${String(1 + (i % 15)).padStart(2, '0')}T16:00:00.000Z`,
    actor: i === 0 ? 'migration' : 'app',
    action: i % 3 === 2 ? 'update' : 'insert',
    entity: i % 2 === 0 ? 'people' : 'sessions',
    entityId: i + 1,
  }));

  it('lists the newest entries first, in pages, and filters by table, change and dates', async () => {
    const { fake, user } = await openConsole({ security: { audit: entries } });
    const log = await screen.findByTestId('audit-log');
    await waitFor(() => expect(within(log).getAllByTestId('audit-row')).toHaveLength(25));
    expect(within(log).getByTestId('audit-count').textContent).toBe('30 entradas');
    expect(within(log).getAllByTestId('audit-row')[0]!.textContent).toContain('Sesiones #30');
    expect(within(log).getByTestId('audit-page').textContent).toBe('Página 1 de 2');

    await user.click(within(log).getByTestId('audit-next'));
    await waitFor(() => expect(within(log).getAllByTestId('audit-row')).toHaveLength(5));
    expect(within(log).getByTestId('audit-page').textContent).toBe('Página 2 de 2');

    await user.selectOptions(within(log).getByTestId('audit-entity'), 'people');
    await user.selectOptions(within(log).getByTestId('audit-action'), 'update');
    fireEvent.change(within(log).getByTestId('audit-from'), { target: { value: '2026-03-05' } });
    await waitFor(() => expect(within(log).getByTestId('audit-count').textContent).toBe('4 entradas'));
    expect(within(log).getAllByTestId('audit-row').map((r) => r.textContent)).toEqual([
      expect.stringContaining('Personas #27'),
      expect.stringContaining('Personas #21'),
      expect.stringContaining('Personas #15'),
      expect.stringContaining('Personas #9'),
    ]);
    expect(argsOf(fake, 'audit', 'list').at(-1)).toEqual({ entity: 'people', action: 'update', from: '2026-03-05', page: 0, pageSize: 25 });
    expect(within(log).getAllByTestId('audit-row')[0]!.textContent).toContain('Modificación');
  });

  it('verify names the first broken entry', async () => {
    await openConsole({
      security: {
        verify: {
          ok: false,
          integrity: [],
          foreignKeys: [],
          audit: {
            ok: false,
            entries: 40,
            problems: ['registro de auditoría: la entrada 12 fue alterada'],
            firstBroken: { id: 12, position: 12, reason: 'altered', message: 'registro de auditoría: la entrada 12 fue alterada' },
          },
        },
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('verify-run'));
    expect((await screen.findByTestId('verify-first-broken')).textContent).toBe(
      'Primera entrada rota: n.º 12 (posición 12 del registro): su contenido fue alterado.',
    );
  });

  it('forgets the log once locked', async () => {
    const { user } = await openConsole({ security: { audit: entries } });
    await screen.findAllByTestId('audit-row');
    await user.click(screen.getByTestId('lock-button'));
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByTestId('audit-row')).toBeNull();
    const { useSecurityStore } = await import('../../src/renderer/console/features/security/store/securityStore.js');
    expect(useSecurityStore.getState().entries).toEqual([]);
  });
});
