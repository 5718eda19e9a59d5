import { describe, expect, it } from 'vitest';
import type { Services } from '../../src/main/services/services.js';
import type { ProjectionViewDto } from '../../src/shared/ipc/events.js';
import { createServices } from '../../src/main/services/services.js';
import { official, openServices, person } from '../support/servicesHarness.js';
import { PASSPHRASE, tempDir } from '../support/tempWorkspace.js';
import path from 'node:path';

const plenary = (scheduledAt: string) => ({
  kind: 'plenary' as const,
  plenaryType: 'ordinary' as const,
  scheduledAt,
  place: 'Sala de Cabildo',
  committeeId: null,
  preparesSessionId: null,
  number: null,
});

/** A Mesa with 3 citizens, 2 officials, 1 guest-like honorary member, a committee and a convened plenary. */
function mesa() {
  const h = openServices('2026-07-01');
  const { s } = h;
  const ana = s.people.create(person('Ana Ruiz'));
  const beto = s.people.create(person('Beto Soto'));
  const caro = s.people.create(person('Carolina Vega'));
  const dir = s.people.create(official('Diego Luna'));
  const fis = s.people.create(official('Fiscal Elena Paz', { post: 'Fiscal regional', institution: 'Fiscalía', order: 'estatal', power: 'ejecutivo' }));
  const hon = s.people.create(person('Honorato Gil', { kind: 'honorary' }));
  s.people.create(person('Solicitante Sin Alta', { joinedOn: null }));
  const committee = s.committees.create({ name: 'Comité de prevención', axis: null, description: null, coordinatorId: ana.id, substituteId: null, createdOn: '2026-01-01', dissolvedOn: null });
  const p = s.sessions.create(plenary('2026-07-10T17:00'));
  s.sessions.markConvened(p.id, '2026-07-03');
  return { ...h, people: { ana, beto, caro, dir, fis, hon }, committee, plenaryId: p.id };
}

function projected(s: Services): ProjectionViewDto {
  return s.projection.current();
}

