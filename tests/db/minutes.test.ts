import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { addendumSeal, canonicalJson } from '../../src/main/services/minutesService.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import { official, openServices, person } from '../support/servicesHarness.js';
import { PASSPHRASE, repoRoot, sha256File, tempDir } from '../support/tempWorkspace.js';
import { docxBodyText, headersAndFooters } from '../support/docxText.js';
import { unzip } from '../support/unzip.js';

const plenary = (scheduledAt: string) => ({
  kind: 'plenary' as const,
  plenaryType: 'ordinary' as const,
  scheduledAt,
  place: 'Sala de Cabildo',
  committeeId: null,
  preparesSessionId: null,
  number: null,
});

/**
 * A Mesa that held a plenary live: citizens (one late, one leaving early, one absent with and one
 * without justification), officials of three orders (one represented, one late), an honorary
 * member; two follow-ups of an earlier plenary and two agreements adopted.
 */
function heldPlenary() {
  const h = openServices('2026-06-01');
  const { s, setNow } = h;
  const p = {
    ana: s.people.create(person('Ana Ruiz')),
    beto: s.people.create(person('Beto Soto')),
    caro: s.people.create(person('Carolina Vega')),
    dani: s.people.create(person('Daniela Ortiz')),
    eli: s.people.create(person('Elisa Núñez')),
    dir: s.people.create(official('Diego Luna')),
    fis: s.people.create(official('Elena Paz', { post: 'Fiscal regional', institution: 'Fiscalía General del Estado', order: 'estatal', power: 'ejecutivo' })),
    jue: s.people.create(official('Jorge Vidal', { post: 'Juez de Distrito', institution: 'Poder Judicial de la Federación', order: 'federal', power: 'judicial' })),
    hon: s.people.create(person('Honorato Gil', { kind: 'honorary', post: 'Exrector', institution: 'Universidad del Valle' })),
    sec: s.people.create(person('Sofía Marín', { kind: 'collaborator', post: 'Secretaria técnica', institution: 'Mesa' })),
  };
  s.roles.assign({ personId: p.ana.id, role: 'coordinator', startsOn: '2026-01-10', endsOn: null });
  s.roles.assign({ personId: p.sec.id, role: 'technical_secretary', startsOn: '2026-01-10', endsOn: null });
  const committee = s.committees.create({ name: 'Comité de prevención', axis: null, description: null, coordinatorId: p.ana.id, substituteId: null, createdOn: '2026-01-01', dissolvedOn: null });

  // An earlier plenary adopts two agreements.
  const earlier = s.sessions.create(plenary('2026-06-05T17:00'));
  s.sessions.markConvened(earlier.id, '2026-06-01');
  setNow('2026-06-05T17:00:00');
  const e = s.live.start(earlier.id);
  const base = { agendaItemId: e.items[2]!.id, committeeId: committee.id, responsibleIds: [p.dir.id], dueOn: '2026-08-01' };
  s.live.addAgreement(earlier.id, { ...base, text: 'Informe mensual de robos a comercio' });
  s.live.addAgreement(earlier.id, { ...base, text: 'Reunión con comerciantes del mercado' });
  setNow('2026-06-05T19:00:00');
  s.live.close(earlier.id);

  const held = s.sessions.create(plenary('2026-07-10T17:00'));
  s.sessions.markConvened(held.id, '2026-07-03');
  setNow('2026-07-10T17:02:00');
  let live = s.live.start(held.id);
  const mark = (personId: number, status: 'present' | 'late' | 'left_early' | 'represented' | 'absent_justified' | 'absent_unjustified', extra: Partial<{ time: string; substituteName: string; justification: string }> = {}) =>
    s.live.setAttendance({ sessionId: held.id, personId, status, time: extra.time ?? null, substituteName: extra.substituteName ?? null, justification: extra.justification ?? null });
  for (const x of [p.ana, p.beto, p.caro, p.dir, p.hon]) mark(x.id, 'present');
  mark(p.fis.id, 'represented', { substituteName: 'Lic. Nora Beltrán Cruz' });
  mark(p.jue.id, 'late', { time: '17:25' });
  mark(p.eli.id, 'absent_justified', { justification: 'Motivos de salud' });
  mark(p.dani.id, 'absent_unjustified');
  for (const item of live.items) {
    live = s.live.goTo(held.id, item.id);
    if (item.kind === 'agreements_followup') {
      const [a, b] = live.followups;
      s.live.recordFollowup({ sessionId: held.id, agreementId: a!.agreementId, status: 'cumplido', progress: 100, note: 'Informe entregado' });
      s.live.recordFollowup({ sessionId: held.id, agreementId: b!.agreementId, status: 'en_proceso', progress: 40, note: 'Primera reunión celebrada' });
    }
    if (item.kind === 'authority_reports') {
      s.live.addAgreement(held.id, { agendaItemId: item.id, text: 'Instalar luminarias en la colonia Centro', committeeId: committee.id, responsibleIds: [p.dir.id, p.beto.id], dueOn: '2026-09-30' });
      s.live.addAgreement(held.id, { agendaItemId: item.id, text: 'Patrullaje escolar en tres planteles', committeeId: null, responsibleIds: [p.jue.id], dueOn: null });
    }
    if (item.kind === 'other') mark(p.caro.id, 'left_early', { time: '18:30' });
    s.live.setItemNotes(item.id, `Se informó sobre ${item.title.toLowerCase()}.`);
  }
  setNow('2026-07-10T19:05:00');
  s.live.close(held.id);
  return { ...h, p, committee, earlierId: earlier.id, heldId: held.id, items: live.items };
}

