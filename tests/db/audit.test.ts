import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { PASSPHRASE, createWorkspace } from '../support/tempWorkspace.js';

function openWorkspace(file: string) {
  const ws = new WorkspaceService('app');
  ws.unlock({ path: file, passphrase: PASSPHRASE });
  return ws;
}

describe('audit chain', () => {
  it('verifies a workspace written only by Plenaria', () => {
    const ws = openWorkspace(createWorkspace());
    expect(ws.verify()).toEqual({
      ok: true,
      integrity: [],
      foreignKeys: [],
      audit: { ok: true, entries: 3, problems: [], firstBroken: null },
    });
    ws.close();
  });

  it('the log refuses updates and deletes', () => {
    const ws = openWorkspace(createWorkspace());
    const db = ws.connection();
    expect(() => db.prepare("UPDATE audit_log SET actor = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    ws.close();
  });

  it('detects a domain row changed by raw SQL', () => {
    const ws = openWorkspace(createWorkspace());
    ws.connection().prepare("UPDATE mesa SET population = 1 WHERE id = 1").run();
    const report = ws.verify();
    expect(report.ok).toBe(false);
    expect(report.audit.problems).toEqual(['mesa#1: modificada fuera de Plenaria']);
    ws.close();
  });

  it('detects a row inserted or deleted by raw SQL', () => {
    const ws = openWorkspace(createWorkspace());
    const db = ws.connection();
    db.prepare("INSERT INTO committees (name, created_on) VALUES ('Comité fantasma', '2026-01-01')").run();
    db.prepare("DELETE FROM committees WHERE kind = 'indicators'").run();
    const problems = ws.verify().audit.problems;
    expect(problems).toContain('committees#3: fila sin registro de auditoría');
    expect(problems).toContain('committees#2: borrada fuera de Plenaria');
    ws.close();
  });

  it('detects a rewritten log entry even with its triggers dropped', () => {
    const ws = openWorkspace(createWorkspace());
    const db = ws.connection();
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET actor = 'intruso' WHERE id = 2").run();
    const audit = ws.verify().audit;
    expect(audit.ok).toBe(false);
    expect(audit.problems).toContain('registro de auditoría: la entrada 2 fue alterada');
    ws.close();
  });
});
