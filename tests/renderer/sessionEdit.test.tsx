import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { argsOf } from './support/openSection.js';
import { openSessions, SESSIONS, sessionRow } from './support/openSessions.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const times = () => screen.getAllByTestId('agenda-item').map((i) => within(i).getByTestId('agenda-item-time').textContent);
const dateInput = () => screen.getByTestId('session-edit-date') as HTMLInputElement;
const placeInput = () => screen.getByTestId('session-edit-place') as HTMLInputElement;

/** The next plenary (id 2, draft, 17:00 at Sala de Cabildo) open on its agenda. */
async function openPlenary(sessions = SESSIONS) {
  const started = await openSessions(sessions);
  await started.user.click(within(sessionRow('1/2026')).getByRole('button'));
  await screen.findAllByTestId('agenda-item');
  return started;
}

describe('editing a session’s date and place', () => {
  it('sends the new start and place, and the agenda’s clock times follow the new start', async () => {
    const { fake, user } = await openPlenary();
    expect(times()[0]).toBe('17:00–17:10');
    await user.click(screen.getByTestId('session-edit'));
    expect(dateInput().value).toBe('2026-03-17T17:00');
    expect(placeInput().value).toBe('Sala de Cabildo');

    fireEvent.change(dateInput(), { target: { value: '' } });
    await user.click(screen.getByTestId('session-edit-save'));
    expect(fake.callsTo('sessions', 'update')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba la fecha y la hora de inicio.');
    expect(document.activeElement).toBe(dateInput());

    fireEvent.change(dateInput(), { target: { value: '2026-03-18T18:30' } });
    await user.clear(placeInput());
    await user.type(placeInput(), '  Auditorio municipal ');
    await user.click(screen.getByTestId('session-edit-save'));
    expect(argsOf(fake, 'sessions', 'update')).toEqual([{ id: 2, scheduledAt: '2026-03-18T18:30', place: 'Auditorio municipal' }]);

    await screen.findByTestId('session-edit');
    expect(screen.queryByTestId('session-edit-form')).toBeNull();
    expect(screen.queryByTestId('error-message')).toBeNull();
    expect(times()[0]).toBe('18:30–18:40');
    expect(times().at(-1)).toBe('21:05–21:10');
    expect(screen.getByTestId('agenda-estimated-end').textContent).toBe('Inicia 18:30 · 160 min en total · termina aprox. a las 21:10');
    expect(screen.getByTestId('agenda-screen').querySelector('.facts-list')!.textContent).toContain('18 mar 2026, 18:30');
    expect(screen.getByTestId('agenda-screen').querySelector('.facts-list')!.textContent).toContain('Auditorio municipal');
  });

  it('sends an emptied place as none, and a cancel sends nothing', async () => {
    const { fake, user } = await openPlenary();
    await user.click(screen.getByTestId('session-edit'));
    await user.clear(placeInput());
    await user.click(screen.getByTestId('session-edit-cancel'));
    expect(fake.callsTo('sessions', 'update')).toHaveLength(0);
    expect(screen.getByTestId('agenda-screen').querySelector('.facts-list')!.textContent).toContain('Sala de Cabildo');

    await user.click(screen.getByTestId('session-edit'));
    await user.clear(placeInput());
    await user.click(screen.getByTestId('session-edit-save'));
    expect(argsOf(fake, 'sessions', 'update')).toEqual([{ id: 2, scheduledAt: '2026-03-17T17:00', place: null }]);
    await screen.findByTestId('session-edit');
  });

  it('shows main’s refusal and keeps the form open', async () => {
    const { fake, user } = await openPlenary();
    await user.click(screen.getByTestId('session-edit'));
    // Someone started the session meanwhile: main refuses the change.
    fake.sessions.sessions.get(2)!.status = 'live';
    fireEvent.change(dateInput(), { target: { value: '2026-03-18T18:30' } });
    await user.click(screen.getByTestId('session-edit-save'));
    const alert = await screen.findByTestId('error-message');
    expect(alert.textContent).toBe('La sesión ya empezó; su fecha y lugar no cambian.');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByTestId('session-edit-form')).toBeTruthy();
  });

  it('is offered for a convened session but not once it is live', async () => {
    const live = { ...SESSIONS, sessions: SESSIONS.sessions!.map((s, i) => (i === 1 ? { ...s, status: 'live' as const } : s)) };
    await openPlenary(live);
    expect(screen.queryByTestId('session-edit')).toBeNull();
    expect(screen.queryByTestId('session-edit-form')).toBeNull();
    resetRenderer();

    const convened = { ...SESSIONS, sessions: SESSIONS.sessions!.map((s, i) => (i === 1 ? { ...s, status: 'convened' as const } : s)) };
    await openPlenary(convened);
    expect(screen.getByTestId('session-edit')).toBeTruthy();
  });

  it('changes a citizen meeting’s date and place from its own screen', async () => {
    const { fake, user } = await openSessions({
      ...SESSIONS,
      sessions: [...SESSIONS.sessions!, { kind: 'citizen_meeting', scheduledAt: '2026-03-12T18:00', place: 'Casa ciudadana', preparesSessionId: 2 }],
    });
    await user.click(within(sessionRow('Reunión ciudadana')).getByRole('button'));
    await screen.findAllByTestId('prep-note');
    await user.click(screen.getByTestId('session-edit'));
    expect(dateInput().value).toBe('2026-03-12T18:00');
    fireEvent.change(dateInput(), { target: { value: '2026-03-13T10:00' } });
    await user.clear(placeInput());
    await user.type(placeInput(), 'Biblioteca pública');
    await user.click(screen.getByTestId('session-edit-save'));
    expect(argsOf(fake, 'sessions', 'update')).toEqual([{ id: 3, scheduledAt: '2026-03-13T10:00', place: 'Biblioteca pública' }]);
    await screen.findByTestId('session-edit');
    const header = screen.getByTestId('citizen-meeting').querySelector('.facts-list')!;
    expect(header.textContent).toContain('13 mar 2026, 10:00');
    expect(header.textContent).toContain('Biblioteca pública');
  });
});
