import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { IndicatorsService } from '../../src/main/services/indicatorsService.js';
import { ServiceContext } from '../../src/main/services/serviceContext.js';
import { WorkspaceService } from '../../src/main/services/workspaceService.js';
import { MESA, PASSPHRASE, createWorkspace, repoRoot, sha256File, tempDir } from '../support/tempWorkspace.js';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function csvFile(content: string | Buffer): string {
  const file = path.join(tempDir(), 'indicadores.csv');
  fs.writeFileSync(file, content);
  return file;
}

// Months long past: the CLI runs on the real clock.
const CSV = `\ufeffIndicador;Unidad;Periodo;Valor;Fuente
Homicidio doloso;tasa_100k;2024-01;63;FGE

Homicidio doloso;tasa_100k;2024-02;60;FGE
Robo de vehículo;casos;2024-01;41;
`;

describe('indicators import / list (CLI)', () => {
  it('a dry run and a refused import write nothing; an import is listed back as JSON', () => {
    const ws = createWorkspace();
    const before = sha256File(ws);

    const bad = cli(['indicators', 'import', ws, csvFile('indicador,unidad,periodo,valor,fuente\nHomicidio doloso,tasa_100k,2024-13,5,\nHomicidio doloso,porcentaje,2024-02,x,\n')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toEqual([
      'línea 2: periodo: «2024-13» no es un mes válido (use AAAA-MM, por ejemplo 2025-03)',
      'línea 3: unidad: valor desconocido «porcentaje» (use casos o tasa_100k)',
      'línea 3: valor: «x» no es un número',
      '2 fila(s) con problemas; no se importó nada.',
    ]);
    expect(sha256File(ws)).toBe(before);

    const file = csvFile(CSV);
    const dry = cli(['indicators', 'import', ws, file, '--dry-run']);
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toBe(
      [
        '3 valor(es) listos para importar, 0 reemplazan uno registrado (simulación: no se escribió nada).',
        'Se creará el indicador «Homicidio doloso» (tasa_100k): líneas 2, 4.',
        'Se creará el indicador «Robo de vehículo» (casos): línea 5.',
        '',
      ].join('\n'),
    );
    expect(sha256File(ws)).toBe(before);

    const done = cli(['indicators', 'import', ws, file]);
    expect(done).toMatchObject({ code: 0, stderr: '' });
    expect(done.stdout).toBe('3 valor(es) nuevos, 0 reemplazados, 0 sin cambios.\nIndicadores creados: Homicidio doloso; Robo de vehículo.\n');

    // A goal, adopted through the service, to see it listed.
    const workspace = new WorkspaceService('app');
    workspace.unlock({ path: ws, passphrase: PASSPHRASE });
    new IndicatorsService(new ServiceContext(workspace, 'app')).addGoal({ indicatorId: 1, target: 45, deadline: '2024-12-31', adoptedSessionId: null, adoptedAgreementId: null });
    workspace.close();

    const list = cli(['indicators', 'list', ws, '--json']);
    expect(list).toMatchObject({ code: 0, stderr: '' });
    const rate = (cases: number) => Math.round(((cases * 12 * 100_000) / MESA.population) * 100) / 100;
    expect(JSON.parse(list.stdout)).toEqual([
      {
        name: 'Homicidio doloso',
        unit: 'tasa_100k',
        source: 'FGE',
        values: [
          { period: '2024-01', value: rate(63), cases: 63 },
          { period: '2024-02', value: rate(60), cases: 60 },
        ],
        // February's 47.6 per 100,000 is above 45.
        goals: [{ target: 45, deadline: '2024-12-31', met: false, current: true }],
      },
      { name: 'Robo de vehículo', unit: 'casos', source: null, values: [{ period: '2024-01', value: 41, cases: 41 }], goals: [] },
    ]);

    // Importing the same file again changes nothing.
    expect(cli(['indicators', 'import', ws, file]).stdout).toBe('0 valor(es) nuevos, 0 reemplazados, 3 sin cambios.\n');
    expect(cli(['verify', ws]).code).toBe(0);
  });

  it('explains its usage and refuses what is not a CSV before asking for the passphrase', () => {
    const ws = createWorkspace();
    const wrong = cli(['indicators', 'import', ws, path.join(tempDir(), 'datos.xlsx')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/debe ser \.csv/);
    const missing = cli(['indicators', 'import', ws, path.join(tempDir(), 'no-existe.csv')]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/No se puede leer el archivo/);
    const unknown = cli(['indicators', 'chart', ws]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Comando desconocido: indicators chart/);
    expect(cli(['--help']).stdout).toContain('indicators list <archivo> [--json]');
  });
});
