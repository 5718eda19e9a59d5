import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDemoWorkspace } from '../../src/main/demo/demoWorkspace.js';
import { openWorkspaceReadOnly } from '../../src/main/db/connection.js';
import type { Db } from '../../src/main/db/sqlite.js';
import { DOMAIN_TABLES } from '../../src/main/db/repositories/tables.js';
import { entryHash } from '../../src/main/services/auditLog.js';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import { openServices, person } from '../support/servicesHarness.js';
import { PASSPHRASE, createWorkspace, repoRoot, tempDir } from '../support/tempWorkspace.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * Tables written without an audit entry, on purpose. live_drafts is the projector's typing
 * buffer (rewritten on every keystroke, removed when the session closes); what it turns
 * into (an agreement, a follow-up) is audited when it is recorded.
 */
const UNAUDITED = new Set(['live_drafts']);

interface Change {
  table: string;
  id: number;
  op: string;
  /** The newest audit entry when the row changed: the change's own entry must come after it. */
  auditMax: number;
}

/**
 * Every row change on a connection, seen by SQLite itself: TEMP triggers (they live in the
 * connection's memory, never in the file) on every table call back into the test.
 */
function watchChanges(db: Db, changes: Change[]): void {
  db.function('plenaria_test_changed', (table: unknown, id: unknown, op: unknown, auditMax: unknown) => {
    changes.push({ table: String(table), id: Number(id), op: String(op), auditMax: Number(auditMax ?? 0) });
    return null;
  });
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_log'").all() as { name: string }[]).map((r) => r.name);
  for (const table of tables) {
    for (const [op, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']] as const) {
      db.exec(`CREATE TEMP TRIGGER watch_${op.toLowerCase()}_${table} AFTER ${op} ON main.${table} BEGIN
        SELECT plenaria_test_changed('${table}', ${row}.rowid, '${op}', (SELECT max(id) FROM main.audit_log)); END;`);
    }
  }
}

/**
 * Changes of one row between two audit entries form one burst; each burst needs an entry for
 * that row after it and before the row's next burst. A write without its entry leaves an
 * empty window, whatever happened to the row later.
 */
function unauditedChanges(changes: Change[], entries: { id: number; entity: string; entity_id: number }[]): string[] {
  const entriesOf = new Map<string, number[]>();
  for (const e of entries) {
    const key = `${e.entity}#${e.entity_id}`;
    entriesOf.set(key, [...(entriesOf.get(key) ?? []), e.id]);
  }
  const bursts = new Map<string, number[]>();
  for (const c of changes) {
    if (UNAUDITED.has(c.table)) continue;
    const key = `${c.table}#${c.id}`;
    const list = bursts.get(key) ?? [];
    if (list.at(-1) !== c.auditMax) list.push(c.auditMax);
    bursts.set(key, list);
  }
  const unaudited: string[] = [];
  for (const [key, starts] of bursts) {
    const ids = entriesOf.get(key) ?? [];
    starts.forEach((start, i) => {
      const end = starts[i + 1] ?? Infinity;
      if (!ids.some((id) => id > start && id <= end)) unaudited.push(`${key} after entry ${start}`);
    });
  }
  return unaudited;
}

describe('the audit log covers every write', () => {
  it('the demo (six months of a Mesa, written through the services): every row change has its audit entry before the row changes again', () => {
    const changes: Change[] = [];
    const watched = new WeakSet<Db>();
    const connection = WorkspaceService.prototype.connection;
    vi.spyOn(WorkspaceService.prototype, 'connection').mockImplementation(function (this: WorkspaceService) {
      const db = connection.call(this);
      if (!watched.has(db)) {
        watched.add(db);
        watchChanges(db, changes);
      }
      return db;
    });
    const file = path.join(tempDir(), 'demo.plenaria');
    createDemoWorkspace({ file, passphrase: PASSPHRASE, today: '2026-03-18' });

    const db = openWorkspaceReadOnly(file, PASSPHRASE);
    const entries = db.prepare('SELECT id, entity, entity_id FROM audit_log ORDER BY id').all() as { id: number; entity: string; entity_id: number }[];
    db.close();
    const unaudited = unauditedChanges(changes, entries);

    const tablesWritten = new Set(changes.map((c) => c.table));
    expect(changes.length).toBeGreaterThan(1000);
    expect(tablesWritten.size).toBeGreaterThan(15);
    expect([...tablesWritten].filter((t) => !UNAUDITED.has(t) && !(DOMAIN_TABLES as readonly string[]).includes(t))).toEqual([]);
    expect(unaudited).toEqual([]);
    console.log(`[audit coverage] ${changes.length} row changes in ${tablesWritten.size} tables, ${entries.length} audit entries, 0 without an entry`);
  });

  it('catches a raw SQL write even when a later service write makes verify pass again', () => {
    const { s } = openServices();
    const changes: Change[] = [];
    const db = s.workspace.connection();
    watchChanges(db, changes);
    const ana = s.people.create(person('Ana Ruiz'));
    db.prepare("UPDATE people SET notes = 'sin registro' WHERE id = ?").run(ana.id);
    const beto = s.people.create(person('Beto Soto'));
    // Audited afterwards, through the service: the raw write still has no entry of its own.
    s.people.update(ana.id, person('Ana Ruiz Soto'));
    const entries = db.prepare('SELECT id, entity, entity_id FROM audit_log ORDER BY id').all() as { id: number; entity: string; entity_id: number }[];
    const rawAfter = entries.findLast((e) => e.entity === 'people' && e.entity_id === ana.id && e.id < entries.find((x) => x.entity_id === beto.id && x.entity === 'people')!.id)!.id;
    expect(unauditedChanges(changes, entries)).toEqual([`people#${ana.id} after entry ${rawAfter}`]);
    expect(s.workspace.verify().ok).toBe(true);
    s.workspace.close();
  });
});

describe('verify pinpoints the first broken entry', () => {
  function tampered(tamper: (db: Db) => void) {
    const { s } = openServices();
    for (const name of ['Ana Ruiz', 'Beto Soto', 'Carolina Vega']) s.people.create(person(name));
    const db = s.workspace.connection();
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    tamper(db);
    const report = s.workspace.verify();
    s.workspace.close();
    return report;
  }

  it('an entry edited in place', () => {
    const report = tampered((db) => db.prepare("UPDATE audit_log SET actor = 'cli' WHERE id = 4").run());
    expect(report.ok).toBe(false);
    expect(report.audit.firstBroken).toEqual({ id: 4, position: 4, reason: 'altered', message: 'registro de auditoría: la entrada 4 fue alterada' });
  });

  it('an entry removed from the middle', () => {
    const report = tampered((db) => db.prepare('DELETE FROM audit_log WHERE id = 2').run());
    expect(report.audit.firstBroken).toEqual({ id: 3, position: 2, reason: 'missing', message: 'registro de auditoría: falta la entrada 2 (sigue la 3)' });
    expect(report.audit.problems).toContain('registro de auditoría: la entrada 3 no encadena con la anterior');
  });

  it('an entry edited with its hash recomputed: the next one no longer chains', () => {
    const report = tampered((db) => {
      const e = db.prepare('SELECT * FROM audit_log WHERE id = 5').get() as Parameters<typeof entryHash>[0] & { hash: string };
      const forged = { ...e, actor: 'cli' };
      db.prepare('UPDATE audit_log SET actor = ?, hash = ? WHERE id = 5').run(forged.actor, entryHash(forged));
    });
    expect(report.audit.firstBroken).toEqual({ id: 6, position: 6, reason: 'unchained', message: 'registro de auditoría: la entrada 6 no encadena con la anterior' });
  });

  it('the CLI names it too', () => {
    const file = createWorkspace();
    const ws = new WorkspaceService('app');
    ws.unlock({ path: file, passphrase: PASSPHRASE });
    const db = ws.connection();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'cli' WHERE id = 2").run();
    ws.close();
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), 'verify', file], {
      cwd: repoRoot,
      env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('primera entrada rota: n.º 2 (posición 2): registro de auditoría: la entrada 2 fue alterada');
  });

  it('a whole chain is reported as whole', () => {
    const report = tampered(() => {});
    expect(report.audit).toMatchObject({ ok: true, firstBroken: null, entries: 6 });
  });
});

