import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { LiveDraftDto } from '../../src/shared/ipc/contract.js';
import { App } from '../../src/renderer/console/App.js';
import { useLiveStore } from '../../src/renderer/console/features/live/store/liveStore.js';
import { useLanguageStore } from '../../src/renderer/i18n/languageStore.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH, type FakeBridge } from './support/fakeBridge.js';
import { SAMPLE_PEOPLE, type MesaSeed } from './support/fakeMesa.js';
import type { SessionsSeed } from './support/fakeSessions.js';
import { argsOf } from './support/openSection.js';
import { sessionRow } from './support/openSessions.js';
import { installBridge, resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

const MESA: MesaSeed = {
  today: '2026-03-17',
  people: SAMPLE_PEOPLE,
  committees: [{ name: 'Prevención del delito', createdOn: '2025-01-15', coordinatorId: 4 }],
};

/** An earlier closed plenary (id 1, items 1–8), today's, convened (id 2, items 9–16), and a committee meeting with no agenda. */
const SESSIONS: SessionsSeed = {
  sessions: [
    { kind: 'plenary', plenaryType: 'ordinary', number: 6, scheduledAt: '2025-12-10T17:00', place: 'Sala de Cabildo', status: 'closed', convocationSentOn: '2025-12-01' },
    { kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-03-17T17:00', place: 'Sala de Cabildo', status: 'convened', convocationSentOn: '2026-03-10' },
    { kind: 'committee_meeting', committeeId: 1, number: 4, scheduledAt: '2026-03-20T10:00', status: 'convened', convocationSentOn: '2026-03-15', items: [] },
  ],
};
const PLENARY = 2;
const ITEM = (position: number) => 8 + position;

/*
 * Roster of the plenary (active citizens, then officials, by name): Ana (3), José (2),
 * Lucía (5), María (1), Ricardo (4); Gabriel (6), Patricia (7). Seven members: quorum is 4.
 */

/** Main's clock, which the fake answers with; the console measures its skew once. */
function movableClock() {
  let ms = new Date(2026, 2, 17, 17, 0, 0).getTime();
  return { now: () => new Date(ms), set: (h: number, m: number) => (ms = new Date(2026, 2, 17, h, m, 0).getTime()) };
}

function bridge(clock = movableClock()) {
  return createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    mesa: MESA,
    sessions: SESSIONS,
    live: { now: clock.now, indicators: [{ id: 1, name: 'Homicidio doloso' }, { id: 2, name: 'Robo de vehículo' }] },
  });
}

/** The workspace opens while today's plenary is live (started by an earlier run of the app). */
async function openConsole(prepare?: (fake: FakeBridge) => void, clock = movableClock()) {
  const fake = bridge(clock);
  fake.live.start(PLENARY);
  prepare?.(fake);
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('live-console');
  return { fake, clock, user: userEvent.setup() };
}

