import { describe, expect, it } from 'vitest';
import { official, openServices, person } from '../support/servicesHarness.js';

describe('people registry', () => {
  it('creates, lists, searches and filters; every change is audited', () => {
    const { s } = openServices();
    const ana = s.people.create(person('Ana Pérez Núñez'));
    const luis = s.people.create(official('Luis Ortega', { joinedOn: null }));
    s.people.create(person('José Ángel Ruiz', { joinedOn: null }));
    expect(ana).toMatchObject({ fullName: 'Ana Pérez Núñez', kind: 'citizen', active: true, committees: [] });
    // Officials join the day they are registered; a citizen without a date is an applicant.
    expect(luis).toMatchObject({ joinedOn: '2026-06-15', active: true });
    expect(s.people.list({ search: 'jose angel' }).map((p) => p.fullName)).toEqual(['José Ángel Ruiz']);
    expect(s.people.list({ search: 'NUNEZ' }).map((p) => p.fullName)).toEqual(['Ana Pérez Núñez']);
    expect(s.people.list({ kind: 'official' }).map((p) => p.fullName)).toEqual(['Luis Ortega']);
    expect(s.people.list({ active: false }).map((p) => p.fullName)).toEqual(['José Ángel Ruiz']);
    const exec = s.committees.list().find((c) => c.kind === 'executive')!;
    s.committees.addMember(exec.id, ana.id, '2026-02-01');
    expect(s.people.list({ committeeId: exec.id }).map((p) => p.fullName)).toEqual(['Ana Pérez Núñez']);
    expect(s.people.get(ana.id).committees).toEqual([{ id: exec.id, name: 'Comité ejecutivo' }]);
    s.people.update(ana.id, person('Ana Pérez Núñez', { leftOn: '2026-06-01', leaveReason: 'resignation' }));
    expect(s.people.get(ana.id).active).toBe(false);
    expect(s.workspace.verify()).toMatchObject({ ok: true, audit: { ok: true } });
  });

  it('refuses incomplete officials, duplicates (ignoring accents and case) and bad dates, writing nothing', () => {
    const { s } = openServices();
    s.people.create(person('María López'));
    const before = s.workspace.info().counts;
    expect(() => s.people.create(official('Sin Cargo', { post: null, power: null }))).toThrow(/cargo.*poder/);
    expect(() => s.people.create(person('maria  LOPEZ'))).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => s.people.create(person('Fechas', { joinedOn: '2026-05-01', leftOn: '2026-04-01' }))).toThrow(/salida es anterior/);
    expect(() => s.people.update(9999, person('Nadie'))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(s.workspace.info().counts).toEqual(before);
  });

  it('an official can never hold a citizen role, even by changing kind later', () => {
    const { s } = openServices();
    const ana = s.people.create(person('Ana'));
    const luis = s.people.create(official('Luis'));
    expect(() => s.roles.assign({ personId: luis.id, role: 'coordinator', startsOn: '2026-06-01', endsOn: null })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    s.roles.assign({ personId: luis.id, role: 'technical_secretary', startsOn: '2026-06-01', endsOn: null });
    s.roles.assign({ personId: ana.id, role: 'coordinator', startsOn: '2026-06-01', endsOn: null });
    expect(() => s.people.update(ana.id, official('Ana'))).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(s.people.get(ana.id).kind).toBe('citizen');
  });
});

describe('role terms', () => {
  it('gives the coordinator a one-year term, refuses overlaps, and warns before the election', () => {
    const { s, setToday } = openServices('2026-01-05');
    const [a, b, c, d] = ['Ana', 'Beto', 'Carla', 'Dario'].map((n) => s.people.create(person(n)));
    const coord = s.roles.assign({ personId: a!.id, role: 'coordinator', startsOn: '2026-01-10', endsOn: null });
    expect(coord).toMatchObject({ endsOn: '2027-01-10', personName: 'Ana' });
    expect(() => s.roles.assign({ personId: b!.id, role: 'coordinator', startsOn: '2026-06-01', endsOn: null })).toThrow(/se cruza con el de Ana/);
    s.roles.assign({ personId: b!.id, role: 'substitute_coordinator', startsOn: '2026-01-10', endsOn: null });
    setToday('2026-02-01');
    expect(s.roles.warnings()).toEqual([
      { code: 'missing_substitutes', inOffice: 1, required: 2 },
      { code: 'no_technical_secretary' },
    ]);
    s.roles.assign({ personId: c!.id, role: 'substitute_coordinator', startsOn: '2026-01-10', endsOn: null });
    s.roles.assign({ personId: d!.id, role: 'technical_secretary', startsOn: '2026-01-10', endsOn: null });
    expect(s.roles.warnings()).toEqual([]);
    setToday('2026-12-15');
    expect(s.roles.warnings()).toEqual([{ code: 'coordinator_term_ending', endsOn: '2027-01-10', daysLeft: 26 }]);
    const ended = s.roles.end(coord.id, '2026-12-31');
    expect(ended.endsOn).toBe('2026-12-31');
    setToday('2027-01-01');
    expect(s.roles.warnings()).toEqual([{ code: 'coordinator_term_ended', endsOn: '2026-12-31' }]);
    expect(s.roles.list().filter((t) => t.current).map((t) => t.role).sort()).toEqual(['substitute_coordinator', 'substitute_coordinator', 'technical_secretary']);
    expect(s.workspace.verify().ok).toBe(true);
  });
});

describe('committees', () => {
  it('every workspace starts with the executive and indicators committees', () => {
    const { s } = openServices();
    expect(s.committees.list().map((c) => [c.name, c.kind])).toEqual([
      ['Comité ejecutivo', 'executive'],
      ['Comité de indicadores', 'indicators'],
    ]);
  });

  it('creates committees led by citizens, manages members (collaborators included)', () => {
    const { s } = openServices();
    const ana = s.people.create(person('Ana'));
    const beto = s.people.create(person('Beto'));
    const colab = s.people.create(person('Colaboradora Externa', { kind: 'collaborator' }));
    const luis = s.people.create(official('Luis'));
    const input = { name: 'Comité de prevención', axis: 'Prevención', description: null, coordinatorId: ana.id, substituteId: beto.id, createdOn: '2026-02-01', dissolvedOn: null };
    const c = s.committees.create(input);
    expect(c).toMatchObject({ kind: 'working', coordinatorName: 'Ana', substituteName: 'Beto', members: [] });
    expect(() => s.committees.create({ ...input, name: 'comité de PREVENCIÓN'.replace('PREVENCIÓN', 'prevención') })).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => s.committees.update(c.id, { ...input, coordinatorId: luis.id })).toThrow(/ciudadano sin cargo/);
    s.committees.addMember(c.id, colab.id, '2026-02-10');
    const withLuis = s.committees.addMember(c.id, luis.id, '2026-02-10');
    expect(withLuis.members.map((m) => m.name)).toEqual(['Colaboradora Externa', 'Luis']);
    expect(() => s.committees.addMember(c.id, luis.id, '2026-03-01')).toThrow(/ya es integrante/);
    expect(s.committees.removeMember(c.id, luis.id, '2026-05-01').members.map((m) => m.name)).toEqual(['Colaboradora Externa']);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('flags citizens with no committee for more than two months', () => {
    const { s, setToday } = openServices('2026-03-01');
    const ana = s.people.create(person('Ana', { joinedOn: '2026-01-01' }));
    const beto = s.people.create(person('Beto', { joinedOn: '2026-01-01' }));
    s.people.create(official('Luis', { joinedOn: '2026-01-01' }));
    const exec = s.committees.list()[0]!;
    s.committees.addMember(exec.id, beto.id, '2026-01-05');
    expect(s.committees.citizensWithoutCommittee()).toEqual([]);
    setToday('2026-03-02');
    expect(s.committees.citizensWithoutCommittee()).toEqual([{ personId: ana.id, name: 'Ana', since: '2026-01-01', days: 60 }]);
  });
});
