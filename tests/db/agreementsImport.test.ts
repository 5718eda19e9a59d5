import writeExcelFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreementRepository } from '../../src/main/db/repositories/agreementRepository.js';
import type { Services } from '../../src/main/services/services.js';
import { matrixCsv } from '../../src/main/export/plaintext/matrixPlaintext.js';
import { official, openServices, person } from '../support/servicesHarness.js';
import { PASSPHRASE, sha256File } from '../support/tempWorkspace.js';

/**
 * The spreadsheet a Mesa keeps today, as it really looks: a BOM, semicolons, CRLF, header names
 * with accents, capitals, a "(%)" and an extra column, blank lines (empty and ";;;;"), trailing
 * spaces, both date formats, "40 %", a responsible list with ";" inside quotes, a clave given
 * and blank ones, a session named three ways and one known only by its day.
 */
const MESSY = [
  '\ufeffClave;Acuerdo ;Sesión;Fecha sesión;Comité;Responsables;Fecha compromiso;Estatus;Avance (%);Seguimiento;Notas internas',
  ';Instalar 30 luminarias en el parque central  ;Sesión plenaria ordinaria 1/2025;;Comité de Prevención;Ana Pérez;30/06/2025;En proceso;40 %;Se instalaron 12 de 30.;revisar',
  '',
  ';;;;;;;;;;',
  'PL-2/2025-05;Revisar las rutas de patrullaje nocturno;2/2025;14/03/2025;prevención;"Ana Pérez; Diego Luna";2025-07-01;cumplido;;Concluido en mayo.;',
  ';Campaña de denuncia anónima en escuelas;Extraordinaria 1/2025;2025-04-02;;Diego Luna;;pendiente;;;',
  '  ;  Mesa de trabajo con transportistas  ;;2025-03-14;;;1/8/2025;;;;',
  ';Informe trimestral de incidencia;1/2025;2025-02-10;Comité de indicadores;;2025-05-31;cancelado;15;Se sustituye por el tablero mensual.;',
  '',
].join('\r\n');

function mesa() {
  const h = openServices('2025-06-15');
  const { s } = h;
  const ana = s.people.create(person('Ana Pérez'));
  const diego = s.people.create(official('Diego Luna'));
  const committee = s.committees.create({ name: 'Comité de prevención', axis: null, description: null, coordinatorId: ana.id, substituteId: null, createdOn: '2025-01-01', dissolvedOn: null });
  const first = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2025-02-10T17:00', place: null, committeeId: null, preparesSessionId: null, number: 1 });
  return { ...h, ana, diego, committee, first };
}