const row = (personId: number) => screen.getByTestId(`attendance-row-${personId}`);
const quorum = () => screen.getByTestId('live-quorum');
const draftsSent = (fake: FakeBridge) => argsOf(fake, 'live', 'setDraft').map((a) => (a as { draft: LiveDraftDto }).draft);
const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('entering and leaving the live console', () => {
  it('starts a convened plenary from its agenda screen, leaves it without closing and takes it up again', async () => {
    const fake = bridge();
    installBridge(fake);
    render(<App />);
    await screen.findByTestId('app-shell');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('nav-sesiones'));
    await user.click(within(await waitForRow('1/2026')).getByRole('button'));
    await screen.findByTestId('agenda-screen');
    expect(screen.queryByTestId('session-status-live')).toBeNull();
    expect(screen.queryByTestId('session-status-closed')).toBeNull();

    await user.click(screen.getByTestId('session-start-live'));
    await screen.findByTestId('live-console');
    expect(argsOf(fake, 'live', 'start')).toEqual([{ sessionId: PLENARY }]);
    expect(screen.queryByTestId('nav-sesiones')).toBeNull();
    expect(screen.getByTestId('live-title').textContent).toBe('Sesión plenaria ordinaria 1/2026');
    expect(screen.getByTestId('live-item-1').getAttribute('data-state')).toBe('current');
    expect(screen.getByTestId('live-item-2').getAttribute('data-state')).toBe('pending');
    expect(quorum().textContent).toBe('Sin quórumQuórum: 0 de 7 (se necesitan 4)');
    expect(quorum().getAttribute('data-met')).toBe('false');
    expect(screen.getByTestId('live-shortcuts').textContent).toContain('Alt+→ / Alt+← punto siguiente / anterior');

    await user.click(screen.getByTestId('live-leave'));
    await screen.findByTestId('agenda-screen');
    expect(screen.getByTestId('session-status').textContent).toBe('En curso');
    await user.click(screen.getByTestId('session-resume-live'));
    await screen.findByTestId('live-console');
    expect(fake.callsTo('live', 'start')).toHaveLength(1);
  });

  it('says why a session cannot start, and stays on its agenda screen', async () => {
    const fake = bridge();
    installBridge(fake);
    render(<App />);
    await screen.findByTestId('app-shell');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('nav-sesiones'));
    await user.click(within(await waitForRow('4/2026')).getByRole('button'));
    await user.click(await screen.findByTestId('session-start-live'));
    expect((await screen.findByTestId('error-message')).textContent).toBe('La orden del día está vacía.');
    expect(screen.getByTestId('agenda-screen')).toBeTruthy();
    expect(screen.queryByTestId('live-console')).toBeNull();
  });

  it('resumes the live session as soon as the workspace opens', async () => {
    const { fake } = await openConsole();
    expect(fake.callsTo('live', 'current')).toHaveLength(1);
    expect(argsOf(fake, 'live', 'get')).toEqual([{ sessionId: PLENARY }]);
    expect(screen.getByTestId('live-item-1').getAttribute('data-state')).toBe('current');
  });

  it('forgets the whole live session on lock, and resumes it after unlocking', async () => {
    const { user } = await openConsole();
    expect(screen.getByText('Ana Sofía Herrera Ruiz')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'l', ctrlKey: true });
    await screen.findByTestId('unlock-screen');
    expect(screen.queryByText('Ana Sofía Herrera Ruiz')).toBeNull();
    expect(useLiveStore.getState()).toMatchObject({ sessionId: null, live: null, choices: null, agreement: null, notes: {} });

    await user.type(screen.getByTestId('unlock-passphrase'), JUAREZ_PASSPHRASE);
    await user.click(screen.getByTestId('unlock-submit'));
    await screen.findByTestId('live-console');
  });
});

