import { describe, expect, it } from 'vitest';
import { openServices, person } from '../support/servicesHarness.js';
import type { CreateSessionDto } from '../../src/shared/ipc/contract.js';

const plenary = (scheduledAt: string, extra: Partial<CreateSessionDto> = {}): CreateSessionDto => ({
  kind: 'plenary',
  plenaryType: 'ordinary',
  scheduledAt,
  place: 'Sala de Cabildo',
  committeeId: null,
  preparesSessionId: null,
  number: null,
  ...extra,
});

describe('sessions', () => {
  it('numbers sessions per kind and year and titles them the way the Mesa does', () => {
    const { s } = openServices('2026-01-10');
    expect(s.sessions.create(plenary('2026-02-10T17:00')).title).toBe('Sesión plenaria ordinaria 1/2026');
    expect(s.sessions.create(plenary('2026-03-10T17:00')).title).toBe('Sesión plenaria ordinaria 2/2026');
    expect(s.sessions.create(plenary('2026-03-20T17:00', { plenaryType: 'extraordinary' })).title).toBe('Sesión plenaria extraordinaria 1/2026');
    expect(s.sessions.create(plenary('2027-01-15T17:00')).title).toBe('Sesión plenaria ordinaria 1/2027');
    expect(() => s.sessions.create(plenary('2026-04-10T17:00', { number: 2 }))).toThrow(/2\/2026/);
    const committee = s.committees.list()[1]!;
    const meeting = s.sessions.create({ ...plenary('2026-02-03T10:00'), kind: 'committee_meeting', plenaryType: null, committeeId: committee.id });
    expect(meeting.title).toBe('Reunión del Comité de indicadores 1/2026');
  });

  it('starts a plenary from the guide’s order of business and computes clock times', () => {
    const { s } = openServices();
    const p = s.sessions.create(plenary('2026-07-01T17:00'));
    const agenda = s.agenda.get(p.id);
    expect(agenda.items.map((i) => i.kind)).toEqual(['introductions', 'agreements_followup', 'authority_reports', 'committee_reports', 'indicators', 'other', 'general_matters', 'closing']);
    expect(agenda.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(agenda.items[1]).toMatchObject({ startsAt: '17:10', endsAt: '17:40' });
    expect(agenda).toMatchObject({ totalMinutes: 160, estimatedEnd: '19:40' });
  });

  it('adds before general matters, moves, edits and removes items, keeping positions 1..n and the audit whole', () => {
    const { s } = openServices();
    const p = s.sessions.create(plenary('2026-07-01T17:00'));
    const ana = s.people.create(person('Ana'));
    const item = { kind: 'other' as const, title: 'Informe de la Fiscalía', presenterPersonId: null, presenterCommitteeId: null, presenterInstitution: 'Fiscalía General del Estado', minutesAllotted: 20, description: 'Avance de carpetas' };
    let agenda = s.agenda.add(p.id, item, null);
    expect(agenda.items.map((i) => i.title).slice(5, 8)).toEqual(['Otros asuntos', 'Informe de la Fiscalía', 'Asuntos generales']);
    const added = agenda.items.find((i) => i.title === 'Informe de la Fiscalía')!;
    expect(added).toMatchObject({ position: 7, presenterLabel: 'Fiscalía General del Estado' });
    agenda = s.agenda.move(added.id, 2);
    expect(agenda.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(agenda.items[1]!.id).toBe(added.id);
    agenda = s.agenda.update(added.id, { ...item, presenterInstitution: null, presenterPersonId: ana.id });
    expect(agenda.items[1]!.presenterLabel).toBe('Ana');
    expect(() => s.agenda.update(added.id, { ...item, presenterPersonId: ana.id })).toThrow(/una persona, un comité o una institución/);
    agenda = s.agenda.remove(agenda.items[0]!.id);
    expect(agenda.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(agenda.estimatedEnd).toBe('19:50');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('freezes the agenda once the session is live, and walks the statuses forward only', () => {
    const { s } = openServices('2026-06-20');
    const p = s.sessions.create(plenary('2026-07-01T17:00'));
    expect(s.sessions.markConvened(p.id, '2026-06-25')).toMatchObject({ status: 'convened', convocationSentOn: '2026-06-25' });
    expect(() => s.sessions.setStatus(p.id, 'closed')).toThrow(/consola/);
    expect(() => s.sessions.setStatus(p.id, 'live')).toThrow(/consola/);
    expect(s.live.start(p.id).session.status).toBe('live');
    expect(() => s.agenda.move(s.agenda.get(p.id).items[0]!.id, 3)).toThrow(/ya empezó/);
    expect(() => s.sessions.setStatus(p.id, 'signed')).toThrow(/acta/);
  });

  it('prepares one citizen meeting per plenary, before it; promotion puts only the title on the agenda', () => {
    const { s } = openServices();
    const p = s.sessions.create(plenary('2026-07-01T17:00'));
    const prepDto = { ...plenary('2026-06-27T18:00'), kind: 'citizen_meeting' as const, plenaryType: null, preparesSessionId: p.id };
    expect(() => s.sessions.create({ ...prepDto, scheduledAt: '2026-07-02T18:00' })).toThrow(/antes de la plenaria/);
    const prep = s.sessions.create(prepDto);
    expect(prep.title).toBe('Reunión ciudadana 1/2026');
    expect(s.sessions.list().find((x) => x.id === p.id)!.preparedBySessionId).toBe(prep.id);
    expect(() => s.sessions.create(prepDto)).toThrow(/ya tiene su reunión ciudadana/);
    expect(() => s.agenda.add(prep.id, { kind: 'other', title: 'x', presenterPersonId: null, presenterCommitteeId: null, presenterInstitution: null, minutesAllotted: 5, description: null }, null)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    let meeting = s.citizenMeetings.addTopic(prep.id, { title: 'Robo a transporte público', body: 'Datos del observatorio', isGeneralMatter: false });
    meeting = s.citizenMeetings.promoteTopic(meeting.topics[0]!.id, 15);
    const promotedId = meeting.topics[0]!.promotedItemId!;
    const item = s.agenda.get(p.id).items.find((i) => i.id === promotedId)!;
    expect(item).toMatchObject({ title: 'Robo a transporte público', description: null, kind: 'other', minutesAllotted: 15, position: 7 });
    expect(() => s.citizenMeetings.promoteTopic(meeting.topics[0]!.id, 15)).toThrow(/ya está/);
    // Removing the item from the agenda takes its notes with it and unpromotes the topic.
    s.citizenMeetings.setNote(prep.id, promotedId, 'Pedir cifras por colonia');
    s.agenda.remove(promotedId);
    expect(s.citizenMeetings.get(prep.id)).toMatchObject({ notes: {}, topics: [{ promotedItemId: null }] });
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('warns about late convocations, a plenary overdue, and idle committees', () => {
    const { s, setToday } = openServices('2026-03-01');
    const p1 = s.sessions.create(plenary('2026-03-10T17:00'));
    s.sessions.markConvened(p1.id, '2026-03-08');
    setToday('2026-03-05');
    expect(s.sessions.warnings()).toContainEqual({ code: 'convocation_late', sessionId: p1.id, sentOn: '2026-03-08', daysBefore: 2 });
    setToday('2026-06-15');
    expect(s.sessions.warnings()).toContainEqual({ code: 'no_plenary_scheduled', lastPlenaryOn: '2026-03-10', dueBy: '2026-06-08' });
    // The founding committees date from the workspace's creation (the real today); far later, both have been idle.
    setToday('2099-01-01');
    const idle = s.sessions.warnings().filter((w) => w.code === 'committee_idle');
    expect(idle.map((w) => (w.code === 'committee_idle' ? w.committeeName : '')).sort()).toEqual(['Comité de indicadores', 'Comité ejecutivo']);
    s.sessions.create({ ...plenary('2098-12-20T10:00'), kind: 'committee_meeting', plenaryType: null, committeeId: s.committees.list()[0]!.id });
    expect(s.sessions.warnings().filter((w) => w.code === 'committee_idle')).toHaveLength(1);
  });
});
