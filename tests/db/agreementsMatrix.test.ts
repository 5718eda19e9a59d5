import fs from 'node:fs';
import path from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/main/services/auditLog.js';
import { isOverdue } from '../../src/shared/domain/agreements.js';
import type { CreateSessionDto } from '../../src/shared/ipc/contract.js';
import { official, openServices, person } from '../support/servicesHarness.js';
import { tempDir } from '../support/tempWorkspace.js';
import { docxXml } from '../support/unzip.js';
import writeXlsxFile from 'write-excel-file/node';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import type { ProjectionViewDto } from '../../src/shared/ipc/events.js';

const session = (over: Partial<CreateSessionDto>): CreateSessionDto => ({
  kind: 'plenary',
  plenaryType: 'ordinary',
  scheduledAt: '2026-01-15T17:00',
  place: null,
  committeeId: null,
  preparesSessionId: null,
  number: null,
  ...over,
});

/**
 * Three plenaries and a committee meeting run live: five agreements adopted in January, one
 * fulfilled at the committee's meeting in February, others followed up at the two February plenaries;
 * one agreement made citizen-only by SQL (then audited, so the workspace still verifies).
 */
function mesa() {
  const h = openServices('2026-01-10');
  const { s, setNow } = h;
  const ana = s.people.create(person('Ana Ruiz'));
  const diego = s.people.create(official('Diego Luna'));
  const prev = s.committees.create({ name: 'Comité de prevención', axis: null, description: null, coordinatorId: ana.id, substituteId: null, createdOn: '2025-12-01', dissolvedOn: null });
  const run = (dto: CreateSessionDto, work: (id: number) => void) => {
    const created = s.sessions.create(dto);
    s.sessions.markConvened(created.id, dto.scheduledAt.slice(0, 10));
    setNow(`${dto.scheduledAt}:00`);
    s.live.start(created.id);
    work(created.id);
    s.live.close(created.id);
    return created;
  };
  const agreement = (text: string, committeeId: number | null, responsibleIds: number[], dueOn: string | null) => ({ agendaItemId: null, text, committeeId, responsibleIds, dueOn });

  const january = run(session({ scheduledAt: '2026-01-15T17:00' }), (id) => {
    s.live.addAgreement(id, agreement('Diagnóstico de robo de vehículos', prev.id, [ana.id], '2026-02-01'));
    s.live.addAgreement(id, agreement('Luminarias en el parque central', prev.id, [diego.id, ana.id], '2026-06-30'));
    s.live.addAgreement(id, agreement('Mesa con transportistas', null, [diego.id], '2026-02-01'));
    s.live.addAgreement(id, agreement('Nota reservada a los ciudadanos', prev.id, [], null));
    s.live.addAgreement(id, agreement('Programa de entornos escolares', prev.id, [], '2026-05-01'));
  });
  const [a1, a2, a3, a4, a5] = s.agreements.matrix();
  const meeting = run(session({ kind: 'committee_meeting', plenaryType: null, committeeId: prev.id, scheduledAt: '2026-02-05T10:00' }), (id) => {
    s.live.recordFollowup({ sessionId: id, agreementId: a1!.id, status: 'cumplido', progress: 100, note: 'Entregado al comité.' });
  });
  const february = run(session({ scheduledAt: '2026-02-20T17:00' }), (id) => {
    s.live.recordFollowup({ sessionId: id, agreementId: a2!.id, status: 'en_proceso', progress: 40, note: '12 de 30 instaladas.' });
    s.live.recordFollowup({ sessionId: id, agreementId: a3!.id, status: 'en_proceso', progress: 50, note: null });
  });
  // A third plenary closes the luminarias: after the committee's last meeting.
  const march = run(session({ scheduledAt: '2026-02-27T17:00' }), (id) => {
    s.live.recordFollowup({ sessionId: id, agreementId: a2!.id, status: 'cumplido', progress: 100, note: 'Instaladas.' });
  });
  const db = s.workspace.connection();
  db.prepare(`UPDATE agreements SET visibility = 'citizens' WHERE id = ?`).run(a4!.id);
  recordAudit(db, 'app', 'update', 'agreements', a4!.id);
  h.setToday('2026-03-01');
  return { ...h, ana, diego, prev, january, meeting, february, march, ids: { a1: a1!.id, a2: a2!.id, a3: a3!.id, a4: a4!.id, a5: a5!.id } };
}

