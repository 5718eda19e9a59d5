/**
 * The agreements matrix at the size of an old, busy Mesa: 5,000 agreements and 25,000
 * follow-ups in a real encrypted file. Measures the import, the matrix query and the pure
 * filter + sort the console runs on every keystroke of its filter box.
 */
import path from 'node:path';
import { createServices } from '../../src/main/services/services.js';
import { filterMatrix, sortMatrix } from '../../src/shared/domain/agreements.js';

const AGREEMENTS = 5_000;
const FOLLOWUPS = 25_000;
const STATUSES = ['pendiente', 'en proceso', 'cumplido', 'cancelado'];
const COMMITTEES = ['Comité de prevención', 'Comité de indicadores', 'Comité anti robo de autos', 'Comité de secuestro y extorsión'];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function sheet(): string {
  const lines = ['clave,acuerdo,sesion,fecha_sesion,comite,responsables,fecha_compromiso,estatus,avance,seguimiento'];
  for (let i = 0; i < AGREEMENTS; i++) {
    // 100 plenaries over eight years, 50 agreements each.
    const n = Math.floor(i / 50);
    const year = 2018 + Math.floor(n / 12);
    const month = String((n % 12) + 1).padStart(2, '0');
    const session = `${(n % 12) + 1}/${year}`;
    const due = `${year + 1}-${month}-15`;
    lines.push(
      `M-${i + 1},Acuerdo de medición número ${i + 1} sobre la colonia ${i % 97},${session},${year}-${month}-10,${COMMITTEES[i % 4]},Persona ${i % 40},${due},${STATUSES[i % 4]},${(i * 7) % 100},Avance informado ${i}`,
    );
  }
  return lines.join('\n');
}

export async function measureMatrix(dir: string, passphrase: string): Promise<Record<string, number>> {
  const services = createServices({ preferencesDir: path.join(dir, 'matrix-prefs'), today: () => '2026-11-22' });
  services.workspace.create({ path: path.join(dir, 'matrix.plenaria'), passphrase, name: 'Mesa de medición', municipality: 'Juárez', population: 1_512_450 });
  try {
    const csv = sheet();
    let t = performance.now();
    await services.agreements.importApply({ format: 'csv', text: csv }, { createMissing: true });
    const importMs = performance.now() - t;

    // The other 20,000 follow-ups: four more per agreement, written directly (the import gave one each).
    const db = services.workspace.connection();
    const insert = db.prepare(`INSERT INTO agreement_followups (agreement_id, session_id, recorded_on, status, progress, note, visibility) VALUES (?, NULL, ?, 'en_proceso', ?, ?, 'plenary')`);
    const ids = (db.prepare('SELECT id FROM agreements').all() as { id: number }[]).map((r) => r.id);
    db.transaction(() => {
      for (let k = 0; k < FOLLOWUPS - ids.length; k++) insert.run(ids[k % ids.length]!, `2025-0${1 + (k % 9)}-01`, k % 100, `Seguimiento ${k}`);
    })();

    const queries = Array.from({ length: 7 }, () => {
      t = performance.now();
      services.agreements.matrix();
      return performance.now() - t;
    });
    const rows = services.agreements.matrix();
    const today = '2026-11-22';
    const filterSort = Array.from({ length: 21 }, (_, i) => {
      t = performance.now();
      const filtered = filterMatrix(rows, { statuses: ['pendiente', 'en_proceso'], text: i % 2 ? 'colonia 4' : 'medición', overdue: i % 3 === 0 ? true : undefined }, today);
      sortMatrix(filtered, { column: i % 2 ? 'dueOn' : 'committee', direction: 'desc' }, today);
      return performance.now() - t;
    });
    return {
      matrixAgreements: rows.length,
      matrixFollowUps: (db.prepare('SELECT count(*) AS n FROM agreement_followups').get() as { n: number }).n,
      matrixImport5000Ms: Math.round(importMs),
      matrixQueryP50Ms: Math.round(percentile(queries, 50)),
      matrixFilterSortP50Ms: Math.round(percentile(filterSort, 50) * 10) / 10,
      matrixFilterSortP95Ms: Math.round(percentile(filterSort, 95) * 10) / 10,
    };
  } finally {
    services.workspace.close();
  }
}