describe('live session', () => {
  it('starts a convened plenary at its first item, and only one session at a time', () => {
    const { s, setNow, plenaryId } = mesa();
    const draft = s.sessions.create(plenary('2026-07-20T17:00'));
    expect(() => s.live.start(draft.id)).toThrow(/convocada/);
    setNow('2026-07-10T17:04:30');
    const live = s.live.start(plenaryId);
    expect(live.session.status).toBe('live');
    expect(live.startedAt).toBe('2026-07-10T17:04:30');
    expect(live.currentItemId).toBe(live.items[0]!.id);
    expect(live.items.map((i) => i.state)).toEqual(['current', ...Array(7).fill('pending')]);
    expect(s.live.current()).toBe(plenaryId);
    // Starting again resumes; another convened session cannot go live meanwhile.
    expect(s.live.start(plenaryId).startedAt).toBe('2026-07-10T17:04:30');
    s.sessions.markConvened(draft.id, '2026-07-12');
    expect(() => s.live.start(draft.id)).toThrow(/otra sesión en curso/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('records attendance with times and substitutes, and counts the quorum from the rule', () => {
    const { s, setNow, plenaryId, people } = mesa();
    setNow('2026-07-10T17:00:00');
    let live = s.live.start(plenaryId);
    // The roster: active citizens, officials and honorary members; not the applicant.
    expect(live.roster.map((r) => r.name)).toEqual(['Ana Ruiz', 'Beto Soto', 'Carolina Vega', 'Diego Luna', 'Fiscal Elena Paz', 'Honorato Gil']);
    expect(live.quorum).toMatchObject({ base: 5, inRoom: 0, required: 3, met: false });
    const mark = (personId: number, status: 'present' | 'late' | 'left_early' | 'represented' | 'absent_justified' | 'absent_unjustified' | null, extra: Partial<{ time: string; substituteName: string; justification: string }> = {}) =>
      s.live.setAttendance({ sessionId: plenaryId, personId, status, time: extra.time ?? null, substituteName: extra.substituteName ?? null, justification: extra.justification ?? null });
    mark(people.ana.id, 'present');
    mark(people.hon.id, 'present');
    setNow('2026-07-10T17:12:40');
    live = mark(people.beto.id, 'late');
    expect(live.roster.find((r) => r.personId === people.beto.id)).toMatchObject({ status: 'late', arrivedAt: '17:12' });
    expect(live.quorum).toMatchObject({ inRoom: 2, met: false });
    expect(() => mark(people.dir.id, 'represented')).toThrow(/representación/);
    live = mark(people.dir.id, 'represented', { substituteName: 'Subdirector Raúl Mena' });
    expect(live.quorum).toMatchObject({ inRoom: 3, required: 3, met: true });
    live = mark(people.fis.id, 'absent_justified', { justification: 'Audiencia' });
    live = mark(people.caro.id, 'left_early', { time: '18:30' });
    expect(live.counts).toMatchObject({ expected: 6, recorded: 6, inRoom: 4, citizensInRoom: 2, officialsInRoom: 1 });
    expect(live.counts.byStatus).toMatchObject({ present: 2, late: 1, represented: 1, absent_justified: 1, left_early: 1 });
    // A stricter rule (more than 60 %) needs 4 of 5.
    s.rules.set({ plenaryQuorumPct: 60 });
    expect(s.live.get(plenaryId).quorum).toMatchObject({ required: 4, met: false });
    live = mark(people.fis.id, null);
    expect(live.roster.find((r) => r.personId === people.fis.id)!.status).toBeNull();
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('walks the agenda keeping each item’s time across visits, and projects the countdown', () => {
    const { s, setNow, plenaryId } = mesa();
    setNow('2026-07-10T17:00:00');
    let live = s.live.start(plenaryId);
    const [first, second, third] = live.items;
    setNow('2026-07-10T17:08:00');
    live = s.live.goTo(plenaryId, second!.id);
    expect(live.items[0]).toMatchObject({ state: 'done', spentSeconds: 480, endedAt: '2026-07-10T17:08:00' });
    setNow('2026-07-10T17:20:00');
    live = s.live.goTo(plenaryId, first!.id);
    setNow('2026-07-10T17:21:30');
    // Back on item 1: 8 minutes before plus 1.5 now, of 10 allotted → 30 s left, in the warning zone.
    const view = projected(s);
    expect(view.screen).toBe('live');
    if (view.screen !== 'live') return;
    const nowMs = new Date(2026, 6, 10, 17, 21, 30).getTime();
    expect(view.live.current).toMatchObject({ position: 1, title: first!.title, minutesAllotted: 10 });
    expect((view.live.current!.endsAtMs - nowMs) / 1000).toBe(30);
    expect(view.live.agenda.map((i) => i.state)).toEqual(['current', 'done', 'next', 'pending', 'pending', 'pending', 'pending', 'pending']);
    // Estimated end: 30 s left + every item after it not yet done (30 min of item 2 is done).
    const after = live.items.slice(2).reduce((a, i) => a + i.minutesAllotted, 0);
    expect((view.live.estimatedEndMs - nowMs) / 1000).toBe(30 + after * 60);
    expect(() => s.live.goTo(plenaryId, 999_999)).toThrow(/orden del día/);
    expect(third).toBeDefined();
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('numbers agreements per session, shows the draft as typed, and renumbers after a removal', () => {
    const { s, setNow, plenaryId, people, committee } = mesa();
    setNow('2026-07-10T17:00:00');
    let live = s.live.start(plenaryId);
    const item = live.items[4]!;
    s.live.goTo(plenaryId, item.id);
    expect(live.nextCode).toBe('PL-1/2026-01');
    s.live.setDraft(plenaryId, { agreement: { agreementId: null, agendaItemId: item.id, text: 'Instalar lumin', committeeId: committee.id, responsibleIds: [people.dir.id], dueOn: '2026-08-31' }, followup: null });
    let view = projected(s);
    expect(view.screen === 'live' && view.live.draft).toEqual({ code: 'PL-1/2026-01', text: 'Instalar lumin', committee: 'Comité de prevención', responsibles: ['Diego Luna'], dueOn: '2026-08-31' });
    // The draft survives a reopen (a crash): it is in the workspace, not only in memory.
    expect(s.live.get(plenaryId).draft.agreement?.text).toBe('Instalar lumin');
    const input = (text: string) => ({ agendaItemId: item.id, text, committeeId: committee.id, responsibleIds: [people.dir.id, people.ana.id], dueOn: '2026-08-31' });
    live = s.live.addAgreement(plenaryId, input('Instalar luminarias en la colonia Centro'));
    expect(live.draft.agreement).toBeNull();
    live = s.live.addAgreement(plenaryId, input('Patrullaje escolar'));
    live = s.live.addAgreement(plenaryId, input('Mesa con transportistas'));
    expect(live.agreements.map((a) => a.code)).toEqual(['PL-1/2026-01', 'PL-1/2026-02', 'PL-1/2026-03']);
    expect(live.agreements[0]!.responsibles.map((r) => r.name)).toEqual(['Diego Luna', 'Ana Ruiz']);
    view = projected(s);
    expect(view.screen === 'live' && view.live.adopted.map((a) => a.code)).toEqual(['PL-1/2026-01', 'PL-1/2026-02', 'PL-1/2026-03']);
    live = s.live.updateAgreement(live.agreements[1]!.id, { ...input('Patrullaje escolar en tres planteles'), responsibleIds: [people.beto.id] });
    expect(live.agreements[1]).toMatchObject({ text: 'Patrullaje escolar en tres planteles', responsibles: [{ name: 'Beto Soto' }] });
    live = s.live.removeAgreement(live.agreements[0]!.id);
    expect(live.agreements.map((a) => [a.code, a.text])).toEqual([
      ['PL-1/2026-01', 'Patrullaje escolar en tres planteles'],
      ['PL-1/2026-02', 'Mesa con transportistas'],
    ]);
    expect(live.nextCode).toBe('PL-1/2026-03');
    expect(() => s.live.addAgreement(plenaryId, { ...input('x'), agendaItemId: 999_999 })).toThrow(/orden del día/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('reads the open agreements of earlier plenaries and records their follow-up', () => {
    const { s, setNow, plenaryId, people } = mesa();
    // An earlier plenary (created second, so numbered 2), run and closed, adopted two agreements.
    const earlier = s.sessions.create(plenary('2026-06-05T17:00'));
    s.sessions.markConvened(earlier.id, '2026-06-01');
    setNow('2026-06-05T17:00:00');
    const e = s.live.start(earlier.id);
    const base = { agendaItemId: e.items[2]!.id, committeeId: null, responsibleIds: [people.dir.id], dueOn: null };
    s.live.addAgreement(earlier.id, { ...base, text: 'Informe mensual de robos' });
    s.live.addAgreement(earlier.id, { ...base, text: 'Reunión con comerciantes' });
    setNow('2026-06-05T19:00:00');
    expect(s.live.close(earlier.id).session.status).toBe('closed');

    setNow('2026-07-10T17:00:00');
    let live = s.live.start(plenaryId);
    expect(live.followups.map((f) => [f.code, f.recorded])).toEqual([
      ['PL-2/2026-01', null],
      ['PL-2/2026-02', null],
    ]);
    const [a, b] = live.followups;
    s.live.goTo(plenaryId, live.items[1]!.id);
    s.live.setDraft(plenaryId, { agreement: null, followup: { agreementId: b!.agreementId, status: 'en_proceso', progress: 40, note: '' } });
    const view = projected(s);
    expect(view.screen === 'live' && view.live.followup?.focusCode).toBe('PL-2/2026-02');
    live = s.live.recordFollowup({ sessionId: plenaryId, agreementId: a!.agreementId, status: 'cumplido', progress: 30, note: 'Entregado' });
    // Fulfilled means 100 %; it stays on this session's list, marked as read.
    expect(live.followups[0]).toMatchObject({ status: 'cumplido', progress: 100, recorded: { status: 'cumplido', progress: 100, note: 'Entregado' } });
    live = s.live.recordFollowup({ sessionId: plenaryId, agreementId: b!.agreementId, status: 'en_proceso', progress: 40, note: null });
    live = s.live.recordFollowup({ sessionId: plenaryId, agreementId: b!.agreementId, status: 'en_proceso', progress: 55, note: 'Segunda reunión' });
    expect(live.followups[1]!.recorded).toEqual({ status: 'en_proceso', progress: 55, note: 'Segunda reunión' });
    expect(live.draft.followup).toBeNull();
    // One follow-up row per agreement and session, however often it is corrected.
    const rows = s.workspace.connection().prepare('SELECT count(*) AS n FROM agreement_followups WHERE session_id = ?').get(plenaryId) as { n: number };
    expect(rows.n).toBe(2);
    expect(s.agenda.get(plenaryId).openAgreements.map((o) => o.code)).toEqual(['PL-2/2026-02']);
    // An agreement of this same session is not followed up in it.
    const own = s.live.addAgreement(plenaryId, { ...base, agendaItemId: live.items[2]!.id, text: 'Nuevo' }).agreements[0]!;
    expect(() => s.live.recordFollowup({ sessionId: plenaryId, agreementId: own.id, status: 'en_proceso', progress: 10, note: null })).toThrow(/no está entre/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('closes with the end time and says what the minutes still lack', () => {
    const { s, setNow, plenaryId, people } = mesa();
    setNow('2026-07-10T17:00:00');
    let live = s.live.start(plenaryId);
    s.live.setAttendance({ sessionId: plenaryId, personId: people.ana.id, status: 'present', time: null, substituteName: null, justification: null });
    s.live.goTo(plenaryId, live.items[2]!.id);
    setNow('2026-07-10T17:30:00');
    live = s.live.setItemNotes(live.items[2]!.id, 'La policía municipal informó 12 detenciones.');
    expect(live.items[2]!.notes).toBe('La policía municipal informó 12 detenciones.');
    s.live.goTo(plenaryId, live.items[3]!.id);
    expect(live.closeWarnings).toEqual(
      expect.arrayContaining([
        { code: 'attendance_pending', count: 5 },
        { code: 'items_not_reached', positions: [2, 4, 5, 6, 7, 8] },
      ]),
    );
    s.live.setDraft(plenaryId, { agreement: { agreementId: null, agendaItemId: null, text: 'a medio escribir', committeeId: null, responsibleIds: [], dueOn: null }, followup: null });
    setNow('2026-07-10T19:45:10');
    const closed = s.live.close(plenaryId);
    expect(closed).toMatchObject({ endedAt: '2026-07-10T19:45:10', currentItemId: null, draft: { agreement: null, followup: null } });
    expect(closed.session.status).toBe('closed');
    expect(closed.items[3]).toMatchObject({ state: 'done', spentSeconds: 8110 });
    expect(s.live.current()).toBeNull();
    expect(projected(s)).toEqual({ screen: 'neutral', mesaName: expect.any(String) });
    // Corrections stay possible until the minutes are signed; the clock does not.
    expect(s.live.setItemNotes(live.items[3]!.id, 'Informe del comité').items[3]!.notes).toBe('Informe del comité');
    expect(() => s.live.goTo(plenaryId, live.items[4]!.id)).toThrow(/no está en curso/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('switches the projector to black and "un momento" and back', () => {
    const { s, setNow, plenaryId } = mesa();
    setNow('2026-07-10T17:00:00');
    s.live.start(plenaryId);
    const seen: ProjectionViewDto[] = [];
    s.events.on('projection', (v) => seen.push(v));
    s.live.setProjector('black');
    s.live.setProjector('wait');
    s.live.setProjector('live');
    expect(seen.map((v) => v.screen)).toEqual(['black', 'wait', 'live']);
    expect(seen[0]).toEqual({ screen: 'black' });
    expect(seen[1]).toMatchObject({ screen: 'wait', language: 'es' });
    expect(s.live.get(plenaryId).projector).toBe('live');
  });

  it('resumes after the process dies: a new process on the same file finds the session live with everything written', () => {
    const { s, file, setNow, plenaryId, people } = mesa();
    setNow('2026-07-10T17:00:00');
    const live = s.live.start(plenaryId);
    s.live.setAttendance({ sessionId: plenaryId, personId: people.ana.id, status: 'present', time: null, substituteName: null, justification: null });
    s.live.goTo(plenaryId, live.items[2]!.id);
    s.live.setItemNotes(live.items[2]!.id, 'Informe de la policía');
    s.live.setDraft(plenaryId, { agreement: { agreementId: null, agendaItemId: live.items[2]!.id, text: 'Texto a medias', committeeId: null, responsibleIds: [], dueOn: null }, followup: null });
    // No close, no lock: the connection is simply abandoned, as in a crash.
    const again = createServices({ preferencesDir: path.join(tempDir(), 'prefs'), now: () => new Date(2026, 6, 10, 17, 40) });
    again.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    expect(again.live.current()).toBe(plenaryId);
    const resumed = again.live.get(plenaryId);
    expect(resumed.currentItemId).toBe(live.items[2]!.id);
    expect(resumed.items[2]!.notes).toBe('Informe de la policía');
    expect(resumed.roster.find((r) => r.personId === people.ana.id)!.status).toBe('present');
    expect(resumed.draft.agreement?.text).toBe('Texto a medias');
    const view = again.projection.current();
    expect(view.screen === 'live' && view.live.draft?.text).toBe('Texto a medias');
  });

  it('never runs a citizen meeting live; once marked held, its attendance (citizens only) is recorded and counts', () => {
    const { s, plenaryId, people } = mesa();
    const prep = s.sessions.create({ kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2026-07-05T18:00', place: null, committeeId: null, preparesSessionId: plenaryId, number: null });
    expect(() => s.live.start(prep.id)).toThrow(/ciudadana/);
    expect(() => s.sessions.setStatus(prep.id, 'live')).toThrow(/celebrada/);
    const mark = (status: 'present' | 'absent_unjustified') => s.live.setAttendance({ sessionId: prep.id, personId: people.ana.id, status, time: null, substituteName: null, justification: null });
    expect(() => mark('present')).toThrow(/en curso o recién cerrada/);
    expect(s.sessions.setStatus(prep.id, 'closed').status).toBe('closed');
    expect(() => s.sessions.setStatus(prep.id, 'closed')).toThrow(/ya está cerrada/);
    const held = mark('present');
    expect(held.roster.map((r) => r.name)).toEqual(['Ana Ruiz', 'Beto Soto', 'Carolina Vega']);
    expect(held.items).toEqual([]);
    expect(() => s.live.addAgreement(prep.id, { agendaItemId: null, text: 'x', committeeId: null, responsibleIds: [], dueOn: null })).toThrow(/ciudadana/);
    // The compliance rule (3.4.1) now sees the citizen meeting: Ana attended, the others did not.
    const report = s.compliance.attendance('2026-07-01', '2026-07-31');
    expect(report.rows.find((r) => r.name === 'Ana Ruiz')).toMatchObject({ sessions: 1, unjustified: 0 });
    expect(report.rows.find((r) => r.name === 'Beto Soto')).toMatchObject({ sessions: 1, unjustified: 1 });
    // Nothing of it is ever projected.
    expect(s.projection.current().screen).toBe('neutral');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('projects the chosen indicator with its goals during the indicators item, plenary-visible ones only', () => {
    const { s, setNow, plenaryId } = mesa();
    const base = { unit: 'cases' as const, source: null, description: null };
    const secret = s.indicators.create({ ...base, name: 'Extorsión (solo ciudadanos)', visibility: 'citizens' });
    const robo = s.indicators.create({ ...base, name: 'Robo de vehículo', visibility: 'plenary' });
    const homicidio = s.indicators.create({ ...base, name: 'Homicidio doloso', visibility: 'plenary' });
    s.indicators.setValues([
      { indicatorId: homicidio.id, period: '2026-05', cases: 12 },
      { indicatorId: homicidio.id, period: '2026-06', cases: 9 },
    ]);
    s.indicators.addGoal({ indicatorId: homicidio.id, target: 10, deadline: '2026-12-31', adoptedSessionId: null, adoptedAgreementId: null });
    setNow('2026-07-10T17:00:00');
    const live = s.live.start(plenaryId);
    expect(s.live.choices(plenaryId).indicators).toEqual([
      { id: robo.id, name: 'Robo de vehículo' },
      { id: homicidio.id, name: 'Homicidio doloso' },
    ]);
    const view = () => {
      const v = projected(s);
      if (v.screen !== 'live') throw new Error(`projector shows ${v.screen}`);
      return v.live;
    };
    // Not during other items.
    expect(view().indicator).toBeNull();
    const item = live.items.find((i) => i.kind === 'indicators')!;
    s.live.goTo(plenaryId, item.id);
    expect(view().indicator).toMatchObject({ position: 1, count: 2, series: { name: 'Robo de vehículo' } });
    s.live.setDraft(plenaryId, { agreement: null, followup: null, indicatorId: homicidio.id });
    const shown = view().indicator!;
    expect(shown).toMatchObject({ position: 2, count: 2, series: { name: 'Homicidio doloso', currentGoalId: expect.any(Number) } });
    expect(shown.series.points.map((p) => p.cases)).toEqual([12, 9]);
    expect(shown.series.goals.map((g) => g.target)).toEqual([10]);
    // A citizen-only indicator asked for by id is never projected: the first plenary one is.
    s.live.setDraft(plenaryId, { agreement: null, followup: null, indicatorId: secret.id });
    expect(view().indicator!.series.name).toBe('Robo de vehículo');
    expect(JSON.stringify(projected(s))).not.toContain('solo ciudadanos');
  });
});