const csv = (text: string) => ({ format: 'csv' as const, text });
const counts = (s: Services) => s.workspace.info().counts;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('agreements import', () => {
  it('reads a messy semicolon CSV: columns, blank lines, dates, sessions found and created, codes, follow-ups', async () => {
    const { s, first, committee, ana, diego } = mesa();
    const preview = await s.agreements.importPreview(csv(MESSY));
    expect(preview).toMatchObject({ format: 'csv', delimiter: ';', missingColumns: [], ignoredColumns: ['Notas internas'], invalidRows: 0, validRows: 5, followUps: 3 });
    expect(preview.rows.map((r) => [r.line, r.code, r.session])).toEqual([
      [2, 'PL-1/2025-01', 'Sesión plenaria ordinaria 1/2025'],
      [5, 'PL-2/2025-05', 'Sesión plenaria ordinaria 2/2025'],
      [6, 'PLE-1/2025-01', 'Sesión plenaria extraordinaria 1/2025'],
      [7, 'PL-2/2025-01', 'Sesión plenaria ordinaria 2/2025'],
      [8, 'PL-1/2025-02', 'Sesión plenaria ordinaria 1/2025'],
    ]);
    expect(preview.newSessions).toEqual([
      { title: 'Sesión plenaria ordinaria 2/2025', date: '2025-03-14', lines: [5, 7] },
      { title: 'Sesión plenaria extraordinaria 1/2025', date: '2025-04-02', lines: [6] },
    ]);
    // The committee of indicators exists in every workspace: nothing is missing.
    expect(preview.missingCommittees).toEqual([]);
    expect(preview.missingPeople).toEqual([]);
    // The preview wrote nothing.
    expect(s.sessions.list()).toHaveLength(1);

    const result = await s.agreements.importApply(csv(MESSY), { createMissing: false });
    expect(result).toMatchObject({ imported: 5, followUps: 3, createdCommittees: [], createdPeople: [] });
    expect(result.createdSessions.map((x) => x.title)).toEqual(['Sesión plenaria ordinaria 2/2025', 'Sesión plenaria extraordinaria 1/2025']);
    const created = s.sessions.list().filter((x) => x.id !== first.id);
    expect(created.map((x) => [x.title, x.scheduledAt, x.status])).toEqual([
      ['Sesión plenaria extraordinaria 1/2025', '2025-04-02T00:00', 'closed'],
      ['Sesión plenaria ordinaria 2/2025', '2025-03-14T00:00', 'closed'],
    ]);

    const matrix = s.agreements.matrix();
    const byCode = new Map(matrix.map((r) => [r.code, r]));
    expect(byCode.get('PL-1/2025-01')).toMatchObject({
      text: 'Instalar 30 luminarias en el parque central',
      sessionId: first.id,
      session: 'Sesión plenaria ordinaria 1/2025',
      committeeId: committee.id,
      responsibleIds: [ana.id],
      dueOn: '2025-06-30',
      status: 'en_proceso',
      progress: 40,
      lastFollowUp: { on: '2025-06-15', status: 'en_proceso', progress: 40, note: 'Se instalaron 12 de 30.' },
      followUps: 1,
    });
    // cumplido forces 100 %; "prevención" is the Comité de prevención; both responsibles, in order.
    expect(byCode.get('PL-2/2025-05')).toMatchObject({ status: 'cumplido', progress: 100, committee: 'Comité de prevención', responsible: ['Ana Pérez', 'Diego Luna'], dueOn: '2025-07-01' });
    expect(byCode.get('PL-2/2025-01')).toMatchObject({ text: 'Mesa de trabajo con transportistas', dueOn: '2025-08-01', status: 'pendiente', progress: 0, committee: null, lastFollowUp: null });
    expect(byCode.get('PLE-1/2025-01')).toMatchObject({ responsibleIds: [diego.id], committee: null });
    expect(byCode.get('PL-1/2025-02')).toMatchObject({ status: 'cancelado', progress: 15, committee: 'Comité de indicadores' });
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('names every bad row by line and column, in Spanish, and writes nothing', async () => {
    const { s, file } = mesa();
    await s.agreements.importApply(csv(MESSY), { createMissing: false });
    const bad = [
      'clave,acuerdo,sesion,fecha_sesion,comite,responsables,fecha_compromiso,estatus,avance,seguimiento',
      ',,1/2025,,,,,,,', // 2: no text
      'PL-2/2025-05,Otro acuerdo,1/2025,,,,,,,', // 3: clave already in the workspace
      'X-1,Uno,1/2025,,,,31/02/2025,terminado,120,', // 4: bad date, status and progress
      'X-1,Dos,1/2025,2025-02-11,,,,,,', // 5: clave repeated in the file; wrong day for plenary 1/2025
      ',Tres,7/2025,,,,,,,', // 6: a session to create without a day
      ',Cuatro,Primera sesión,,,,,,,', // 7: a session that cannot be read
      ',Cinco,9/2025,2025-12-01,,,,,,', // 8: a session in the future
      ',Seis,Reunión del Comité de tránsito 1/2025,2025-02-01,,,,vencido,,', // 9: only plenaries are created
      ',Instalar 30 luminarias en el parque central,1/2025,,,,,,,', // 10: already imported
      ',Siete,4/2025,2024-05-01,,,,,,', // 11: the day is in another year
      ',Ocho,5/2025,,,,,,,', // 12: a plenary convened for later: its agreements are recorded live
    ].join('\n');
    s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2025-07-01T17:00', place: null, committeeId: null, preparesSessionId: null, number: 5 });
    const before = counts(s);
    const preview = await s.agreements.importPreview(csv(bad));
    const issues = new Map(preview.rows.map((r) => [r.line, r.issues.map((i) => i.message)]));
    expect(issues.get(2)).toEqual(['acuerdo: falta el valor']);
    expect(issues.get(3)).toEqual(['clave: ya existe un acuerdo con la clave «PL-2/2025-05»']);
    expect(issues.get(4)).toEqual([
      'fecha_compromiso: fecha no válida «31/02/2025» (use AAAA-MM-DD o DD/MM/AAAA)',
      'estatus: estatus desconocido «terminado» (use pendiente, en proceso, cumplido o cancelado)',
      'avance: avance no válido «120» (un número de 0 a 100, con o sin %)',
    ]);
    expect(issues.get(5)).toEqual([
      'clave: la clave «X-1» se repite en el archivo (ya está en la línea 4)',
      'fecha_sesion: la sesión «Sesión plenaria ordinaria 1/2025» es del 2025-02-10, no del día escrito en fecha_sesion',
    ]);
    expect(issues.get(6)).toEqual(['fecha_sesion: la sesión «Sesión plenaria ordinaria 7/2025» no existe: para crearla, escriba su fecha en fecha_sesion']);
    expect(issues.get(7)?.[0]).toMatch(/^sesion: no se reconoce la sesión «Primera sesión»/);
    expect(issues.get(8)).toEqual(['fecha_sesion: la sesión «Sesión plenaria ordinaria 9/2025» no existe y su fecha es futura: solo se crean sesiones ya celebradas']);
    expect(issues.get(9)).toEqual([
      'sesion: la sesión «Reunión del Comité de tránsito 1/2025» no existe: solo se crean plenarias; cree antes esa reunión',
      'estatus: «vencido» no es un estatus: se calcula con la fecha compromiso (use pendiente, en proceso, cumplido o cancelado)',
    ]);
    expect(issues.get(10)?.[0]).toMatch(/^acuerdo: la sesión «Sesión plenaria ordinaria 1\/2025» ya tiene un acuerdo con este mismo texto/);
    expect(issues.get(11)).toEqual(['fecha_sesion: la sesión «Sesión plenaria ordinaria 4/2025» es del año 2025, pero fecha_sesion es de otro año']);
    expect(issues.get(12)).toEqual(['sesion: la sesión «Sesión plenaria ordinaria 5/2025» aún no se celebra (es del 2025-07-01): sus acuerdos se registran durante la sesión']);
    expect(preview).toMatchObject({ invalidRows: 11, validRows: 0, newSessions: [] });

    // Closed, the file is all there is (the WAL checkpointed): a refused import must leave it as it was.
    s.workspace.close();
    const sha = sha256File(file);
    s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    await expect(s.agreements.importApply(csv(bad), { createMissing: true })).rejects.toThrow(/11 fila\(s\) con problemas; no se importó nada/);
    expect(counts(s)).toEqual(before);
    s.workspace.close();
    expect(sha256File(file)).toBe(sha);
  });

  it('is one transaction: a failure halfway leaves no session, committee, person or agreement behind', async () => {
    const { s } = mesa();
    const before = counts(s);
    const auditBefore = s.workspace.verify().audit.entries;
    // The sheet is valid; the disk "fails" on the third follow-up, after sessions, a committee,
    // a person and two agreements were written in the same transaction.
    const sheet = MESSY.replace('Comité de indicadores', 'Comité de seguridad vial').replace(';Diego Luna;;pendiente', ';"Diego Luna; Nadia Nueva";;pendiente');
    const original = agreementRepository.insertFollowup;
    let calls = 0;
    vi.spyOn(agreementRepository, 'insertFollowup').mockImplementation((...args) => {
      calls += 1;
      if (calls === 3) throw new Error('SQLITE_FULL: database or disk is full');
      return original(...args);
    });
    const preview = await s.agreements.importPreview(csv(sheet), { createMissing: true });
    expect(preview).toMatchObject({ invalidRows: 0, missingCommittees: [{ name: 'Comité de seguridad vial' }], missingPeople: [{ name: 'Nadia Nueva' }] });
    await expect(s.agreements.importApply(csv(sheet), { createMissing: true })).rejects.toThrow(/disk is full/);
    expect(calls).toBe(3);
    expect(counts(s)).toEqual(before);
    expect(s.workspace.verify()).toMatchObject({ ok: true, audit: { entries: auditBefore } });
    expect(s.sessions.list()).toHaveLength(1);
  });

  it('offers unknown committees and people, and creates them only when asked', async () => {
    const { s, setToday } = mesa();
    const sheet = [
      'clave,acuerdo,sesion,fecha_sesion,comite,responsables,fecha_compromiso,estatus,avance,seguimiento',
      ',Uno,1/2025,,Comité de movilidad,Rosa Díaz; Ana Perez,,,,',
      ',Dos,1/2025,,comité de MOVILIDAD,rosa diaz,,,,',
      ',Tres,1/2025,,Comité de prevención,Dirección de Tránsito,,,,',
    ].join('\n');
    const preview = await s.agreements.importPreview(csv(sheet));
    expect(preview.missingCommittees).toEqual([{ name: 'Comité de movilidad', lines: [2, 3] }]);
    expect(preview.missingPeople).toEqual([
      { name: 'Rosa Díaz', lines: [2, 3] },
      { name: 'Dirección de Tránsito', lines: [4] },
    ]);
    expect(preview.rows.map((r) => r.issues.map((i) => i.message))).toEqual([
      ['comite: no existe el comité «Comité de movilidad»; puede crearse al importar', 'responsables: no existe la persona «Rosa Díaz»; puede crearse al importar'],
      ['comite: no existe el comité «comité de MOVILIDAD»; puede crearse al importar', 'responsables: no existe la persona «rosa diaz»; puede crearse al importar'],
      ['responsables: no existe la persona «Dirección de Tránsito»; puede crearse al importar'],
    ]);
    const before = counts(s);
    await expect(s.agreements.importApply(csv(sheet), { createMissing: false })).rejects.toThrow(/no se importó nada/);
    expect(counts(s)).toEqual(before);

    const offered = await s.agreements.importPreview(csv(sheet), { createMissing: true });
    expect(offered).toMatchObject({ invalidRows: 0, createMissing: true, missingCommittees: [{ name: 'Comité de movilidad' }] });
    setToday('2025-06-20');
    const result = await s.agreements.importApply(csv(sheet), { createMissing: true });
    expect(result.createdCommittees.map((c) => c.name)).toEqual(['Comité de movilidad']);
    expect(result.createdPeople.map((p) => p.name)).toEqual(['Rosa Díaz', 'Dirección de Tránsito']);
    const rosa = s.people.get(result.createdPeople[0]!.id);
    expect(rosa).toMatchObject({ kind: 'collaborator', joinedOn: '2025-06-20', active: true });
    expect(rosa.notes).toMatch(/importar la matriz de acuerdos el 2025-06-20/);
    const rows = s.agreements.matrix();
    expect(rows.map((r) => [r.text, r.committee, r.responsible])).toEqual([
      ['Uno', 'Comité de movilidad', ['Rosa Díaz', 'Ana Pérez']],
      ['Dos', 'Comité de movilidad', ['Rosa Díaz']],
      ['Tres', 'Comité de prevención', ['Dirección de Tránsito']],
    ]);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('reads a real XLSX: date cells, a date typed as text, numbers, blank rows, header with accents', async () => {
    const { s } = mesa();
    const day = (y: number, m: number, d: number) => ({ value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: 'dd/mm/yyyy' });
    const data: SheetData = [
      ['Clave', 'Acuerdo', 'Sesión', 'Fecha sesión', 'Comité', 'Responsables', 'Fecha compromiso', 'Estatus', 'Avance', 'Seguimiento', 'Observaciones'],
      [null, 'Diagnóstico de robo de vehículos', '1/2025', day(2025, 2, 10), 'Comité de prevención', 'Ana Pérez', day(2025, 5, 31), 'En proceso', 0.35, 'Primer avance', 'x'],
      [null, null, null, null, null, null, null, null, null, null, null],
      ['PL-3/2025-01', 'Tablero mensual de indicadores', 'Sesión plenaria ordinaria 3/2025', '20/05/2025', null, 'Diego Luna', '2025-09-30', 'pendiente', 10, null, null],
      [null, 'Jornada de recuperación del parque', null, day(2025, 5, 20), null, null, day(2025, 12, 1), 'cumplido', '80%', 'Hecha', null],
    ];
    const bytes = await writeExcelFile(data).toBuffer();
    const preview = await s.agreements.importPreview({ format: 'xlsx', bytes });
    expect(preview).toMatchObject({ format: 'xlsx', delimiter: null, ignoredColumns: ['Observaciones'], invalidRows: 0, followUps: 2 });
    expect(preview.rows.map((r) => [r.line, r.code])).toEqual([
      [2, 'PL-1/2025-01'],
      [4, 'PL-3/2025-01'],
      [5, 'PL-3/2025-02'],
    ]);
    expect(preview.newSessions).toEqual([{ title: 'Sesión plenaria ordinaria 3/2025', date: '2025-05-20', lines: [4, 5] }]);
    await s.agreements.importApply({ format: 'xlsx', bytes }, { createMissing: false });
    const rows = s.agreements.matrix();
    expect(rows.map((r) => [r.code, r.sessionDate, r.dueOn, r.status, r.progress])).toEqual([
      ['PL-1/2025-01', '2025-02-10', '2025-05-31', 'en_proceso', 35],
      ['PL-3/2025-01', '2025-05-20', '2025-09-30', 'pendiente', 10],
      ['PL-3/2025-02', '2025-05-20', '2025-12-01', 'cumplido', 100],
    ]);
    expect(s.agreements.detail(rows[2]!.id).followUps).toMatchObject([{ on: '2025-06-15', sessionId: null, session: null, status: 'cumplido', progress: 100, note: 'Hecha' }]);
  });

  it('refuses what is not a sheet, or a sheet without the required columns', async () => {
    const { s } = mesa();
    await expect(s.agreements.importPreview({ format: 'xlsx', bytes: Buffer.from('not a zip') })).rejects.toThrow(/no es una hoja de cálculo/);
    await expect(s.agreements.importPreview(csv('clave,comite\nX,Y\n'))).rejects.toThrow(/Faltan columnas obligatorias en el encabezado: acuerdo, sesion o fecha_sesion/);
    await expect(s.agreements.importPreview(csv('acuerdo,sesion\n'))).rejects.toThrow(/solo tiene el encabezado/);
  });

  it('imports its own CSV export into another workspace, formula guard included', async () => {
    const a = mesa();
    await a.s.agreements.importApply(csv(MESSY + ';-Reducir a la mitad los robos;1/2025;;;;;;;;\r\n'), { createMissing: false });
    const exported = matrixCsv(a.s.agreements.matrix(), '2025-06-15');
    expect(exported).toContain("'-Reducir");
    const b = mesa();
    const result = await b.s.agreements.importApply(csv(exported), { createMissing: false });
    expect(result.imported).toBe(6);
    const strip = (rows: ReturnType<Services['agreements']['matrix']>) => rows.map((r) => [r.code, r.text, r.session, r.status, r.progress, r.dueOn, r.committee, r.responsible]);
    expect(strip(b.s.agreements.matrix())).toEqual(strip(a.s.agreements.matrix()));
  });
});