const PRESENT_NAMES = ['Ana Ruiz', 'Beto Soto', 'Carolina Vega', 'Diego Luna', 'Honorato Gil', 'Jorge Vidal', 'Lic. Nora Beltrán Cruz'];

function between(text: string, from: string, to: string | null): string {
  const start = text.indexOf(from);
  expect(start, `section "${from}"`).toBeGreaterThanOrEqual(0);
  const end = to === null ? text.length : text.indexOf(to, start);
  expect(end, `section "${to}"`).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe('minutes: the acta of a plenary', () => {
  it('names every attendee in the attendance and the signature block, every agreement and every follow-up', async () => {
    const { s, heldId } = heldPlenary();
    const file = path.join(tempDir(), 'acta.docx');
    const written = await s.minutes.exportDocx(heldId, file, undefined, true);
    expect(written.sha256).toBe(sha256File(file));
    const text = docxBodyText(file);
    const attendance = between(text, '1. Asistencia', '2. Quórum');
    const signatures = between(text, '. Firmas', null);
    for (const name of PRESENT_NAMES) {
      expect(attendance).toContain(name);
      expect(signatures).toContain(name);
    }
    // Substitutes with whom they represent; late arrivals and departures with their times; absences by kind.
    expect(attendance).toMatch(/Lic\. Nora Beltrán Cruz\s*\n?Elena Paz/);
    expect(signatures).toContain('En representación de Elena Paz, Fiscal regional');
    expect(attendance).toContain('Orden municipal · Poder Ejecutivo');
    expect(attendance).toContain('Orden federal · Poder Judicial');
    expect(attendance).toMatch(/Jorge Vidal\s*Llegada\s*17:25 h/);
    expect(attendance).toMatch(/Carolina Vega\s*Retiro\s*18:30 h/);
    expect(between(attendance, 'Con justificación', 'Sin justificación')).toMatch(/Elisa Núñez[\s\S]*Motivos de salud/);
    expect(attendance.slice(attendance.indexOf('Sin justificación'))).toContain('Daniela Ortiz');
    // The absent are not asked to sign; the officers sign in their own boxes, once.
    expect(signatures).not.toContain('Daniela Ortiz');
    expect(signatures).not.toContain('Elisa Núñez');
    expect(signatures).toContain('Coordinación de la Mesa');
    expect(signatures).toContain('Sofía Marín');
    expect(signatures.split('Ana Ruiz').length - 1).toBe(1);
    // Quorum: 6 of 8 members who count (5 citizens + 3 officials; the one who left early was there), more than 50 % → at least 5.
    expect(between(text, '2. Quórum', '3. Orden del día')).toContain('Se registró la asistencia de 6 de los 8 integrantes');
    expect(text).toContain('al menos 5');
    // Agreements adopted, numbered, with responsible and due date; follow-ups with status, progress and note.
    const adopted = between(text, '\n6. Acuerdos adoptados', '\n7. Cierre');
    expect(adopted).toMatch(/1\s*PL-2\/2026-01\s*Instalar luminarias en la colonia Centro\s*Diego Luna; Beto Soto\s*Comité de prevención\s*30\/09\/2026/);
    expect(adopted).toMatch(/2\s*PL-2\/2026-02\s*Patrullaje escolar en tres planteles\s*Jorge Vidal\s*—/);
    const followups = between(text, '\n5. Seguimiento de acuerdos anteriores', '\n6. Acuerdos adoptados');
    expect(followups).toMatch(/PL-1\/2026-01\s*Informe mensual de robos a comercio\s*Cumplido\s*100\s*Informe entregado/);
    expect(followups).toMatch(/PL-1\/2026-02\s*Reunión con comerciantes del mercado\s*En proceso\s*40\s*Primera reunión celebrada/);
    // Header, times, closing; no votes and no indicators data: those sections are left out.
    expect(text).toContain('Hora de inicio:\n17:02 h');
    expect(text).toContain('se dio por concluida la sesión a las 19:05 horas');
    expect(text).not.toContain('Votaciones');
    expect(text).toContain('\n7. Cierre\n');
    expect(text).toContain('\n8. Firmas\n');
    const { headers, footers } = headersAndFooters(file);
    expect(headers).toContain('CONFIDENCIAL');
    expect(footers).toContain('Página');
    expect(footers).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(footers).toContain('Borrador sin sellar');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('prints the secretary’s text per item instead of the notes, in Spanish or English', async () => {
    const { s, heldId, items } = heldPlenary();
    const item = items.find((i) => i.kind === 'authority_reports')!;
    let minutes = s.minutes.setItemText(heldId, item.id, 'La Secretaría de Seguridad informó 12 detenciones.\nSe acordó reforzar el alumbrado.');
    expect(minutes.items.find((i) => i.itemId === item.id)).toMatchObject({ notes: `Se informó sobre ${item.title.toLowerCase()}.`, text: expect.stringContaining('12 detenciones') });
    // Writing the notes back, or nothing, returns to printing the notes.
    minutes = s.minutes.setItemText(heldId, items[0]!.id, `  Se informó sobre ${items[0]!.title.toLowerCase()}.  `);
    expect(minutes.items[0]!.text).toBeNull();
    const dir = tempDir();
    await s.minutes.exportDocx(heldId, path.join(dir, 'es.docx'), undefined, true);
    const es = docxBodyText(path.join(dir, 'es.docx'));
    expect(es).toContain('La Secretaría de Seguridad informó 12 detenciones.\nSe acordó reforzar el alumbrado.');
    expect(es).not.toContain(`Se informó sobre ${item.title.toLowerCase()}.`);
    s.minutes.setLanguage(heldId, 'en');
    await s.minutes.exportDocx(heldId, path.join(dir, 'en.docx'), undefined, true);
    const en = docxBodyText(path.join(dir, 'en.docx'));
    expect(en).toContain('Minutes of the session');
    expect(en).toContain('Agreements adopted');
    expect(en).toContain('On behalf of Elena Paz, Fiscal regional');
    expect(headersAndFooters(path.join(dir, 'en.docx')).headers).toContain('CONFIDENTIAL');
    // An explicit language wins over the minutes' own.
    await s.minutes.exportDocx(heldId, path.join(dir, 'es2.docx'), 'es', true);
    expect(docxBodyText(path.join(dir, 'es2.docx'))).toContain('Acta de sesión');
    expect(() => s.minutes.setItemText(heldId, 999_999, 'x')).toThrow(/orden del día/);
  });

  it('refuses before the session is held, and approval follows its rules', () => {
    const { s, setNow, heldId, earlierId } = heldPlenary();
    const next = s.sessions.create(plenary('2026-08-07T17:00'));
    expect(() => s.minutes.setItemText(next.id, 1, 'x')).toThrow(/aún no se ha celebrado/);
    expect(s.minutes.get(next.id)).toMatchObject({ editable: false, readOnlyReason: expect.stringMatching(/aún no se ha celebrado/) });
    expect(() => s.minutes.approve(heldId, earlierId, '2026-06-05')).toThrow(/anterior|antes/);
    expect(() => s.minutes.approve(heldId, next.id, '2026-08-07')).toThrow(/futura|no se ha celebrado/);
    setNow('2026-08-07T17:00:00');
    s.sessions.markConvened(next.id, '2026-08-01');
    s.live.start(next.id);
    expect(() => s.minutes.approve(heldId, next.id, '2026-08-06')).toThrow(/la de la sesión/);
    const approved = s.minutes.approve(heldId, next.id, '2026-08-07');
    expect(approved).toMatchObject({ status: 'approved', editable: false, approval: { on: '2026-08-07', inSessionId: next.id, inSessionTitle: 'Sesión plenaria ordinaria 3/2026' } });
    // Approved: the text no longer changes, the live record can still be corrected until signed.
    expect(() => s.minutes.setItemText(heldId, approved.items[0]!.itemId, 'otro texto')).toThrow(/ya fue aprobada/);
    expect(s.minutes.approve(earlierId, null, '2026-07-10').approval).toEqual({ on: '2026-07-10', inSessionId: null, inSessionTitle: null });
  });

  it('signs and seals: read-only afterwards, the live record refuses corrections, the file is rebuilt from the seal', async () => {
    const { s, setNow, heldId, items, p } = heldPlenary();
    setNow('2026-07-10T19:20:00');
    const signed = s.minutes.sign(heldId);
    expect(signed).toMatchObject({ status: 'signed', sessionStatus: 'signed', editable: false, seal: { sealedAt: '2026-07-10T19:20:00', intact: true } });
    const row = s.workspace.connection().prepare('SELECT sealed_content, seal_sha256 FROM minutes WHERE session_id = ?').get(heldId) as { sealed_content: string; seal_sha256: string };
    expect(crypto.createHash('sha256').update(row.sealed_content).digest('hex')).toBe(row.seal_sha256);
    expect(canonicalJson(JSON.parse(row.sealed_content))).toBe(row.sealed_content);
    expect(signed.seal!.sha256).toBe(row.seal_sha256);

    const refusal = /firmada y sellada/;
    expect(() => s.minutes.setItemText(heldId, items[0]!.id, 'x')).toThrow(refusal);
    expect(() => s.minutes.approve(heldId, null, '2026-07-10')).toThrow(refusal);
    expect(() => s.minutes.setLanguage(heldId, 'en')).toThrow(refusal);
    expect(() => s.minutes.sign(heldId)).toThrow(refusal);
    expect(() => s.live.setAttendance({ sessionId: heldId, personId: p.dani.id, status: 'present', time: null, substituteName: null, justification: null })).toThrow(refusal);
    expect(() => s.live.setItemNotes(items[2]!.id, 'cambio')).toThrow(refusal);
    expect(() => s.live.addAgreement(heldId, { agendaItemId: null, text: 'Otro', committeeId: null, responsibleIds: [], dueOn: null })).toThrow(refusal);
    const agreementId = s.live.get(heldId).agreements[0]!.id;
    expect(() => s.live.updateAgreement(agreementId, { agendaItemId: null, text: 'Otro', committeeId: null, responsibleIds: [], dueOn: null })).toThrow(refusal);
    expect(() => s.live.removeAgreement(agreementId)).toThrow(refusal);
    const followup = s.live.get(heldId).followups[0]!;
    expect(() => s.live.recordFollowup({ sessionId: heldId, agreementId: followup.agreementId, status: 'pendiente', progress: 0, note: null })).toThrow(refusal);

    // Even a change behind Plenaria's back does not reach the exported acta: it is built from the seal.
    s.workspace.connection().prepare('UPDATE agenda_items SET notes = ? WHERE id = ?').run('TEXTO ALTERADO', items[2]!.id);
    const file = path.join(tempDir(), 'sellada.docx');
    await s.minutes.exportDocx(heldId, file, undefined, true);
    const text = docxBodyText(file);
    expect(text).not.toContain('TEXTO ALTERADO');
    expect(text).toContain(`Se informó sobre ${items[2]!.title.toLowerCase()}.`);
    expect(text).toContain('Constancia de sellado');
    expect(text).toContain(row.seal_sha256);
    const { footers } = headersAndFooters(file);
    expect(footers).toContain('Sello SHA-256');
    expect(footers).toContain(row.seal_sha256.slice(0, 8));
    expect(footers).toContain(row.seal_sha256.slice(-8));
    // A sealed content changed behind Plenaria's back no longer matches its seal: no export.
    s.workspace.connection().prepare('UPDATE minutes SET sealed_content = replace(sealed_content, ?, ?) WHERE session_id = ?').run('Beto Soto', 'Beto Sota', heldId);
    expect(s.minutes.get(heldId).seal!.intact).toBe(false);
    await expect(s.minutes.exportDocx(heldId, path.join(tempDir(), 'x.docx'), undefined, true)).rejects.toThrow(/no coincide con su sello/);
  });

  it('draws each plenary-visible indicator as a chart from the sealed content: later edits never change a signed acta', async () => {
    const { s, setNow, heldId, earlierId } = heldPlenary();
    const base = { unit: 'cases' as const, source: 'Fiscalía', description: null };
    const homicide = s.indicators.create({ ...base, name: 'Homicidio doloso', visibility: 'plenary' });
    const secret = s.indicators.create({ ...base, name: 'Extorsión reservada', visibility: 'citizens' });
    const months = ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];
    s.indicators.setValues(months.flatMap((period, i) => [
      { indicatorId: homicide.id, period, cases: 20 - i },
      { indicatorId: secret.id, period, cases: 5 + i },
    ]));
    s.indicators.addGoal({ indicatorId: homicide.id, target: 16, deadline: '2026-12-31', adoptedSessionId: earlierId, adoptedAgreementId: null });
    const media = (file: string) => [...unzip(fs.readFileSync(file)).entries()].filter(([name]) => name.startsWith('word/media/')).map(([, data]) => data);

    const draftFile = path.join(tempDir(), 'borrador.docx');
    await s.minutes.exportDocx(heldId, draftFile, undefined, true);
    const images = media(draftFile);
    // One chart: the citizen-only indicator is neither charted nor named.
    expect(images).toHaveLength(1);
    expect(images[0]!.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(docxBodyText(draftFile)).toContain('Homicidio doloso');
    expect(docxBodyText(draftFile)).not.toContain('Extorsión');

    setNow('2026-07-10T19:20:00');
    s.minutes.sign(heldId);
    const sealed = JSON.parse(
      (s.workspace.connection().prepare('SELECT sealed_content FROM minutes WHERE session_id = ?').get(heldId) as { sealed_content: string }).sealed_content,
    ) as { charts: { name: string; points: { period: string; cases: number }[]; goals: { target: number }[] }[] };
    expect(sealed.charts.map((c) => c.name)).toEqual(['Homicidio doloso']);
    expect(sealed.charts[0]!.points.map((p) => p.cases)).toEqual([20, 19, 18, 17, 16, 15]);
    expect(sealed.charts[0]!.goals.map((g) => g.target)).toEqual([16]);

    // The figures are corrected after signing: the signed acta's chart stays as sealed.
    s.indicators.setValues([{ indicatorId: homicide.id, period: '2026-05', cases: 99 }]);
    const signedFile = path.join(tempDir(), 'firmada.docx');
    await s.minutes.exportDocx(heldId, signedFile, undefined, true);
    expect(media(signedFile)[0]!.equals(images[0]!)).toBe(true);
  });

  it('corrects a signed acta with an addendum sealed on its own', async () => {
    const { s, setNow, heldId } = heldPlenary();
    expect(() => s.minutes.addAddendum(heldId, 'Corrección')).toThrow(/Solo un acta firmada/);
    const seal = s.minutes.sign(heldId).seal!.sha256;
    expect(() => s.minutes.addAddendum(heldId, '   ')).toThrow(/Escriba/);
    setNow('2026-07-12T10:15:30');
    const minutes = s.minutes.addAddendum(heldId, 'Donde dice «Beto Soto» debe decir «Alberto Soto».');
    expect(minutes.addenda).toEqual([{ id: expect.any(Number), at: '2026-07-12T10:15:30', body: 'Donde dice «Beto Soto» debe decir «Alberto Soto».', sha256: addendumSeal(seal, '2026-07-12T10:15:30', 'Donde dice «Beto Soto» debe decir «Alberto Soto».') }]);
    expect(minutes.seal!.sha256).toBe(seal);
    const file = path.join(tempDir(), 'fe.docx');
    await s.minutes.exportDocx(heldId, file, undefined, true);
    const text = docxBodyText(file);
    expect(text).toContain('Fe de erratas 1, 12/07/2026 10:15 h');
    expect(text).toContain('debe decir «Alberto Soto»');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('verifies an exported file, and rejects one changed by a single byte', async () => {
    const { s, heldId } = heldPlenary();
    const dir = tempDir();
    const file = path.join(dir, 'acta.docx');
    await s.minutes.exportDocx(heldId, file, undefined, true);
    const ok = await s.minutes.verifyFile(file);
    expect(ok).toMatchObject({ match: true, kind: 'minutes_draft', filename: 'acta.docx', sessionId: heldId, sessionTitle: 'Sesión plenaria ordinaria 2/2026' });
    const bytes = fs.readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const changed = path.join(dir, 'cambiada.docx');
    fs.writeFileSync(changed, bytes);
    expect(await s.minutes.verifyFile(changed)).toEqual({ match: false, sha256: sha256File(changed) });
    // Other exports are recognised too.
    const agenda = path.join(dir, 'orden.docx');
    await s.sessions.exportAgenda(heldId, agenda, 'es', true);
    expect(await s.minutes.verifyFile(agenda)).toMatchObject({ match: true, kind: 'agenda', sessionId: heldId });
    await expect(s.minutes.verifyFile(path.join(dir, 'no-existe.docx'))).rejects.toMatchObject({ code: 'file_not_found' });
    expect(s.minutes.get(heldId).exports.map((e) => e.kind)).toEqual(['minutes_draft']);
  });

  it('keeps the scanned signed copy in the workspace and gives it back byte for byte; refuses anything but PDF or images', async () => {
    const { s, heldId, file: workspaceFile } = heldPlenary();
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(200_000), Buffer.from('\n%%EOF\n')]);
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(5000)]);
    let minutes = s.minutes.attach(heldId, { filename: 'C:\\Escaneos\\acta firmada.pdf', mime: 'application/pdf', bytes: new Uint8Array(pdf) });
    minutes = s.minutes.attach(heldId, { filename: 'foto.png', mime: 'image/jpeg', bytes: new Uint8Array(png), kind: 'other' });
    expect(minutes.attachments.map((a) => [a.filename, a.mime, a.size, a.kind])).toEqual([
      ['acta firmada.pdf', 'application/pdf', pdf.length, 'signed_minutes'],
      ['foto.png', 'image/png', png.length, 'other'],
    ]);
    const stored = s.minutes.attachment(minutes.attachments[0]!.id);
    expect(Buffer.from(stored.bytes).equals(pdf)).toBe(true);
    expect(stored.sha256).toBe(crypto.createHash('sha256').update(pdf).digest('hex'));
    const out = path.join(tempDir(), 'copia.pdf');
    const written = await s.minutes.exportAttachment(minutes.attachments[0]!.id, out, true);
    expect(fs.readFileSync(out).equals(pdf)).toBe(true);
    expect(await s.minutes.verifyFile(out)).toMatchObject({ match: true, kind: 'attachment', sessionId: heldId, sha256: written.sha256 });
    // Not in the clear on disk: the workspace is encrypted.
    expect(fs.readFileSync(workspaceFile).includes(pdf.subarray(9, 60))).toBe(false);

    const before = s.minutes.get(heldId).attachments.length;
    const docx = Buffer.from('PK\u0003\u0004 not a scan');
    expect(() => s.minutes.attach(heldId, { filename: 'acta.pdf', mime: 'application/pdf', bytes: new Uint8Array(docx) })).toThrow(/PDF, PNG o JPEG/);
    expect(() => s.minutes.attach(heldId, { filename: 'vacío.pdf', mime: 'application/pdf', bytes: new Uint8Array(0) })).toThrow(/vacío/);
    const huge = Buffer.alloc(25 * 1024 * 1024 + 1);
    huge.write('%PDF-1.4');
    expect(() => s.minutes.attach(heldId, { filename: 'grande.pdf', mime: 'application/pdf', bytes: new Uint8Array(huge) })).toThrow(/25 MB/);
    expect(s.minutes.get(heldId).attachments.length).toBe(before);
    // Attaching is not editing: the signed paper copy arrives after signing.
    s.minutes.sign(heldId);
    expect(s.minutes.attach(heldId, { filename: 'firmada.jpg', mime: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }).attachments).toHaveLength(before + 1);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('LibreOffice converts the acta to PDF without error', async (ctx) => {
    const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((f) => fs.existsSync(f));
    if (!soffice) {
      console.log('skipped: LibreOffice (soffice) is not installed on this machine');
      ctx.skip();
      return;
    }
    const { s, heldId } = heldPlenary();
    s.minutes.sign(heldId);
    const dir = tempDir();
    const file = path.join(dir, 'acta.docx');
    await s.minutes.exportDocx(heldId, file, undefined, true);
    const r = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const pdf = fs.readFileSync(path.join(dir, 'acta.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
  }, 150_000);
});

describe('minutes through the contract', () => {
  it('signs, attaches a scan sent as base64 and verifies the export through the real handlers', async () => {
    const { s, heldId } = heldPlenary();
    const handlers = createHandlers(s);
    const signed = await dispatch(handlers, 'minutes', 'sign', { sessionId: heldId });
    expect(signed).toMatchObject({ ok: true, value: { status: 'signed' } });
    const edit = await dispatch(handlers, 'minutes', 'setItemText', { sessionId: heldId, itemId: 1, text: 'cambio' });
    expect(edit).toMatchObject({ ok: false });
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), crypto.randomBytes(2000)]);
    const attached = await dispatch(handlers, 'minutes', 'attach', { sessionId: heldId, filename: 'acta firmada.png', mime: 'image/png', base64: png.toString('base64') });
    expect(attached).toMatchObject({ ok: true, value: { attachments: [{ filename: 'acta firmada.png', size: png.length }] } });
    expect(await dispatch(handlers, 'minutes', 'attach', { sessionId: heldId, filename: 'x.png', mime: 'image/png', base64: '%%%' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const file = path.join(tempDir(), 'acta.docx');
    expect(await dispatch(handlers, 'minutes', 'exportDocx', { sessionId: heldId, path: file, language: null, confirmedLeavesWorkspace: true })).toMatchObject({ ok: true });
    expect(await dispatch(handlers, 'minutes', 'verifyFile', { path: file })).toMatchObject({ ok: true, value: { match: true, kind: 'minutes_signed', sessionId: heldId } });
    expect(s.workspace.verify().ok).toBe(true);
  });
});

describe('minutes: a citizen meeting', () => {
  it('is its own document, SOLO CIUDADANOS on every page, with its attendance, agenda review, topics and checklist', async () => {
    const { s, setNow, p } = heldPlenary();
    const next = s.sessions.create(plenary('2026-08-07T17:00'));
    const meeting = s.sessions.create({ kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2026-08-03T18:30', place: 'Cámara de Comercio', committeeId: null, preparesSessionId: next.id, number: null });
    const items = s.agenda.get(next.id).items;
    s.citizenMeetings.setNote(meeting.id, items[2]!.id, 'Preguntar por las cifras de robo.');
    s.citizenMeetings.addTopic(meeting.id, { title: 'Alumbrado en El Mirador', body: 'Proponer la segunda etapa.', isGeneralMatter: false });
    s.citizenMeetings.addTopic(meeting.id, { title: 'Fecha de la elección', body: null, isGeneralMatter: true });
    s.citizenMeetings.addChecklistItem(meeting.id, 'Imprimir la matriz');
    await expect(s.minutes.exportDocx(meeting.id, path.join(tempDir(), 'rc.docx'), undefined, true)).rejects.toThrow(/aún no se ha celebrado/);
    setNow('2026-08-03T20:30:00');
    s.sessions.setStatus(meeting.id, 'closed');
    const mark = (personId: number, status: 'present' | 'late' | 'absent_justified', time: string | null = null) =>
      s.live.setAttendance({ sessionId: meeting.id, personId, status, time, substituteName: null, justification: status === 'absent_justified' ? 'Viaje' : null });
    for (const x of [p.ana, p.beto, p.caro]) mark(x.id, 'present');
    mark(p.dani.id, 'late', '18:50');
    mark(p.eli.id, 'absent_justified');
    expect(s.minutes.get(meeting.id)).toMatchObject({ sessionKind: 'citizen_meeting', items: [], editable: true });
    expect(() => s.minutes.setItemText(meeting.id, items[2]!.id, 'x')).toThrow(/notas de preparación/);

    const file = path.join(tempDir(), 'minuta.docx');
    await s.minutes.exportDocx(meeting.id, file, undefined, true);
    const text = docxBodyText(file);
    expect(text).toContain('Minuta de reunión ciudadana');
    expect(text).toContain('SOLO CIUDADANOS');
    for (const name of ['Ana Ruiz', 'Beto Soto', 'Carolina Vega', 'Daniela Ortiz']) {
      expect(between(text, '1. Asistencia', '2. Revisión')).toContain(name);
      expect(between(text, '. Firmas', null)).toContain(name);
    }
    expect(text).toMatch(/Daniela Ortiz\s*Llegada\s*18:50 h/);
    expect(text).toContain('Preguntar por las cifras de robo.');
    expect(text).toContain('Alumbrado en El Mirador');
    expect(between(text, 'Asuntos generales', 'Lista de verificación')).toContain('Fecha de la elección');
    expect(text).toMatch(/Imprimir la matriz\s*Pendiente/);
    // No official is on a citizen meeting's attendance.
    expect(text).not.toContain('Diego Luna');
    const { headers } = headersAndFooters(file);
    expect(headers).toContain('SOLO CIUDADANOS');
    expect(await s.minutes.verifyFile(file)).toMatchObject({ match: true, kind: 'citizen_minutes_draft', sessionTitle: 'Reunión ciudadana 1/2026' });
    // Signed like any minutes; its attendance is then closed to corrections too.
    s.minutes.sign(meeting.id);
    expect(() => mark(p.eli.id, 'present')).toThrow(/firmada y sellada/);
    const visibility = s.workspace.connection().prepare('SELECT visibility FROM minutes WHERE session_id = ?').get(meeting.id) as { visibility: string };
    expect(visibility.visibility).toBe('citizens');
    expect(s.workspace.verify().ok).toBe(true);
  });
});

describe('minutes (CLI)', () => {
  function cli(args: string[]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
      encoding: 'utf8',
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('exports the acta of a closed session and verifies it: exit 0 with the session when it matches, 2 when not', () => {
    const { s, file: workspace, heldId } = heldPlenary();
    const next = s.sessions.create(plenary('2026-08-07T17:00'));
    s.workspace.close();
    const dir = tempDir();
    const out = path.join(dir, 'acta.docx');
    const exported = cli(['minutes', 'export', workspace, '--session', String(heldId), '--out', out, '--lang', 'en']);
    expect(exported, exported.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(exported.stdout).toContain(out);
    expect(exported.stdout).toContain(`SHA-256 ${sha256File(out)}`);
    expect(docxBodyText(out)).toContain('Minutes of the session');

    const verified = cli(['minutes', 'verify', workspace, out]);
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.stdout).toContain(`sesión ${heldId}`);
    expect(verified.stdout).toContain('Sesión plenaria ordinaria 2/2026');

    const bytes = fs.readFileSync(out);
    bytes[bytes.length - 10]! ^= 0xff;
    fs.writeFileSync(out, bytes);
    const rejected = cli(['minutes', 'verify', workspace, out]);
    expect(rejected.code).toBe(2);
    expect(rejected.stdout).toMatch(/No coincide/);

    const notHeld = cli(['minutes', 'export', workspace, '--session', String(next.id), '--out', path.join(dir, 'no.docx')]);
    expect(notHeld).toMatchObject({ code: 1, stderr: expect.stringMatching(/aún no se ha celebrado/) });
    expect(fs.existsSync(path.join(dir, 'no.docx'))).toBe(false);
    expect(cli(['minutes', 'export', workspace, '--out', out]).code).toBe(1);
    expect(cli(['--help']).stdout).toContain('minutes verify <archivo> <ruta.docx>');
  });
});