describe('agreements matrix', () => {
  it('lists every agreement with its session as sessions list names it, responsibles, status and last follow-up', () => {
    const { s, ids, january, prev, ana, diego } = mesa();
    const rows = s.agreements.matrix();
    expect(rows.map((r) => r.code)).toEqual(['PL-1/2026-01', 'PL-1/2026-02', 'PL-1/2026-03', 'PL-1/2026-04', 'PL-1/2026-05']);
    const title = s.sessions.list().find((x) => x.id === january.id)!.title;
    expect(title).toBe('Sesión plenaria ordinaria 1/2026');
    expect(rows[1]).toEqual({
      id: ids.a2,
      code: 'PL-1/2026-02',
      text: 'Luminarias en el parque central',
      sessionId: january.id,
      session: title,
      sessionDate: '2026-01-15',
      committeeId: prev.id,
      committee: 'Comité de prevención',
      responsibleIds: [diego.id, ana.id],
      responsible: ['Diego Luna', 'Ana Ruiz'],
      dueOn: '2026-06-30',
      status: 'cumplido',
      progress: 100,
      lastFollowUp: { on: '2026-02-27', status: 'cumplido', progress: 100, note: 'Instaladas.' },
      followUps: 2,
    });
    expect(rows[2]).toMatchObject({ status: 'en_proceso', progress: 50, lastFollowUp: { on: '2026-02-20', note: null } });
    expect(rows.filter((r) => isOverdue(r, '2026-03-01')).map((r) => r.id)).toEqual([ids.a3]);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('leaves citizen-only agreements out of the plenary matrix', () => {
    const { s, ids } = mesa();
    expect(s.agreements.matrix().map((r) => r.id)).toContain(ids.a4);
    const plenary = s.agreements.plenaryMatrix();
    expect(plenary.map((r) => r.id)).toEqual([ids.a1, ids.a2, ids.a3, ids.a5]);
    expect(JSON.stringify(plenary)).not.toContain('reservada');
  });

  it('shows one agreement: follow-ups session by session, the session it came from, and its edits without their text', () => {
    const { s, ids, january, meeting, february, march } = mesa();
    const a2 = s.agreements.detail(ids.a2);
    expect(a2.session).toEqual({ id: january.id, title: 'Sesión plenaria ordinaria 1/2026', date: '2026-01-15', kind: 'plenary', status: 'closed' });
    expect(a2.visibility).toBe('plenary');
    expect(a2.followUps.map(({ id: _id, ...f }) => f)).toEqual([
      { on: '2026-02-20', sessionId: february.id, session: 'Sesión plenaria ordinaria 2/2026', status: 'en_proceso', progress: 40, note: '12 de 30 instaladas.' },
      { on: '2026-02-27', sessionId: march.id, session: 'Sesión plenaria ordinaria 3/2026', status: 'cumplido', progress: 100, note: 'Instaladas.' },
    ]);
    expect(a2.history.map((h) => [h.action, h.what])).toEqual([
      ['insert', 'agreement'],
      ['insert', 'responsible'],
      ['insert', 'responsible'],
      ['insert', 'followup'],
      ['update', 'agreement'],
      ['insert', 'followup'],
      ['update', 'agreement'],
    ]);
    expect(a2.history.every((h) => h.actor === 'app' && /^\d{4}-\d{2}-\d{2}T/.test(h.at))).toBe(true);
    expect(JSON.stringify(a2.history)).not.toMatch(/Luminarias|Instaladas/);

    const a1 = s.agreements.detail(ids.a1);
    expect(a1.followUps).toMatchObject([{ sessionId: meeting.id, session: 'Reunión del Comité de prevención 1/2026', status: 'cumplido' }]);
    expect(s.agreements.detail(ids.a4)).toMatchObject({ visibility: 'citizens', history: [{ action: 'insert' }, { action: 'update' }] });
    expect(() => s.agreements.detail(9999)).toThrow(/no existe/);
  });

  it("gives a committee's current agreements: open ones, and those closed since its last meeting", () => {
    const { s, ids, prev, setToday } = mesa();
    const view = s.agreements.committeeAgreements(prev.id);
    // a1 was fulfilled at the last meeting itself (read there); a2 after it; a4 is citizen-only.
    expect(view).toMatchObject({ committee: { id: prev.id, name: 'Comité de prevención' }, lastMeetingOn: '2026-02-05' });
    expect(view.rows.map((r) => r.id)).toEqual([ids.a5, ids.a2]);
    // On the meeting's own day its previous meeting counts: there was none, so every closed one is listed.
    setToday('2026-02-05');
    expect(s.agreements.committeeAgreements(prev.id)).toMatchObject({ lastMeetingOn: null });
    expect(() => s.agreements.committeeAgreements(9999)).toThrow(/no existe/);
  });

  it('exports the filtered matrix to DOCX (plenary-only unless asked) and logs every file with its SHA-256', async () => {
    const { s } = mesa();
    const dir = tempDir();
    const before = s.workspace.info().counts.exports ?? 0;
    const docx = await s.agreements.exportDocx({ filter: { statuses: ['pendiente', 'en_proceso'] }, sort: { column: 'dueOn', direction: 'asc' }, path: path.join(dir, 'matriz.docx'), language: 'es', plenaryOnly: true, confirmedLeavesWorkspace: true });
    expect(docx.rows).toBe(2);
    const xml = docxXml(fs.readFileSync(docx.path));
    expect(xml).toContain('Mesa con transportistas');
    expect(xml).toContain('Programa de entornos escolares');
    expect(xml).not.toContain('Luminarias');
    expect(xml).not.toContain('reservada');
    expect(xml).toContain('Estatus: pendiente, en proceso');
    expect(xml.indexOf('Mesa con transportistas')).toBeLessThan(xml.indexOf('Programa de entornos escolares'));

    const all = await s.agreements.exportDocx({ filter: {}, sort: null, path: path.join(dir, 'todo.docx'), language: 'en', plenaryOnly: false, confirmedLeavesWorkspace: true });
    const allXml = docxXml(fs.readFileSync(all.path));
    expect(allXml).toContain('Nota reservada a los ciudadanos');
    expect(allXml).toContain('Includes citizen-only agreements.');
    expect(s.workspace.info().counts.exports).toBe(before + 2);
    expect(fs.readdirSync(dir).sort()).toEqual(['matriz.docx', 'todo.docx']);
    await expect(s.agreements.exportDocx({ filter: {}, sort: null, path: path.join(dir, 'x.pdf'), language: 'es', plenaryOnly: true, confirmedLeavesWorkspace: true })).rejects.toThrow(/\.docx/);
    await expect(s.agreements.exportDocx({ filter: {}, sort: null, path: path.join(dir, 'no', 'x.docx'), language: 'es', plenaryOnly: true, confirmedLeavesWorkspace: true })).rejects.toThrow(/No existe la carpeta/);
  });

  it('refuses a plaintext export without confirmation; with it writes CSV and XLSX and logs them', async () => {
    const { s } = mesa();
    const dir = tempDir();
    const before = s.workspace.info().counts.exports ?? 0;
    const csvPath = path.join(dir, 'matriz.csv');
    await expect(
      s.agreements.exportPlaintext({ filter: {}, sort: null, path: csvPath, format: 'csv', confirmedLeavesWorkspace: false }),
    ).rejects.toThrow(/confirme/);
    expect(fs.existsSync(csvPath)).toBe(false);
    expect(s.workspace.info().counts.exports).toBe(before);

    const csv = await s.agreements.exportPlaintext({ filter: { overdue: true }, sort: null, path: csvPath, format: 'csv', confirmedLeavesWorkspace: true });
    expect(csv.rows).toBe(1);
    const text = fs.readFileSync(csvPath, 'utf8');
    expect(text).toMatch(/^\ufeffclave,acuerdo,sesion/);
    expect(text).toContain('Mesa con transportistas');
    const xlsx = await s.agreements.exportPlaintext({ filter: {}, sort: { column: 'code', direction: 'desc' }, path: path.join(dir, 'matriz.xlsx'), format: 'xlsx', confirmedLeavesWorkspace: true });
    const sheet = await readSheet(fs.readFileSync(xlsx.path));
    expect(sheet.slice(1).map((r) => r[0])).toEqual(['PL-1/2026-05', 'PL-1/2026-04', 'PL-1/2026-03', 'PL-1/2026-02', 'PL-1/2026-01']);
    await expect(s.agreements.exportPlaintext({ filter: {}, sort: null, path: path.join(dir, 'm.csv'), format: 'xlsx', confirmedLeavesWorkspace: true })).rejects.toThrow(/\.xlsx/);
    expect(s.workspace.info().counts.exports).toBe(before + 2);
    expect(s.workspace.verify().ok).toBe(true);
  });
});

describe('agreements matrix through the contract', () => {
  it('projects a filtered matrix, plenary-visible only, page by page, and gives the projector back', () => {
    const { s } = mesa();
    const seen: ProjectionViewDto[] = [];
    s.events.on('projection', (v) => seen.push(v));
    s.agreements.project({ title: 'Acuerdos del comité de prevención', filter: { committeeName: 'comité de prevención' }, sort: { column: 'code', direction: 'desc' }, page: 0 });
    const view = s.projection.current();
    expect(view.screen).toBe('matrix');
    if (view.screen !== 'matrix') return;
    // The citizen-only agreement (PL-1/2026-04) is not there, though it matches the filter.
    expect(view.matrix.rows.map((r) => r.code)).toEqual(['PL-1/2026-05', 'PL-1/2026-02', 'PL-1/2026-01']);
    expect(view.matrix).toMatchObject({ page: 0, pages: 1, total: 3, title: 'Acuerdos del comité de prevención', filterSummary: ['Comité: comité de prevención'] });
    expect(view.matrix.counts).toMatchObject({ cumplido: 2, pendiente: 1, overdue: 0 });
    expect(JSON.stringify(view)).not.toContain('Nota reservada');
    // A page past the end shows the last one; null gives the projector back.
    s.agreements.project({ title: 'Todos', filter: {}, sort: null, page: 99 });
    const all = s.projection.current();
    expect(all.screen === 'matrix' && [all.matrix.page, all.matrix.pages, all.matrix.total]).toEqual([0, 1, 4]);
    s.agreements.project(null);
    expect(s.projection.current().screen).toBe('neutral');
    expect(seen.map((v) => v.screen)).toEqual(['matrix', 'matrix', 'neutral']);
  });

  it('saves, replaces and removes named views, audited', () => {
    const { s } = mesa();
    const view = { name: 'Vencidos', filter: { overdue: true }, sort: { column: 'dueOn' as const, direction: 'asc' as const }, groupByCommittee: false };
    expect(s.matrixViews.save(view).map((v) => v.name)).toEqual(['Vencidos']);
    s.matrixViews.save({ ...view, name: 'Comité', groupByCommittee: true });
    expect(s.matrixViews.save({ ...view, groupByCommittee: true }).find((v) => v.name === 'Vencidos')!.groupByCommittee).toBe(true);
    expect(s.matrixViews.list().map((v) => v.name)).toEqual(['Comité', 'Vencidos']);
    expect(s.matrixViews.remove('Comité').map((v) => v.name)).toEqual(['Vencidos']);
    expect(() => s.matrixViews.remove('No existe')).toThrow(/vista/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('imports through the real handlers: a column mapping, and an XLSX sent as base64', async () => {
    const { s } = mesa();
    const handlers = createHandlers(s);
    const csv = 'Clave,Qué se acordó,Sesión,Fecha sesión,Compromiso\nX-1,Censo de cámaras,5/2025,2025-11-20,31/12/2026\n';
    const unmapped = await dispatch(handlers, 'agreements', 'importPreview', { sheet: { format: 'csv', text: csv, mapping: {} }, createMissing: false });
    expect(unmapped).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const mapping = { 'Qué se acordó': 'acuerdo', Compromiso: 'fecha_compromiso' };
    const preview = await dispatch(handlers, 'agreements', 'importPreview', { sheet: { format: 'csv', text: csv, mapping }, createMissing: false });
    expect(preview).toMatchObject({ ok: true, value: { validRows: 1, header: ['Clave', 'Qué se acordó', 'Sesión', 'Fecha sesión', 'Compromiso'], columns: ['clave', 'acuerdo', 'sesion', 'fecha_sesion', 'fecha_compromiso'] } });

    const xlsx = await writeXlsxFile([
      ['clave', 'acuerdo', 'fecha_sesion', 'estatus'],
      ['X-2', 'Patrullaje escolar', { value: new Date(Date.UTC(2025, 10, 20)), type: Date, format: 'dd/mm/yyyy' }, 'en proceso'],
    ]).toBuffer();
    const base64 = Buffer.from(xlsx).toString('base64');
    const applied = await dispatch(handlers, 'agreements', 'importApply', { sheet: { format: 'xlsx', base64, mapping: {} }, createMissing: false });
    expect(applied).toMatchObject({ ok: true, value: { imported: 1 } });
    expect(s.agreements.matrix().find((r) => r.code === 'X-2')).toMatchObject({ text: 'Patrullaje escolar', status: 'en_proceso', sessionDate: '2025-11-20' });
    const bad = await dispatch(handlers, 'agreements', 'importApply', { sheet: { format: 'xlsx', base64: 'no es base64!', mapping: {} }, createMissing: false });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('suggests export files in the documents folder, dated', () => {
    const { s } = mesa();
    expect(path.basename(s.agreements.suggestExportPath('xlsx'))).toBe('Matriz de acuerdos 2026-03-01.xlsx');
  });
});
