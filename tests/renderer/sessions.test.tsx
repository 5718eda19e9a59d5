import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { argsOf } from './support/openSection.js';
import { openSessions, sessionRow } from './support/openSessions.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const warningTexts = () => screen.getAllByTestId('convocation-warning').map((w) => w.textContent);

describe('sessions', () => {
  it('translates each convocation warning with its numbers, dates and session title', async () => {
    await openSessions();
    expect(warningTexts()).toEqual([
      'Falta enviar la orden del día de la Sesión plenaria ordinaria 1/2026: la sesión es en 3 días y debe enviarse al menos 3 días antes.',
      'No hay una próxima plenaria programada: la última fue el 10 dic 2025; la siguiente debe celebrarse a más tardar el 10 mar 2026 (al menos cada 90 días).',
      'El comité Prevención del delito no tiene ninguna reunión registrada; los comités se reúnen cada mes.',
    ]);
    const box = screen.getByTestId('convocation-warnings');
    expect(box.compareDocumentPosition(screen.getByTestId('sessions-table')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('writes the warnings in English too', async () => {
    await openSessions(undefined, 'en');
    expect(warningTexts()[0]).toBe(
      'The agenda of the Ordinary plenary session 1/2026 has not been sent: the session is in 3 days and it must be sent at least 3 days before.',
    );
    expect(warningTexts()[1]).toContain('the last one was on Dec 10, 2025; the next must be held by Mar 10, 2026');
  });

  it('lists the sessions latest first with title, date and time, place and status', async () => {
    await openSessions();
    const rows = screen.getAllByTestId('session-row').map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['17 mar 2026, 17:00', 'Sala de Cabildo', 'Borrador'],
      ['10 dic 2025, 17:00', 'Sala de Cabildo', 'Cerrada'],
    ]);
    expect(within(sessionRow('1/2026')).getByRole('button').textContent).toBe('Sesión plenaria ordinaria 1/2026');
    expect(within(sessionRow('6/2025')).getByRole('button').textContent).toBe('Sesión plenaria ordinaria 6/2025');
  });

  it('creates a plenary with an automatic number and opens its agenda', async () => {
    const { fake, user } = await openSessions();
    await user.click(screen.getByTestId('session-new'));
    await user.click(screen.getByTestId('session-save'));
    expect(fake.callsTo('sessions', 'create')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba la fecha y la hora de inicio.');

    await user.selectOptions(screen.getByTestId('session-plenary-type'), 'Extraordinaria');
    fireEvent.change(screen.getByTestId('session-date'), { target: { value: '2026-04-20T18:30' } });
    await user.type(screen.getByTestId('session-place'), 'Auditorio municipal');
    await user.click(screen.getByTestId('session-save'));
    expect(argsOf(fake, 'sessions', 'create')).toEqual([
      {
        kind: 'plenary',
        plenaryType: 'extraordinary',
        scheduledAt: '2026-04-20T18:30',
        place: 'Auditorio municipal',
        committeeId: null,
        preparesSessionId: null,
        number: null,
      },
    ]);
    await screen.findByTestId('agenda-screen');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Sesión plenaria extraordinaria 2/2026');
  });

  it('creates a citizen meeting for a plenary in preparation and a committee meeting for a committee', async () => {
    const { fake, user } = await openSessions();
    await user.click(screen.getByTestId('session-new'));
    await user.selectOptions(screen.getByTestId('session-kind'), 'Reunión ciudadana');
    expect(screen.queryByTestId('session-plenary-type')).toBeNull();
    const plenaries = within(screen.getByTestId('session-prepares')).getAllByRole('option').map((o) => o.textContent);
    expect(plenaries).toEqual(['— Elija —', 'Sesión plenaria ordinaria 1/2026 · 17 mar 2026, 17:00']);
    fireEvent.change(screen.getByTestId('session-date'), { target: { value: '2026-03-12T18:00' } });
    await user.click(screen.getByTestId('session-save'));
    expect(screen.getByTestId('error-message').textContent).toBe('Elija la plenaria que prepara esta reunión ciudadana.');
    await user.selectOptions(screen.getByTestId('session-prepares'), plenaries[1]!);
    await user.click(screen.getByTestId('session-save'));
    expect(argsOf(fake, 'sessions', 'create')).toEqual([
      { kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2026-03-12T18:00', place: null, committeeId: null, preparesSessionId: 2, number: null },
    ]);
    expect(await screen.findByTestId('citizen-only-banner')).toBeTruthy();

    await user.click(screen.getByTestId('session-back'));
    await user.click(await screen.findByTestId('session-new'));
    await user.selectOptions(screen.getByTestId('session-kind'), 'Reunión de comité');
    await user.selectOptions(screen.getByTestId('session-committee'), 'Prevención del delito');
    fireEvent.change(screen.getByTestId('session-date'), { target: { value: '2026-03-20T10:00' } });
    await user.click(screen.getByTestId('session-save'));
    expect(argsOf(fake, 'sessions', 'create')[1]).toEqual({
      kind: 'committee_meeting',
      plenaryType: null,
      scheduledAt: '2026-03-20T10:00',
      place: null,
      committeeId: 1,
      preparesSessionId: null,
      number: null,
    });
    await screen.findByTestId('agenda-screen');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Reunión del Prevención del delito 1/2026');
  });
});