describe('audit.list', () => {
  it('filters by table, action and dates, newest first, in pages', async () => {
    const { s, setNow } = openServices('2026-06-15');
    setNow('2026-06-15T10:00:00');
    const people = ['Ana Ruiz', 'Beto Soto', 'Carolina Vega', 'Diana Paz', 'Elena Gil'].map((n) => s.people.create(person(n)));
    s.people.update(people[0]!.id, person('Ana Ruiz Soto'));
    const handlers = createHandlers(s);
    const list = async (args: unknown) => {
      const r = await dispatch(handlers, 'audit', 'list', args);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { entries: { id: number; action: string; entity: string; entityId: number; at: string }[]; total: number; entities: string[] };
    };

    const all = await list({ page: 0, pageSize: 3 });
    expect(all.total).toBe(3 + 5 + 1);
    expect(all.entries.map((e) => e.id)).toEqual([9, 8, 7]);
    expect(all.entries[0]).toMatchObject({ action: 'update', entity: 'people', entityId: people[0]!.id, actor: 'app' });
    expect(all.entities).toContain('agreements');
    expect((await list({ page: 2, pageSize: 3 })).entries.map((e) => e.id)).toEqual([3, 2, 1]);
    expect((await list({ page: 3, pageSize: 3 })).entries).toEqual([]);

    expect((await list({ entity: 'people', page: 0, pageSize: 50 })).total).toBe(6);
    expect((await list({ entity: 'people', action: 'update', page: 0, pageSize: 50 })).entries.map((e) => e.entityId)).toEqual([people[0]!.id]);
    expect((await list({ entity: 'committees', page: 0, pageSize: 50 })).total).toBe(2);

    // Entries carry the machine's clock: today's range holds them all, yesterday's none.
    const today = new Date().toLocaleDateString('sv-SE');
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('sv-SE');
    expect((await list({ from: today, to: today, page: 0, pageSize: 50 })).total).toBe(9);
    expect((await list({ to: yesterday, page: 0, pageSize: 50 })).total).toBe(0);

    for (const bad of [{ page: 0, pageSize: 0 }, { page: -1, pageSize: 10 }, { entity: 'audit_log', page: 0, pageSize: 10 }, { from: '2026-13-01', page: 0, pageSize: 10 }, { page: 0, pageSize: 10_000 }]) {
      expect(await dispatch(handlers, 'audit', 'list', bad)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    }
    s.workspace.close();
  });

  it('is refused while locked', async () => {
    const { s } = openServices();
    s.workspace.lock();
    expect(await dispatch(createHandlers(s), 'audit', 'list', { page: 0, pageSize: 10 })).toMatchObject({ ok: false, error: { code: 'no_workspace_open' } });
  });
});
