/**
 * `npm run bench [-- --json <path>]`: figures that matter, measured on real encrypted files.
 * Issue 10 adds the reference Mesas and the side-by-side baselines; timings live here, never in tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../../src/main/services/services.js';
import { KDF_ITERATIONS } from '../../src/shared/domain/workspace.js';
import { measureProjectorLatency } from './projectorLatency.js';
import { measureMatrix } from './matrix.js';
import { measureMinutes } from './minutes.js';

const PASSPHRASE = 'frase de acceso para medir';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-bench-'));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function peopleCsv(rows: number): string {
  const kinds = ['ciudadano', 'funcionario', 'honorario', 'colaborador', 'invitado'];
  const lines = ['nombre;tipo;cargo;institucion;orden;poder;correo;telefono;fecha_ingreso'];
  for (let i = 0; i < rows; i++) {
    const kind = kinds[i % kinds.length]!;
    const official = kind === 'funcionario' ? `Director ${i};Institución ${i % 17};estatal;ejecutivo` : ';;;';
    lines.push(`Persona de Prueba ${i};${kind};${official};p${i}@example.org;656 000 ${String(i).padStart(4, '0')};2024-0${1 + (i % 9)}-15`);
  }
  return lines.join('\n');
}

try {
  const services = createServices({ preferencesDir: path.join(dir, 'prefs') });
  const file = path.join(dir, 'bench.plenaria');
  services.workspace.create({ path: file, passphrase: PASSPHRASE, name: 'Mesa de medición', municipality: 'Juárez', population: 1_512_450 });
  services.workspace.close();
  const emptyBytes = fs.statSync(file).size;

  const unlock = Array.from({ length: 9 }, () => {
    const ms = time(() => services.workspace.unlock({ path: file, passphrase: PASSPHRASE }));
    services.workspace.lock();
    return ms;
  });

  // Each run imports 500 new people into a fresh copy of the empty workspace.
  const csv = peopleCsv(500);
  const importRuns = Array.from({ length: 5 }, (_, i) => {
    const copy = path.join(dir, `import-${i}.plenaria`);
    fs.copyFileSync(file, copy);
    services.workspace.unlock({ path: copy, passphrase: PASSPHRASE });
    const ms = time(() => services.people.importApply(csv));
    services.workspace.close();
    return ms;
  });
  const preview = (() => {
    services.workspace.unlock({ path: file, passphrase: PASSPHRASE });
    const runs = Array.from({ length: 5 }, () => time(() => services.people.importPreview(csv)));
    services.workspace.close();
    return runs;
  })();

  const figures = {
    unlockMs: Math.round(percentile(unlock, 50)),
    kdfIterations: KDF_ITERATIONS,
    emptyWorkspaceBytes: emptyBytes,
    peopleImport500P50Ms: Math.round(percentile(importRuns, 50)),
    peopleImport500PreviewP50Ms: Math.round(percentile(preview, 50)),
    ...(await measureMatrix(dir, PASSPHRASE)),
    ...(await measureMinutes(dir, PASSPHRASE)),
    projectorKeystrokeLatency: await measureProjectorLatency(),
  };
  console.log(JSON.stringify(figures, null, 2));
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt !== -1 && process.argv[jsonAt + 1]) fs.writeFileSync(process.argv[jsonAt + 1]!, `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
