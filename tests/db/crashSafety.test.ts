import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { PASSPHRASE, createWorkspace } from '../support/tempWorkspace.js';
import { exited, spawnTs, waitForLine } from '../support/childProcess.js';

const KILLS = 20;

/** A seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('crash safety', () => {
  it(`survives a writer killed with SIGKILL mid-transaction ${KILLS} times`, async () => {
    const file = createWorkspace();
    const next = random(20261122);
    let nextBatch = 1;
    let totalAcked = 0;
    for (let round = 0; round < KILLS; round++) {
      const child = spawnTs('tests/db/fixtures/writer.ts', [file, PASSPHRASE, String(nextBatch)]);
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      await waitForLine(child, /^ready$/);
      await sleep(5 + Math.floor(next() * 150));
      child.kill('SIGKILL');
      await exited(child);
      const acked = [...out.matchAll(/^ack (\d+)$/gm)].map((m) => Number(m[1]));
      totalAcked += acked.length;

      const ws = new WorkspaceService('app');
      ws.unlock({ path: file, passphrase: PASSPHRASE });
      const db = ws.connection();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const batches = db
        .prepare('SELECT batch, count(*) AS n FROM crash_probe GROUP BY batch ORDER BY batch')
        .all() as { batch: number; n: number }[];
      // No partial transaction: every batch that exists is whole.
      for (const b of batches) expect(b.n, `batch ${b.batch}`).toBe(5);
      // Every acknowledged write is there.
      const present = new Set(batches.map((b) => b.batch));
      for (const a of acked) expect(present.has(a), `acked batch ${a}`).toBe(true);
      // Nothing beyond the one transaction that may have committed before its ack was printed.
      const lastAcked = acked.at(-1) ?? nextBatch - 1;
      const maxPresent = batches.at(-1)?.batch ?? 0;
      expect(maxPresent).toBeLessThanOrEqual(lastAcked + 1);
      nextBatch = maxPresent + 1;
      ws.close();
    }
    expect(totalAcked).toBeGreaterThan(KILLS);
    expect(fs.existsSync(file)).toBe(true);
  });

  it('a rekey killed with SIGKILL leaves exactly one passphrase working and the file intact', async () => {
    const file = createWorkspace();
    // Enough pages that the rewrite takes a while and the kill lands inside it at times.
    const setup = new WorkspaceService('app');
    setup.unlock({ path: file, passphrase: PASSPHRASE });
    const db = setup.connection();
    db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO bulk (payload) VALUES (randomblob(4000))');
    db.transaction(() => {
      for (let i = 0; i < 6000; i++) insert.run();
    })();
    setup.close();

    const next = random(7);
    const passphrases = [PASSPHRASE, 'segunda frase de acceso larga'];
    let current = 0;
    const outcomes = { kept: 0, changed: 0 };
    for (let round = 0; round < 8; round++) {
      const target = 1 - current;
      const child = spawnTs('tests/db/fixtures/rekeyer.ts', [file, passphrases[current]!, passphrases[target]!]);
      await waitForLine(child, /^rekeying$/);
      await sleep(Math.floor(next() * 1500));
      child.kill('SIGKILL');
      await exited(child);

      const opens = passphrases.map((p) => {
        const ws = new WorkspaceService('app');
        try {
          ws.unlock({ path: file, passphrase: p });
          const rows = (ws.connection().prepare('SELECT count(*) AS n FROM bulk').get() as { n: number }).n;
          const integrity = ws.connection().pragma('integrity_check', { simple: true });
          ws.close();
          return { rows, integrity };
        } catch (err) {
          expect(err).toMatchObject({ code: 'wrong_passphrase' });
          return null;
        }
      });
      const working = opens.flatMap((o, i) => (o ? [i] : []));
      expect(working, `round ${round}`).toHaveLength(1);
      expect(opens[working[0]!]).toEqual({ rows: 6000, integrity: 'ok' });
      if (working[0] === current) outcomes.kept++;
      else outcomes.changed++;
      current = working[0]!;
    }
    expect(outcomes.kept + outcomes.changed).toBe(8);
    // Unlocking removed any half-made copy the kills left beside the file.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['mesa.plenaria']);
  });
});
