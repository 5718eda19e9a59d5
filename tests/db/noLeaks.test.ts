/**
 * Nothing leaves the workspace unasked (issue 11, item 5). A representative end-to-end path
 * through the real services with TMPDIR (and SQLite's SQLITE_TMPDIR) pointed at a fresh
 * empty folder: afterwards that folder is still empty, the app's data folder holds only the
 * preferences JSON (no Mesa content in it) and encrypted backups, the workspace folder only
 * the encrypted file, and the passphrase appears in no console output and no error message.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices } from '../../src/main/services/services.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import { localInstantMs } from '../../src/shared/domain/live.js';
import { official, person } from '../support/servicesHarness.js';

const PASSPHRASE = 'frase secreta de la mesa 7319 que nunca se imprime';
const PLAIN_SQLITE = Buffer.from('SQLite format 3\0', 'latin1');

/** Every file under `dir`, relative, recursively. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

const isEncryptedWorkspace = (file: string): boolean => {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 16, 0);
  fs.closeSync(fd);
  return !head.equals(PLAIN_SQLITE);
};

describe('nothing leaves the workspace unasked', () => {
  let root: string;
  const saved = { TMPDIR: process.env.TMPDIR, SQLITE_TMPDIR: process.env.SQLITE_TMPDIR };
  const captured: string[] = [];
  const originals = { log: console.log, error: console.error, warn: console.warn, info: console.info, debug: console.debug };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-noleaks-'));
    for (const d of ['tmp', 'appdata', 'docs', 'exports', 'usb']) fs.mkdirSync(path.join(root, d));
    process.env.TMPDIR = path.join(root, 'tmp');
    process.env.SQLITE_TMPDIR = path.join(root, 'tmp');
    for (const name of Object.keys(originals) as (keyof typeof originals)[]) {
      console[name] = (...args: unknown[]) => {
        captured.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
      };
    }
  });

  afterEach(() => {
    Object.assign(console, originals);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a full run leaves no plaintext file behind and never prints the passphrase', async () => {
    expect(os.tmpdir()).toBe(path.join(root, 'tmp'));
    let now = new Date(localInstantMs('2026-06-01T09:00:00'));
    const setNow = (instant: string) => (now = new Date(localInstantMs(instant)));
    const appdata = path.join(root, 'appdata');
    const s = createServices({ preferencesDir: appdata, documentsDir: path.join(root, 'docs'), now: () => now, today: () => now.toISOString().slice(0, 10) });
    s.backups.stopDaily();
    const handlers = createHandlers(s);
    const messages: string[] = [];
    // Through dispatch, as the console calls: every answer's error message is kept for the passphrase check.
    const call = async (domain: string, method: string, args?: unknown) => {
      const result = await dispatch(handlers, domain, method, args);
      if (!result.ok) messages.push(result.error.message);
      return result;
    };

    const file = path.join(root, 'docs', 'mesa.plenaria');
    await call('workspace', 'create', { path: file, passphrase: PASSPHRASE, name: 'Mesa de Seguridad de Prueba', municipality: 'Ciudad Juárez', population: 1_512_450 });
    // Wrong passphrases and bad calls on the way: their messages must not echo what was typed.
    await call('workspace', 'unlock', { path: file, passphrase: `${PASSPHRASE}x` });
    await call('backups', 'preview', { path: file, passphrase: `${PASSPHRASE}!` });
    await call('workspace', 'rekey', { currentPassphrase: `${PASSPHRASE}?`, newPassphrase: PASSPHRASE });
    // Past the schema, straight to the service: a NUL would have cut the PRAGMA short and SQLite
    // quotes the SQL near a syntax error, so it is refused before SQLite sees it.
    try {
      s.workspace.unlock({ path: file, passphrase: `${PASSPHRASE}\0' --` });
    } catch (err) {
      messages.push(err instanceof Error ? err.message : String(err));
      expect(err).toMatchObject({ code: 'wrong_passphrase' });
    }
    await call('workspace', 'unlock', { path: file, passphrase: PASSPHRASE });

    const ana = s.people.create(person('Ana Ruiz Confidencial'));
    const beto = s.people.create(person('Beto Soto'));
    const dir = s.people.create(official('Diego Luna'));
    const committee = s.committees.create({ name: 'Comité de prevención', axis: null, description: null, coordinatorId: ana.id, substituteId: null, createdOn: '2026-01-01', dissolvedOn: null });
    const h = s.indicators.create({ name: 'Homicidio doloso', unit: 'rate_100k', source: 'FGE', description: null, visibility: 'plenary' });
    s.indicators.setValues(['2026-01', '2026-02', '2026-03', '2026-04'].map((period, i) => ({ indicatorId: h.id, period, cases: 40 - i })));

    const plenary = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-06-05T17:00', place: 'Sala de Cabildo', committeeId: null, preparesSessionId: null, number: null });
    s.agenda.add(plenary.id, { kind: 'indicators', title: 'Indicadores del mes', presenterPersonId: null, presenterCommitteeId: committee.id, presenterInstitution: null, minutesAllotted: 10, description: null }, null);
    s.sessions.markConvened(plenary.id, '2026-06-01');
    await call('sessions', 'exportAgenda', { id: plenary.id, path: path.join(root, 'exports', 'orden.docx'), language: 'es', confirmedLeavesWorkspace: true });
    setNow('2026-06-05T17:00:00');
    let live = s.live.start(plenary.id);
    for (const p of [ana, beto, dir]) s.live.setAttendance({ sessionId: plenary.id, personId: p.id, status: 'present', time: null, substituteName: null, justification: null });
    for (const item of live.items) {
      live = s.live.goTo(plenary.id, item.id);
      s.live.setItemNotes(item.id, `Notas del punto ${item.position}: informe reservado`);
      if (item.kind === 'authority_reports') {
        s.live.addAgreement(plenary.id, { agendaItemId: item.id, text: 'Instalar luminarias en la colonia Centro', committeeId: committee.id, responsibleIds: [dir.id], dueOn: '2026-09-30' });
      }
    }
    setNow('2026-06-05T19:00:00');
    s.live.close(plenary.id);

    // The acta (with its indicator chart), the matrix as DOCX and, confirmed, as CSV.
    expect((await call('minutes', 'exportDocx', { sessionId: plenary.id, path: path.join(root, 'exports', 'acta.docx'), language: 'es', confirmedLeavesWorkspace: true })).ok).toBe(true);
    expect((await call('agreements', 'exportDocx', { filter: {}, sort: null, path: path.join(root, 'exports', 'matriz.docx'), language: 'es', plenaryOnly: true, confirmedLeavesWorkspace: true })).ok).toBe(true);
    const refused = await call('agreements', 'exportPlaintext', { filter: {}, sort: null, path: path.join(root, 'exports', 'sin-confirmar.csv'), format: 'csv', confirmedLeavesWorkspace: false });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await call('agreements', 'exportPlaintext', { filter: {}, sort: null, path: path.join(root, 'exports', 'matriz.csv'), format: 'csv', confirmedLeavesWorkspace: true })).ok).toBe(true);
    expect((await call('indicators', 'list')).ok).toBe(true);

    // Backups: one now, one to the "USB stick", a preview, and the automatic one on close.
    expect((await call('backups', 'create')).ok).toBe(true);
    expect((await call('backups', 'backupTo', { path: path.join(root, 'usb', 'respaldo.plenaria') })).ok).toBe(true);
    expect((await call('backups', 'preview', { path: path.join(root, 'usb', 'respaldo.plenaria'), passphrase: PASSPHRASE })).ok).toBe(true);
    expect(s.workspace.verify().ok).toBe(true);
    // Every file that left the workspace was asked for, and each one is in the audited export log.
    expect(filesUnder(path.join(root, 'exports'))).toEqual(['acta.docx', 'matriz.csv', 'matriz.docx', 'orden.docx']);
    expect(s.workspace.info().counts.exports).toBe(5);
    await call('workspace', 'close');

    // The OS temp folder: nothing at all.
    expect(filesUnder(path.join(root, 'tmp'))).toEqual([]);
    // The workspace folder: the encrypted file only (its -wal and -shm went away on close).
    expect(filesUnder(path.join(root, 'docs'))).toEqual(['mesa.plenaria']);
    expect(isEncryptedWorkspace(file)).toBe(true);
    // The app's data folder: preferences.json and encrypted backups, nothing else.
    const appFiles = filesUnder(appdata);
    const backups = appFiles.filter((f) => f.startsWith(`backups${path.sep}`));
    // Plaintext there: small JSON files of the app itself (preferences.json, the unlock back-off's record), checked below.
    const plaintext = appFiles.filter((f) => !backups.includes(f));
    expect(plaintext).toContain('preferences.json');
    for (const f of plaintext) expect(f).toMatch(/^[\w-]+\.json$/);
    expect(backups.map((f) => f.replace(/^.*-(\w+)\.plenaria$/, '$1')).sort()).toEqual(['auto', 'manual']);
    for (const b of backups) {
      expect(b.endsWith('.plenaria')).toBe(true);
      expect(isEncryptedWorkspace(path.join(appdata, b))).toBe(true);
    }
    // They name the file at most, and nothing of the Mesa's content.
    for (const f of plaintext) {
      const text = fs.readFileSync(path.join(appdata, f), 'utf8');
      for (const secret of ['Mesa de Seguridad de Prueba', 'Ana Ruiz', 'luminarias', 'informe reservado', 'Homicidio', PASSPHRASE]) expect(text, f).not.toContain(secret);
    }
    // No confidential text in clear in any file the app wrote, except the exports the user asked for.
    for (const f of [...appFiles.map((x) => path.join(appdata, x)), file, path.join(root, 'usb', 'respaldo.plenaria')]) {
      const bytes = fs.readFileSync(f);
      for (const secret of ['Ana Ruiz Confidencial', 'informe reservado', PASSPHRASE]) expect(bytes.includes(Buffer.from(secret)), `${f}: ${secret}`).toBe(false);
    }

    // The passphrase in no error message and no console output.
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const m of [...messages, ...captured]) expect(m).not.toContain(PASSPHRASE);
  });
});
