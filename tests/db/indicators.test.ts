import { afterEach, describe, expect, it, vi } from 'vitest';
import { indicatorRepository } from '../../src/main/db/repositories/indicatorRepository.js';
import type { Services } from '../../src/main/services/services.js';
import { addPeriods, annualizedRate } from '../../src/shared/domain/indicators.js';
import type { IndicatorInputDto } from '../../src/shared/ipc/dto/indicators.js';
import { openServices } from '../support/servicesHarness.js';
import { MESA } from '../support/tempWorkspace.js';

const counts = (s: Services) => s.workspace.info().counts;
const auditEntries = (s: Services) => s.workspace.verify().audit.entries;

const homicide: IndicatorInputDto = { name: 'Homicidio doloso', unit: 'rate_100k', source: 'FGE', description: null, visibility: 'plenary' };
const theft: IndicatorInputDto = { name: 'Robo de vehículo', unit: 'cases', source: null, description: null, visibility: 'plenary' };

/** Cells for `values` consecutive months from `from`. */
const cells = (indicatorId: number, from: string, values: number[]) => values.map((cases, i) => ({ indicatorId, period: addPeriods(from, i), cases }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('indicators service', () => {
  it('creates and updates indicators; names are unique without case or accents; the unit is fixed once goals exist', () => {
    const { s } = openServices();
    const h = s.indicators.create({ ...homicide, name: '  Homicidio   doloso ' });
    expect(h).toMatchObject({ name: 'Homicidio doloso', unit: 'rate_100k', source: 'FGE', visibility: 'plenary', points: [], goals: [], latest: null, currentGoalId: null });
    expect(() => s.indicators.create({ ...homicide, name: 'HOMICIDIO DOLOSÓ' })).toThrow(/Ya existe el indicador «Homicidio doloso»/);
    expect(() => s.indicators.create({ ...homicide, name: '  ' })).toThrow(/necesita un nombre/);
    const t = s.indicators.create(theft);
    expect(s.indicators.update(t.id, { ...theft, unit: 'rate_100k', source: 'SESNSP' })).toMatchObject({ unit: 'rate_100k', source: 'SESNSP' });
    s.indicators.setValues(cells(h.id, '2026-01', [40]));
    s.indicators.addGoal({ indicatorId: h.id, target: 30, deadline: '2026-12-31', adoptedSessionId: null, adoptedAgreementId: null });
    expect(() => s.indicators.update(h.id, { ...homicide, unit: 'cases' })).toThrow(/tiene metas expresadas en tasa/);
    expect(s.indicators.list().map((i) => i.name)).toEqual(['Homicidio doloso', 'Robo de vehículo']);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('computes the annualized rate from the population of the period’s year, else the Mesa’s', () => {
    const { s } = openServices();
    const h = s.indicators.create(homicide);
    s.indicators.setValues([...cells(h.id, '2025-12', [63, 60])]);
    s.indicators.setPopulation(2026, 1_600_000);
    const [dec, jan] = s.indicators.get(h.id).points;
    expect(dec).toMatchObject({ period: '2025-12', cases: 63, population: MESA.population });
    expect(dec!.value).toBeCloseTo(annualizedRate(63, MESA.population), 10);
    expect(dec!.value).toBeCloseTo(49.99, 2);
    expect(jan).toMatchObject({ period: '2026-01', cases: 60, population: 1_600_000, value: 45 });
    // Removing the year's figure brings the Mesa's population back.
    expect(s.indicators.setPopulation(2026, null)).toEqual([]);
    expect(s.indicators.get(h.id).points[1]!.population).toBe(MESA.population);
    expect(() => s.indicators.setPopulation(2026, 0)).toThrow(/mayor que 0/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('saves grid edits in one call: inserts, updates, empties; reports month-over-month and year-over-year changes', () => {
    const { s } = openServices();
    const t = s.indicators.create(theft);
    const first = s.indicators.setValues(cells(t.id, '2025-04', [30, 31, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 22, 18]));
    expect(first).toMatchObject({ inserted: 14, updated: 0, deleted: 0, unchanged: 0 });
    expect(first.indicators[0]!.latest).toMatchObject({
      period: '2026-05',
      value: 18,
      monthOverMonth: { previousPeriod: '2026-04', previous: 22, delta: -4 },
      yearOverYear: { previousPeriod: '2025-05', previous: 31, delta: -13 },
    });
    const auditBefore = auditEntries(s);
    const second = s.indicators.setValues([
      { indicatorId: t.id, period: '2026-05', cases: 17 },
      { indicatorId: t.id, period: '2026-04', cases: 22 },
      { indicatorId: t.id, period: '2025-04', cases: null },
      { indicatorId: t.id, period: '2024-01', cases: null },
    ]);
    expect(second).toMatchObject({ inserted: 0, updated: 1, deleted: 1, unchanged: 2 });
    expect(auditEntries(s)).toBe(auditBefore + 2);
    expect(second.indicators[0]!.points.map((p) => p.period)[0]).toBe('2025-05');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('refuses a whole grid save for one bad cell, and changes nothing', () => {
    const { s } = openServices();
    const t = s.indicators.create(theft);
    s.indicators.setValues(cells(t.id, '2026-01', [10, 11]));
    const before = counts(s);
    const auditBefore = auditEntries(s);
    const good = { indicatorId: t.id, period: '2026-03', cases: 12 };
    expect(() => s.indicators.setValues([good, { indicatorId: t.id, period: '2026-13', cases: 1 }])).toThrow(/no es un mes válido/);
    expect(() => s.indicators.setValues([good, { indicatorId: t.id, period: '2026-06', cases: 1 }])).toThrow(/2026-06 aún no termina/);
    expect(() => s.indicators.setValues([good, { indicatorId: t.id, period: '2026-02', cases: -1 }])).toThrow(/número de casos válido/);
    expect(() => s.indicators.setValues([good, { indicatorId: t.id, period: '2026-02', cases: 2.5 }])).toThrow(/número de casos válido/);
    expect(() => s.indicators.setValues([good, good])).toThrow(/dos veces/);
    // The unknown indicator is found inside the transaction, after the first cell was written.
    expect(() => s.indicators.setValues([good, { indicatorId: 999, period: '2026-02', cases: 1 }])).toThrow(/no existe/);
    expect(counts(s)).toEqual(before);
    expect(auditEntries(s)).toBe(auditBefore);
    expect(s.indicators.get(t.id).points.map((p) => p.cases)).toEqual([10, 11]);
  });

  it('keeps the goals’ history: 50 → 30 → 14, each met goal superseded by a stricter one', () => {
    const h = openServices('2025-02-15');
    const { s } = h;
    const ind = s.indicators.create(homicide);
    // Juárez-sized: 63 a month is 50 per 100,000 a year.
    s.indicators.setValues(cells(ind.id, '2024-01', [70, 66, 64]));
    const fifty = s.indicators.addGoal({ indicatorId: ind.id, target: 50, deadline: '2024-12-31', adoptedSessionId: null, adoptedAgreementId: null }).goals[0]!;
    expect(fifty).toMatchObject({ target: 50, superseded: false, status: 'missed', met: false });

    s.indicators.setValues(cells(ind.id, '2024-04', [62, 60, 55, 50, 45, 40, 38, 37, 36, 40]));
    expect(s.indicators.get(ind.id).goals[0]).toMatchObject({ status: 'met', met: true });
    expect(() => s.indicators.addGoal({ indicatorId: ind.id, target: 50, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: null })).toThrow(
      /ya se cumple: la nueva debe ser más estricta, es decir, menor que 50/,
    );
    const thirty = s.indicators.addGoal({ indicatorId: ind.id, target: 30, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: null });
    expect(thirty.goals.map((g) => [g.target, g.superseded, g.metOn, g.met, g.status])).toEqual([
      [50, true, '2025-01-31', true, 'superseded'],
      [30, false, null, false, 'pending'],
    ]);
    expect(thirty.currentGoalId).toBe(thirty.goals[1]!.id);
    expect(thirty.goals[0]!.supersededById).toBe(thirty.goals[1]!.id);

    h.setToday('2025-09-10');
    s.indicators.setValues(cells(ind.id, '2025-02', [36, 34, 33, 31, 29, 28, 27]));
    const fourteen = s.indicators.addGoal({ indicatorId: ind.id, target: 14, deadline: '2027-12-31', adoptedSessionId: null, adoptedAgreementId: null });
    expect(fourteen.goals.map((g) => [g.target, g.superseded, g.metOn, g.met])).toEqual([
      [50, true, '2025-01-31', true],
      [30, true, '2025-08-31', true],
      [14, false, null, false],
    ]);
    expect(counts(s).indicator_goals).toBe(3);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('links a goal to the plenary and agreement that adopted it; only a plenary adopts goals', async () => {
    const h = openServices('2025-06-15');
    const { s } = h;
    await s.agreements.importApply({ format: 'csv', text: 'acuerdo,sesion,fecha_sesion\nAdoptar la meta de 30 homicidios por 100 mil,3/2025,2025-03-14\n' }, { createMissing: false });
    const plenary = s.sessions.list().find((x) => x.kind === 'plenary')!;
    const agreement = s.agreements.matrix()[0]!;
    const ind = s.indicators.create(homicide);
    const withAgreement = s.indicators.addGoal({ indicatorId: ind.id, target: 30, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: agreement.id });
    expect(withAgreement.goals[0]).toMatchObject({
      adoptedSession: { id: plenary.id, title: 'Sesión plenaria ordinaria 3/2025', date: '2025-03-14' },
      adoptedAgreement: { id: agreement.id, code: agreement.code },
    });
    const other = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2025-07-10T17:00', place: null, committeeId: null, preparesSessionId: null, number: null });
    const meeting = s.sessions.create({ kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2025-07-07T18:00', place: null, committeeId: null, preparesSessionId: other.id, number: null });
    expect(() => s.indicators.addGoal({ indicatorId: ind.id, target: 28, deadline: '2025-12-31', adoptedSessionId: meeting.id, adoptedAgreementId: null })).toThrow(
      /las adopta una sesión plenaria/,
    );
    expect(() => s.indicators.addGoal({ indicatorId: ind.id, target: 28, deadline: '2025-12-31', adoptedSessionId: other.id, adoptedAgreementId: agreement.id })).toThrow(
      /no es de la sesión indicada/,
    );
    expect(() => s.indicators.addGoal({ indicatorId: ind.id, target: -1, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: null })).toThrow(/0 o más/);
    expect(() => s.indicators.addGoal({ indicatorId: ind.id, target: 20, deadline: '2025-02-30', adoptedSessionId: null, adoptedAgreementId: null })).toThrow(/Fecha límite no válida/);
    expect(s.workspace.verify().ok).toBe(true);
  });
});

/**
 * The CSV as it arrives from a spreadsheet: a BOM, semicolons, CRLF, a header with capitals,
 * accents and spaces, blank lines (empty and ";;;;"), and an extra column.
 */
const GOOD = [
  '\ufeffIndicador ; Unidad;Período;VALOR;Fuente;Notas',
  'Homicidio doloso;tasa_100k;2026-03;58;FGE;',
  '',
  'homicidio DOLOSO;;2026-4;61;;revisar',
  ';;;;;',
  'Robo de vehículo;Casos;03/2026;"1,240";SESNSP;',
  'Robo de vehículo;casos;2026-04;1198;;',
  '',
].join('\r\n');

const BAD = [
  'indicador,unidad,periodo,valor,fuente',
  'Homicidio doloso,tasa_100k,2026-13,5,',
  'Homicidio doloso,porcentaje,2026-05,5,',
  'Homicidio doloso,tasa_100k,2026-02,cinco,',
  'Homicidio doloso,tasa_100k,2026-01,-3,',
  'Homicidio doloso,tasa_100k,2025-12,26.2,',
  'Homicidio doloso,casos,2025-11,7,',
  'Homicidio doloso,tasa_100k,2026-06,7,',
  'Homicidio doloso,tasa_100k,2025-10,7,',
  'Homicidio doloso,tasa_100k,2025-10,8,',
  'Extorsión,casos,2026-01,6,',
  'Extorsion,tasa_100k,2026-02,6,',
  'Secuestro,,2026-01,1,',
  ',casos,2026-01,1,',
  'Homicidio doloso,tasa_100k,,4,',
  'Homicidio doloso,tasa_100k,2025-09,,',
  'Homicidio doloso,tasa_100k,2025-08,9,',
  '',
].join('\n');

describe('indicators CSV import', () => {
  it('reads a messy semicolon file: header names, blank lines, BOM, thousands; creates unknown indicators and replaces changed months', () => {
    const { s } = openServices();
    const ind = s.indicators.create({ ...homicide, source: null });
    s.indicators.setValues(cells(ind.id, '2026-03', [60, 61]));
    const preview = s.indicators.importPreview(GOOD);
    expect(preview).toMatchObject({ delimiter: ';', missingColumns: [], ignoredColumns: ['Notas'], validRows: 4, invalidRows: 0, replaced: 1 });
    expect(preview.rows.map((r) => [r.line, r.indicator, r.unit, r.period, r.cases, r.replaces, r.newIndicator])).toEqual([
      [2, 'Homicidio doloso', 'rate_100k', '2026-03', 58, 60, false],
      [4, 'homicidio DOLOSO', 'rate_100k', '2026-04', 61, null, false],
      [6, 'Robo de vehículo', 'cases', '2026-03', 1240, null, true],
      [7, 'Robo de vehículo', 'cases', '2026-04', 1198, null, true],
    ]);
    expect(preview.newIndicators).toEqual([{ name: 'Robo de vehículo', unit: 'cases', source: 'SESNSP', lines: [6, 7] }]);
    expect(counts(s).indicator_values).toBe(2);

    const result = s.indicators.importApply(GOOD);
    expect(result).toMatchObject({ inserted: 2, updated: 1, unchanged: 1, createdIndicators: [{ name: 'Robo de vehículo' }] });
    const list = s.indicators.list();
    expect(list.map((i) => [i.name, i.unit, i.source, i.points.map((p) => [p.period, p.cases])])).toEqual([
      ['Homicidio doloso', 'rate_100k', 'FGE', [['2026-03', 58], ['2026-04', 61]]],
      ['Robo de vehículo', 'cases', 'SESNSP', [['2026-03', 1240], ['2026-04', 1198]]],
    ]);
    expect(list[1]!.visibility).toBe('plenary');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('reports every bad row in Spanish and writes nothing', () => {
    const { s } = openServices();
    s.indicators.create(homicide);
    const before = counts(s);
    const auditBefore = auditEntries(s);
    const preview = s.indicators.importPreview(BAD);
    const messages = Object.fromEntries(preview.rows.map((r) => [r.line, r.issues.map((i) => i.message)]));
    expect(messages).toEqual({
      2: ['periodo: «2026-13» no es un mes válido (use AAAA-MM, por ejemplo 2025-03)'],
      3: ['unidad: valor desconocido «porcentaje» (use casos o tasa_100k)'],
      4: ['valor: «cinco» no es un número'],
      5: ['valor: «-3» es negativo; el valor es el número de casos del mes'],
      6: ['valor: «26.2» no es un número entero de casos (también para tasa_100k se registran los casos del mes; la tasa se calcula)'],
      7: ['unidad: «casos» no coincide con la unidad del indicador «Homicidio doloso» (tasa_100k)'],
      8: ['periodo: el mes 2026-06 aún no termina; su valor se registra cuando acabe'],
      9: [],
      10: ['periodo: el mes 2025-10 de «Homicidio doloso» ya está en la línea 9'],
      11: [],
      12: ['unidad: «tasa_100k» no coincide con la unidad de «Extorsión» en la línea 11 (casos)'],
      13: ['unidad: falta la unidad (casos o tasa_100k) para crear el indicador «Secuestro»'],
      14: ['indicador: falta el valor'],
      15: ['periodo: falta el valor'],
      16: ['valor: falta el valor'],
      17: [],
    });
    expect(preview).toMatchObject({ validRows: 3, invalidRows: 13 });
    expect(preview.newIndicators).toEqual([
      { name: 'Extorsión', unit: 'cases', source: null, lines: [11, 12] },
      { name: 'Secuestro', unit: null, source: null, lines: [13] },
    ]);
    expect(() => s.indicators.importApply(BAD)).toThrow(/13 fila\(s\) con problemas; no se importó nada/);
    expect(counts(s)).toEqual(before);
    expect(auditEntries(s)).toBe(auditBefore);
  });

  it('refuses files it cannot read as indicators', () => {
    const { s } = openServices();
    expect(() => s.indicators.importPreview('indicador,unidad,valor\nHomicidio,casos,3\n')).toThrow(/Faltan columnas obligatorias en el encabezado: periodo/);
    expect(() => s.indicators.importPreview('indicador,unidad,periodo,valor,fuente\n')).toThrow(/solo tiene el encabezado/);
    expect(() => s.indicators.importPreview('')).toThrow(/vacío/);
  });

  it('is one transaction: a failure halfway leaves no indicator and no value behind', () => {
    const { s } = openServices();
    const before = counts(s);
    const auditBefore = auditEntries(s);
    const original = indicatorRepository.insertValue;
    let calls = 0;
    vi.spyOn(indicatorRepository, 'insertValue').mockImplementation((...args) => {
      calls += 1;
      if (calls === 3) throw new Error('SQLITE_FULL: database or disk is full');
      return original(...args);
    });
    expect(() => s.indicators.importApply(GOOD)).toThrow(/disk is full/);
    expect(calls).toBe(3);
    expect(counts(s)).toEqual(before);
    expect(s.workspace.verify()).toMatchObject({ ok: true, audit: { entries: auditBefore } });
  });
});

describe('plenary series', () => {
  it('carries plenary-visible indicators and goals only; a citizen-only adoption is not named', async () => {
    const h = openServices('2025-06-15');
    const { s } = h;
    await s.agreements.importApply({ format: 'csv', text: 'acuerdo,sesion,fecha_sesion\nAdoptar la meta de 30 por 100 mil,3/2025,2025-03-14\n' }, { createMissing: false });
    const agreement = s.agreements.matrix()[0]!;
    const shown = s.indicators.create(homicide);
    const hidden = s.indicators.create({ ...theft, name: 'Extorsión a comercios (encuesta ciudadana)', source: 'Encuesta confidencial', visibility: 'citizens' });
    s.indicators.setValues([...cells(shown.id, '2025-01', [40, 38, 36]), ...cells(hidden.id, '2025-01', [9, 8, 7])]);
    s.indicators.addGoal({ indicatorId: shown.id, target: 50, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: agreement.id });
    s.indicators.addGoal({ indicatorId: shown.id, target: 25, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: null, visibility: 'citizens' });
    s.indicators.addGoal({ indicatorId: hidden.id, target: 5, deadline: '2025-12-31', adoptedSessionId: null, adoptedAgreementId: null });

    const everything = s.indicators.list();
    expect(everything.map((i) => [i.name, i.goals.length])).toEqual([
      ['Homicidio doloso', 2],
      ['Extorsión a comercios (encuesta ciudadana)', 1],
    ]);
    let plenary = s.indicators.plenarySeries();
    expect(plenary.map((i) => i.name)).toEqual(['Homicidio doloso']);
    expect(plenary[0]!.goals).toHaveLength(1);
    // The goal that replaced it is citizen-only: superseded, but not named.
    expect(plenary[0]!.goals[0]).toMatchObject({ target: 50, superseded: true, supersededById: null, adoptedAgreement: { id: agreement.id } });
    expect(plenary[0]!.currentGoalId).toBeNull();
    const text = JSON.stringify(plenary);
    for (const secret of ['encuesta', 'Encuesta confidencial', '"target":25', '"target":5,']) expect(text).not.toContain(secret);

    // An adopting agreement that becomes citizen-only (raw change, outside the services) is no longer named.
    s.workspace.connection().prepare(`UPDATE agreements SET visibility = 'citizens' WHERE id = ?`).run(agreement.id);
    plenary = s.indicators.plenarySeries();
    expect(plenary[0]!.goals[0]).toMatchObject({ adoptedAgreement: null, adoptedSession: { title: 'Sesión plenaria ordinaria 3/2025' } });
    expect(JSON.stringify(plenary)).not.toContain(agreement.code);
  });
});