describe('attendance', () => {
  it('checks people in from the keyboard: search and Enter, then letters on the focused row', async () => {
    const { fake, user } = await openConsole();
    // Nobody is checked in yet: the console opens on attendance.
    expect(screen.getByTestId('live-tab-attendance').getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByTestId(/^attendance-row-\d+$/).map((r) => r.getAttribute('data-name'))).toEqual([
      'Ana Sofía Herrera Ruiz',
      'José Luis Carrasco Peña',
      'Lucía Domínguez Treviño',
      'María Fernanda Ortiz Salas',
      'Ricardo Balderrama Ochoa',
      'Gabriel Quintana Leyva',
      'Patricia Villalobos Anaya',
    ]);

    await user.keyboard('{Alt>}a{/Alt}');
    expect(document.activeElement).toBe(screen.getByTestId('attendance-search'));
    await user.keyboard('herr{Enter}');
    expect(argsOf(fake, 'live', 'setAttendance')).toEqual([
      { sessionId: PLENARY, personId: 3, status: 'present', time: null, substituteName: null, justification: null },
    ]);
    await expect.poll(() => row(3).getAttribute('data-status')).toBe('present');
    expect(input('attendance-search').value).toBe('');
    expect(screen.getByTestId('attendance-notice').textContent).toBe('Ana Sofía Herrera Ruiz: presente.');

    // Two matches: nothing is marked.
    await user.type(screen.getByTestId('attendance-search'), 'a{Enter}');
    expect(fake.callsTo('live', 'setAttendance')).toHaveLength(1);
    await user.clear(screen.getByTestId('attendance-search'));

    row(2).focus();
    await user.keyboard('p');
    await expect.poll(() => row(2).getAttribute('data-status')).toBe('present');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(row(5));
    await user.keyboard('t');
    await expect.poll(() => row(5).getAttribute('data-status')).toBe('late');
    expect(input('attendance-5-time').value).toBe('17:00');
    await user.keyboard('{ArrowDown}r');
    expect(document.activeElement).toBe(screen.getByTestId('attendance-1-substitute'));
    expect(fake.callsTo('live', 'setAttendance')).toHaveLength(3);
    await user.keyboard('Sergio Ortiz Salas{Enter}');
    await expect.poll(() => row(1).getAttribute('data-status')).toBe('represented');
    expect(argsOf(fake, 'live', 'setAttendance').at(-1)).toEqual({
      sessionId: PLENARY,
      personId: 1,
      status: 'represented',
      time: null,
      substituteName: 'Sergio Ortiz Salas',
      justification: null,
    });
    expect(document.activeElement).toBe(row(1));
    expect(row(1).textContent).toContain('Lo representa: Sergio Ortiz Salas');
    await user.keyboard('{ArrowDown}i');
    await expect.poll(() => row(4).getAttribute('data-status')).toBe('absent_unjustified');

    expect(quorum().getAttribute('data-met')).toBe('true');
    expect(quorum().textContent).toBe('Hay quórumQuórum: 4 de 7 (se necesitan 4)');
    expect(screen.getByTestId('live-count-room').textContent).toBe('En la sala: 4 (4 ciudadanos, 0 funcionarios)');
    expect(screen.getByTestId('live-count-present').textContent).toBe('2 Presente');
    expect(screen.getByTestId('live-count-late').textContent).toBe('1 Llegó tarde');
    expect(screen.getByTestId('live-count-none').textContent).toBe('2 Sin registrar');

    // A late arrival's time can be corrected; Supr clears a row.
    await user.clear(screen.getByTestId('attendance-5-time'));
    await user.type(screen.getByTestId('attendance-5-time'), '17:12{Enter}');
    expect(argsOf(fake, 'live', 'setAttendance').at(-1)).toMatchObject({ personId: 5, status: 'late', time: '17:12' });
    row(2).focus();
    await user.keyboard('{Delete}');
    await expect.poll(() => row(2).getAttribute('data-status')).toBe('none');
    expect(quorum().getAttribute('data-met')).toBe('false');
  });

  it('records by the row buttons too, with an optional reason for a justified absence', async () => {
    const { fake, user } = await openConsole();
    await user.click(screen.getByTestId('attendance-6-absent_justified'));
    await expect.poll(() => row(6).getAttribute('data-status')).toBe('absent_justified');
    await user.type(screen.getByTestId('attendance-6-reason'), 'Comisión en la capital');
    await user.tab();
    expect(argsOf(fake, 'live', 'setAttendance').at(-1)).toEqual({
      sessionId: PLENARY,
      personId: 6,
      status: 'absent_justified',
      time: null,
      substituteName: null,
      justification: 'Comisión en la capital',
    });
    expect(screen.getByTestId('attendance-6-absent_justified').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('agenda control', () => {
  it('moves between items with Alt+→, Alt+← and PageDown; the countdown warns and runs over', async () => {
    const { fake, clock, user } = await openConsole((f) => f.live.records.get(PLENARY)!.attendance.set(3, { status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null }));
    expect(screen.getByTestId('live-countdown').getAttribute('data-state')).toBe('normal');
    expect(screen.getByTestId('live-countdown').textContent).toMatch(/^(10:00|9:5\d)restante$/);
    expect(screen.getByTestId('live-elapsed').textContent).toMatch(/^0:0\d$/);

    clock.set(17, 9);
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => screen.getByTestId('live-item-2').getAttribute('data-state')).toBe('current');
    expect(argsOf(fake, 'live', 'goTo')).toEqual([{ sessionId: PLENARY, itemId: ITEM(2) }]);
    expect(screen.getByTestId('live-item-1').getAttribute('data-state')).toBe('done');
    expect(screen.getByTestId('live-item-1').textContent).toContain('duró 9:00');
    // The console's clock is main's, read when it loaded (17:00): item 2 has all its 30 minutes.
    expect(screen.getByTestId('live-countdown').textContent).toBe('30:00restante');
    expect(screen.getByTestId('live-estimated-end').textContent).toBe('19:30');

    // Back to item 1, which used 9 of its 10 minutes: one minute left is a warning.
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(() => screen.getByTestId('live-item-1').getAttribute('data-state')).toBe('current');
    expect(screen.getByTestId('live-countdown').getAttribute('data-state')).toBe('warning');
    expect(screen.getByTestId('live-countdown').textContent).toBe('1:00por terminar');

    clock.set(17, 20);
    await user.keyboard('{PageDown}');
    await expect.poll(() => screen.getByTestId('live-item-2').getAttribute('data-state')).toBe('current');
    await user.keyboard('{PageUp}');
    await expect.poll(() => screen.getByTestId('live-item-1').getAttribute('data-state')).toBe('current');
    expect(screen.getByTestId('live-countdown').getAttribute('data-state')).toBe('over');
    expect(screen.getByTestId('live-countdown').textContent).toBe('-10:00tiempo excedido');

    await user.click(screen.getByTestId('live-item-5'));
    await expect.poll(() => screen.getByTestId('live-item-5').getAttribute('data-state')).toBe('current');
    expect(screen.getByTestId('live-item-title').textContent).toBe('5. Indicadores y metas');
  });

  it('saves the item notes as they are typed, on leaving the field and before moving on', async () => {
    const { fake, user } = await openConsole((f) => f.live.records.get(PLENARY)!.attendance.set(3, { status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null }));
    await user.type(screen.getByTestId('item-notes'), 'Se presentaron');
    await expect.poll(() => argsOf(fake, 'live', 'setItemNotes').at(-1), { timeout: 2000 }).toEqual({ itemId: ITEM(1), notes: 'Se presentaron' });
    await expect.poll(() => screen.getByTestId('item-notes-state').textContent).toBe('Guardado.');
    const saves = fake.callsTo('live', 'setItemNotes').length;
    expect(saves).toBeLessThan(4);

    await user.type(screen.getByTestId('item-notes'), ' los nuevos vecinos');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(() => screen.getByTestId('live-item-2').getAttribute('data-state')).toBe('current');
    const order = fake.calls.filter((c) => c.method === 'setItemNotes' || c.method === 'goTo').slice(-2);
    expect(order.map((c) => [c.method, c.args])).toEqual([
      ['setItemNotes', { itemId: ITEM(1), notes: 'Se presentaron los nuevos vecinos' }],
      ['goTo', { sessionId: PLENARY, itemId: ITEM(2) }],
    ]);
    expect(fake.live.records.get(PLENARY)!.items.get(ITEM(1))!.notes).toBe('Se presentaron los nuevos vecinos');
  });
});

/** Today's plenary, live on the authorities' item (3), someone checked in. */
function onAuthorities(fake: FakeBridge) {
  const rec = fake.live.records.get(PLENARY)!;
  rec.attendance.set(3, { status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null });
  rec.currentItemId = ITEM(3);
  rec.items.set(ITEM(3), { startedAt: '2026-03-17T17:00:00', endedAt: null, spentSeconds: 0, notes: '' });
}

describe('agreements', () => {
  it('sends every keystroke of an agreement as a draft and saves it with Ctrl+Enter', async () => {
    const { fake, user } = await openConsole(onAuthorities);
    expect(screen.getByTestId('agreement-next-code').textContent).toBe('PL-1/2026-01');
    await user.keyboard('{Alt>}n{/Alt}');
    expect(document.activeElement).toBe(screen.getByTestId('agreement-text'));
    await user.keyboard('Patrullaje');
    expect(draftsSent(fake).map((d) => d.agreement?.text)).toEqual(['P', 'Pa', 'Pat', 'Patr', 'Patru', 'Patrul', 'Patrull', 'Patrulla', 'Patrullaj', 'Patrullaje']);
    expect(draftsSent(fake).at(-1)).toEqual({
      agreement: { agreementId: null, agendaItemId: ITEM(3), text: 'Patrullaje', committeeId: null, responsibleIds: [], dueOn: null },
      followup: null,
    });

    await user.selectOptions(screen.getByTestId('agreement-committee'), 'Prevención del delito');
    await user.type(screen.getByTestId('agreement-responsibles-filter'), 'quin{Enter}');
    expect(screen.getByTestId('agreement-responsible-chosen-6').textContent).toContain('Gabriel Quintana Leyva');
    fireEvent.change(screen.getByTestId('agreement-due'), { target: { value: '2026-04-30' } });
    await expect.poll(() => draftsSent(fake).at(-1)!.agreement).toEqual({
      agreementId: null,
      agendaItemId: ITEM(3),
      text: 'Patrullaje',
      committeeId: 1,
      responsibleIds: [6],
      dueOn: '2026-04-30',
    });

    await user.click(screen.getByTestId('agreement-text'));
    await user.keyboard(' nocturno en el Centro{Control>}{Enter}{/Control}');
    expect(argsOf(fake, 'live', 'addAgreement')).toEqual([
      {
        sessionId: PLENARY,
        agreement: { agendaItemId: ITEM(3), text: 'Patrullaje nocturno en el Centro', committeeId: 1, responsibleIds: [6], dueOn: '2026-04-30' },
      },
    ]);
    const saved = await screen.findByTestId('agreement-PL-1/2026-01');
    expect(saved.textContent).toContain('Patrullaje nocturno en el Centro');
    expect(saved.textContent).toContain('Comité: Prevención del delito');
    expect(saved.textContent).toContain('Responsables: Gabriel Quintana Leyva');
    expect(input('agreement-text').value).toBe('');
    expect(screen.getByTestId('agreement-next-code').textContent).toBe('PL-1/2026-02');
    expect(fake.live.records.get(PLENARY)!.draft.agreement).toBeNull();
  });

  it('refuses an empty agreement without calling main, corrects one and removes one', async () => {
    const { fake, user } = await openConsole(onAuthorities);
    await user.click(screen.getByTestId('agreement-save'));
    expect(screen.getByText('Escriba el texto del acuerdo.')).toBeTruthy();
    expect(fake.callsTo('live', 'addAgreement')).toHaveLength(0);

    await user.type(screen.getByTestId('agreement-text'), 'Primer acuerdo');
    await user.click(screen.getByTestId('agreement-save'));
    await screen.findByTestId('agreement-PL-1/2026-01');
    await user.keyboard('{Alt>}n{/Alt}Segundo acuerdo{Control>}{Enter}{/Control}');
    await screen.findByTestId('agreement-PL-1/2026-02');

    await user.click(screen.getByTestId('agreement-edit-PL-1/2026-01'));
    expect(screen.getByTestId('agreement-next-code').textContent).toBe('PL-1/2026-01');
    expect(document.activeElement).toBe(screen.getByTestId('agreement-text'));
    await user.keyboard(' corregido{Control>}{Enter}{/Control}');
    expect(argsOf(fake, 'live', 'updateAgreement')).toEqual([
      { id: 100, agreement: { agendaItemId: ITEM(3), text: 'Primer acuerdo corregido', committeeId: null, responsibleIds: [], dueOn: null } },
    ]);
    await expect.poll(() => screen.getByTestId('agreement-PL-1/2026-01').textContent).toContain('Primer acuerdo corregido');
    expect(screen.getByTestId('agreement-next-code').textContent).toBe('PL-1/2026-03');

    await user.click(screen.getByTestId('agreement-remove-PL-1/2026-01'));
    expect(fake.callsTo('live', 'removeAgreement')).toHaveLength(0);
    await user.click(screen.getByTestId('agreement-remove-confirm-PL-1/2026-01'));
    expect(argsOf(fake, 'live', 'removeAgreement')).toEqual([{ id: 100 }]);
    // The later agreement takes its number: codes stay without gaps.
    await expect.poll(() => screen.getByTestId('agreement-PL-1/2026-01').textContent).toContain('Segundo acuerdo');
    expect(screen.queryByTestId('agreement-PL-1/2026-02')).toBeNull();
  });

  it('restores a half-typed agreement and the notes after a crash', async () => {
    await openConsole((fake) => {
      const rec = fake.live.records.get(PLENARY)!;
      rec.draft = {
        agreement: { agreementId: null, agendaItemId: ITEM(1), text: 'Solicitar a la Fiscalía un informe', committeeId: 1, responsibleIds: [7], dueOn: '2026-05-01' },
        followup: null,
      };
      rec.items.get(ITEM(1))!.notes = 'Se presentaron tres vecinos nuevos.';
    });
    expect(screen.getByTestId('live-tab-item').getAttribute('aria-selected')).toBe('true');
    expect(input('agreement-text').value).toBe('Solicitar a la Fiscalía un informe');
    // The secretary goes on typing where the crash stopped.
    expect(document.activeElement).toBe(screen.getByTestId('agreement-text'));
    expect(input('agreement-text').selectionStart).toBe('Solicitar a la Fiscalía un informe'.length);
    expect((screen.getByTestId('agreement-committee') as HTMLSelectElement).value).toBe('1');
    expect(screen.getByTestId('agreement-responsible-chosen-7').textContent).toContain('Patricia Villalobos Anaya');
    expect(input('agreement-due').value).toBe('2026-05-01');
    expect((screen.getByTestId('item-notes') as HTMLTextAreaElement).value).toBe('Se presentaron tres vecinos nuevos.');
  });

  it('keeps what was typed when a save fails', async () => {
    const { fake, user } = await openConsole(onAuthorities);
    await user.type(screen.getByTestId('agreement-text'), 'Acuerdo que no se guarda');
    fake.sessions.sessions.get(PLENARY)!.status = 'signed';
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect((await screen.findByTestId('error-message')).textContent).toBe('Solo se registra en una sesión en curso o recién cerrada.');
    expect(input('agreement-text').value).toBe('Acuerdo que no se guarda');
  });
});

describe('reading of agreements', () => {
  it('records each agreement from one form and moves to the next one not yet read', async () => {
    const { fake, user } = await openConsole((f) => f.live.records.get(PLENARY)!.attendance.set(3, { status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null }));
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const current = await screen.findByTestId('followup-current');
    expect(current.getAttribute('data-code')).toBe('PL-6/2025-01');
    expect(screen.getByTestId('followup-counter').textContent).toBe('1 de 3 · 0 registrados');
    // The projector highlights the agreement being read.
    await expect.poll(() => draftsSent(fake).at(-1)?.followup).toEqual({ agreementId: 1, status: 'en_proceso', progress: 60, note: '' });

    screen.getByTestId('followup-status-en_proceso').focus();
    await user.keyboard('3');
    expect((screen.getByTestId('followup-status-cumplido') as HTMLInputElement).checked).toBe(true);
    expect(input('followup-progress').value).toBe('100');
    await user.type(screen.getByTestId('followup-note'), 'Instaladas');
    expect(draftsSent(fake).at(-1)?.followup).toEqual({ agreementId: 1, status: 'cumplido', progress: 100, note: 'Instaladas' });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(argsOf(fake, 'live', 'recordFollowup')).toEqual([
      { sessionId: PLENARY, agreementId: 1, status: 'cumplido', progress: 100, note: 'Instaladas' },
    ]);
    await expect.poll(() => screen.getByTestId('followup-current').getAttribute('data-code')).toBe('PL-6/2025-02');
    expect(screen.getByTestId('followup-counter').textContent).toBe('2 de 3 · 1 registrados');
    expect(screen.getByTestId('followup-row-1').getAttribute('data-recorded')).toBe('true');
    expect(draftsSent(fake).at(-1)?.followup).toEqual({ agreementId: 2, status: 'pendiente', progress: 0, note: '' });

    // A half-typed progress is not saved.
    await user.click(screen.getByTestId('followup-status-en_proceso'));
    await user.type(screen.getByTestId('followup-progress'), '5x');
    await user.click(screen.getByTestId('followup-save'));
    expect(screen.getByText('Escriba el avance como un número entero de 0 a 100.')).toBeTruthy();
    expect(fake.callsTo('live', 'recordFollowup')).toHaveLength(1);

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(screen.getByTestId('followup-current').getAttribute('data-code')).toBe('PL-6/2025-01');
    expect(screen.getByTestId('followup-recorded').textContent).toBe('Registrado');
    expect((screen.getByTestId('followup-note') as HTMLTextAreaElement).value).toBe('Instaladas');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    // What was typed for an agreement is still there on coming back to it.
    expect(input('followup-progress').value).toBe('05x');
  });

  it('restores the agreement being read after a crash', async () => {
    await openConsole((fake) => {
      const rec = fake.live.records.get(PLENARY)!;
      rec.currentItemId = ITEM(2);
      rec.items.set(ITEM(2), { startedAt: '2026-03-17T17:00:00', endedAt: null, spentSeconds: 0, notes: '' });
      rec.draft = { agreement: null, followup: { agreementId: 3, status: 'en_proceso', progress: 20, note: 'Se hizo el primer recorrido' } };
    });
    expect(screen.getByTestId('followup-current').getAttribute('data-code')).toBe('PL-6/2025-03');
    expect(input('followup-progress').value).toBe('20');
    expect((screen.getByTestId('followup-note') as HTMLTextAreaElement).value).toBe('Se hizo el primer recorrido');
  });
});

describe('projector keys', () => {
  it('B and W act only where a letter is not typed; Alt+B works anywhere; Esc goes back to the live view', async () => {
    const { fake, user } = await openConsole(onAuthorities);
    await user.click(screen.getByTestId('agreement-text'));
    await user.keyboard('bw');
    expect(input('agreement-text').value).toBe('bw');
    await user.click(screen.getByTestId('item-notes'));
    await user.keyboard('{PageDown}b');
    expect(fake.callsTo('live', 'setProjector')).toHaveLength(0);
    expect(fake.callsTo('live', 'goTo')).toHaveLength(0);

    (document.activeElement as HTMLElement).blur();
    await user.keyboard('b');
    expect(argsOf(fake, 'live', 'setProjector')).toEqual([{ mode: 'black' }]);
    expect(screen.getByTestId('projector-mode-black').getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('w');
    expect(screen.getByTestId('projector-mode-wait').getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('w');
    expect(screen.getByTestId('projector-mode-live').getAttribute('aria-pressed')).toBe('true');

    await user.click(screen.getByTestId('agreement-text'));
    await user.keyboard('{Alt>}b{/Alt}');
    expect(screen.getByTestId('projector-mode-black').getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Escape}');
    // A date takes no letters: B there is the projector's.
    screen.getByTestId('agreement-due').focus();
    await user.keyboard('w');
    expect(screen.getByTestId('projector-mode-wait').getAttribute('aria-pressed')).toBe('true');
    await user.keyboard('{Escape}');
    expect(argsOf(fake, 'live', 'setProjector')).toEqual([
      { mode: 'black' },
      { mode: 'wait' },
      { mode: 'live' },
      { mode: 'black' },
      { mode: 'live' },
      { mode: 'wait' },
      { mode: 'live' },
    ]);
    expect(fake.live.projector()).toBe('live');
    expect(input('agreement-text').value).toBe('bw');
    expect((screen.getByTestId('item-notes') as HTMLTextAreaElement).value).toBe('b');
  });
});

describe('closing', () => {
  it('lists what the minutes miss, closes on confirmation and shows the session’s page', async () => {
    const { fake, user } = await openConsole();
    await user.click(screen.getByTestId('live-close'));
    const warnings = screen.getAllByTestId('live-close-warning').map((w) => w.textContent);
    expect(warnings).toEqual([
      'Falta registrar la asistencia de 7 personas.',
      'Faltan 3 acuerdos por leer en el seguimiento.',
      'No se llegó a los puntos 2, 3, 4, 5, 6, 7 y 8 de la orden del día.',
    ]);
    expect(document.activeElement).toBe(screen.getByTestId('live-close-cancel'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('live-close-dialog')).toBeNull();
    expect(fake.callsTo('live', 'close')).toHaveLength(0);

    await user.click(screen.getByTestId('live-close'));
    await user.click(screen.getByTestId('live-close-confirm'));
    expect(argsOf(fake, 'live', 'close')).toEqual([{ sessionId: PLENARY }]);
    await screen.findByTestId('agenda-screen');
    expect(screen.queryByTestId('live-console')).toBeNull();
    expect(screen.getByTestId('session-status').textContent).toBe('Cerrada');
    expect(screen.getByTestId('nav-sesiones').getAttribute('aria-current')).toBe('page');
    expect(useLiveStore.getState().live).toBeNull();
  });

  it('names a single missing item in the singular, in English too', async () => {
    const { user } = await openConsole((fake) => {
      fake.live.records.get(PLENARY)!.items.set(ITEM(3), { startedAt: '2026-03-17T17:01:00', endedAt: '2026-03-17T17:02:00', spentSeconds: 60, notes: '' });
    });
    await user.click(screen.getByTestId('live-close'));
    expect(screen.getAllByTestId('live-close-warning').map((w) => w.textContent)).toContain('El punto 3 no tiene notas para la minuta.');
    await user.click(screen.getByTestId('live-close-cancel'));
    act(() => useLanguageStore.setState({ language: 'en' }));
    await user.click(screen.getByTestId('live-close'));
    expect(screen.getAllByTestId('live-close-warning').map((w) => w.textContent)).toEqual([
      'Attendance is not recorded for 7 people.',
      '3 agreements have not been read in the follow-up.',
      'Items 2, 4, 5, 6, 7, and 8 of the agenda were not reached.',
      'Item 3 has no notes for the minutes.',
    ]);
  });
});

describe('indicators item', () => {
  it('chooses the indicator the projector shows, and keeps the choice in the draft', async () => {
    const { fake, user } = await openConsole((f) => {
      const rec = f.live.records.get(PLENARY)!;
      rec.attendance.set(3, { status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null });
      rec.currentItemId = ITEM(5);
      rec.items.set(ITEM(5), { startedAt: '2026-03-17T17:00:00', endedAt: null, spentSeconds: 0, notes: '' });
    });
    const picker = await screen.findByTestId('live-indicator-picker');
    expect(picker.textContent).toContain('Indicador en pantalla');
    // The first one is on the projector until another is chosen.
    expect(screen.getByTestId('live-indicator-1').getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByTestId('live-indicator-2'));
    expect(screen.getByTestId('live-indicator-2').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => draftsSent(fake).at(-1)).toEqual({ agreement: null, followup: null, indicatorId: 2 });
    // Typing an agreement afterwards keeps the chosen indicator in every draft.
    await user.keyboard('{Alt>}n{/Alt}');
    await user.keyboard('Meta');
    await expect.poll(() => draftsSent(fake).at(-1)?.indicatorId).toBe(2);
  });
});

async function waitForRow(text: string) {
  await screen.findAllByTestId('session-row');
  return sessionRow(text);
}
