/**
 * The ten-year Mesa (120 plenaries, 120 citizen meetings, 1,200 committee meetings, 300 people,
 * 5,000 agreements, 25,000 follow-ups, 12 indicators × 120 months): the matrix as the
 * coordinator filters it, the file's size, and the two side-by-side baselines.
 *
 * Baseline workload (see statementLog.ts): build the ten-year Mesa (every INSERT, UPDATE and
 * audit-log read/append the generator makes, 120 monthly transactions), then 200 matrix
 * queries (matrixRepository's SQL: every agreement with its responsibles and latest follow-up).
 *   encryptedOverPlain = time(our binding, encrypted file) / time(our binding, plain file)
 *   peerOverOurs       = time(@journeyapps/sqlcipher, encrypted file) / time(our binding, encrypted file)
 */
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../src/main/db/sqlite.js';
import { migrate } from '../../src/main/db/migrate.js';
import { matrixSql } from '../../src/main/db/repositories/matrixRepository.js';
import { TEN_YEAR_MESA, writeMesa, type MesaOptions } from '../../src/main/demo/reference/referenceMesa.js';
import { createServices } from '../../src/main/services/services.js';
import { filterMatrix, matrixColumns, sortMatrix, type MatrixFilter } from '../../src/shared/domain/agreements.js';
import type { AgreementStatus } from '../../src/shared/domain/live.js';
import { connectionPragmas, oursReplayer, peerReplayer, recordingDb, transactions, type LoggedStatement } from './statementLog.js';

export const TEN_YEARS: MesaOptions = { size: TEN_YEAR_MESA, seed: 2_016, lastMonth: '2026-10' };
const TODAY = '2026-11-22';
const MATRIX_QUERIES = 200;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round1 = (ms: number) => Math.round(ms * 10) / 10;

/** The ten-year Mesa through the app's services: what the coordinator's matrix costs on it. */
export function measureTenYearMesa(dir: string, passphrase: string): Record<string, number> {
  const file = path.join(dir, 'diez-anios.plenaria');
  const s = createServices({ preferencesDir: path.join(dir, 'ten-year-prefs'), today: () => TODAY });
  s.workspace.create({ path: file, passphrase, name: 'Mesa de diez años', municipality: 'Juárez', population: 1_512_450 });
  let t = performance.now();
  writeMesa(s.workspace.connection(), TEN_YEARS);
  const buildMs = performance.now() - t;
  s.workspace.close();
  const workspaceBytes = fs.statSync(file).size;

  t = performance.now();
  s.workspace.unlock({ path: file, passphrase });
  const unlockMs = performance.now() - t;
  try {
    // The matrix screen loads every row once (SQL + mapping), then filters in memory on every keystroke.
    const loads = Array.from({ length: 7 }, () => {
      const t0 = performance.now();
      s.agreements.matrix();
      return performance.now() - t0;
    });
    const rows = s.agreements.matrix();
    const committees = [...new Set(rows.map((r) => r.committeeId))];
    const people = [...new Set(rows.flatMap((r) => r.responsibleIds))];
    const statuses: AgreementStatus[][] = [[], ['pendiente', 'en_proceso'], ['cumplido'], ['en_proceso'], ['cancelado', 'pendiente']];
    const words = ['', 'robo', 'fiscalía alumbrado', 'acuerdo 4', 'colonias del oriente'];
    const runs = Array.from({ length: MATRIX_QUERIES }, (_, i) => {
      // Mixed filters: every kind appears alone and combined, with every sort column.
      const filter: MatrixFilter = {
        statuses: statuses[i % statuses.length]!,
        text: words[(i >> 1) % words.length] || undefined,
        committeeId: i % 3 === 0 ? committees[i % committees.length] : undefined,
        responsibleId: i % 7 === 0 ? people[i % people.length] : undefined,
        overdue: i % 4 === 0 ? true : undefined,
        from: i % 5 === 0 ? `20${18 + (i % 8)}-01-01` : undefined,
        to: i % 6 === 0 ? `20${20 + (i % 6)}-12-31` : undefined,
      };
      const t0 = performance.now();
      sortMatrix(filterMatrix(rows, filter, TODAY), { column: matrixColumns[i % matrixColumns.length]!, direction: i % 2 ? 'asc' : 'desc' }, TODAY);
      return performance.now() - t0;
    });
    t = performance.now();
    const ok = s.workspace.verify().ok;
    const verifyMs = performance.now() - t;
    if (!ok) throw new Error('bench: the ten-year Mesa does not verify');
    return {
      tenYearAgreements: rows.length,
      tenYearBuildMs: Math.round(buildMs),
      tenYearUnlockMs: Math.round(unlockMs),
      tenYearVerifyMs: Math.round(verifyMs),
      matrixQueryP50Ms: round1(percentile(runs, 50)),
      matrixQueryP95Ms: round1(percentile(runs, 95)),
      matrixLoadP50Ms: Math.round(percentile(loads, 50)),
      workspaceBytes,
    };
  } finally {
    s.workspace.close();
  }
}

/** The workload, recorded once from the real code writing to memory. */
function recordWorkload(): LoggedStatement[][] {
  const memory = new Database(':memory:');
  try {
    for (const p of connectionPragmas(null)) memory.exec(p);
    const schema: LoggedStatement[] = [];
    migrate(recordingDb(memory, schema));
    const build: LoggedStatement[] = [];
    writeMesa(recordingDb(memory, build), TEN_YEARS);
    const queries: LoggedStatement[] = Array.from({ length: MATRIX_QUERIES }, () => ({ sql: matrixSql(false), method: 'all', params: [] }));
    return [schema, build, queries];
  } finally {
    memory.close();
  }
}

/**
 * The three connections take turns, one transaction (a month of the build) or one matrix query
 * at a time, in a rotating order: on a machine shared with other work, each sees the same
 * load, which is what makes the ratios meaningful.
 */
export async function measureBaselines(dir: string, passphrase: string): Promise<Record<string, number>> {
  const [schema, build, queries] = recordWorkload() as [LoggedStatement[], LoggedStatement[], LoggedStatement[]];
  const replayers = [
    oursReplayer(path.join(dir, 'baseline-plain.sqlite'), null),
    oursReplayer(path.join(dir, 'baseline-encrypted.plenaria'), passphrase),
    await peerReplayer(path.join(dir, 'baseline-peer.plenaria'), passphrase),
  ];
  try {
    for (const r of replayers) await r.run(schema);
    const times = { build: [0, 0, 0], queries: [0, 0, 0] };
    const turns = async (chunks: LoggedStatement[][], into: number[]) => {
      for (const [i, chunk] of chunks.entries()) {
        for (let k = 0; k < replayers.length; k++) {
          const r = (i + k) % replayers.length;
          into[r]! += await replayers[r]!.run(chunk);
        }
      }
    };
    await turns(transactions(build), times.build);
    await turns(
      queries.map((q) => [q]),
      times.queries,
    );
    const [plain, encrypted, peer] = [0, 1, 2].map((r) => times.build[r]! + times.queries[r]!) as [number, number, number];
    return {
      baselineStatements: build.length + queries.length,
      baselinePlainBuildMs: Math.round(times.build[0]!),
      baselinePlainQueriesMs: Math.round(times.queries[0]!),
      baselineEncryptedBuildMs: Math.round(times.build[1]!),
      baselineEncryptedQueriesMs: Math.round(times.queries[1]!),
      baselinePeerBuildMs: Math.round(times.build[2]!),
      baselinePeerQueriesMs: Math.round(times.queries[2]!),
      encryptedOverPlain: Math.round((encrypted / plain) * 100) / 100,
      peerOverOurs: Math.round((peer / encrypted) * 100) / 100,
    };
  } finally {
    for (const r of replayers) await r.close();
  }
}
