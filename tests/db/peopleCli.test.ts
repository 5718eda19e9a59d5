import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, createWorkspace, repoRoot, sha256File, tempDir } from '../support/tempWorkspace.js';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function csvFile(content: string): string {
  const file = path.join(tempDir(), 'personas.csv');
  fs.writeFileSync(file, content);
  return file;
}

// A semicolon export from a Mexican spreadsheet, with a BOM and accented header names in another order.
const GOOD = `\ufeffNombre;Tipo;Institución;Cargo;Orden;Poder;Correo;Teléfono;Fecha ingreso
Ana Pérez;ciudadano;;;;;ana@example.org;;2025-03-01
Luis Ortega;funcionario;Secretaría de Seguridad Pública;Secretario;municipal;ejecutivo;;656 000 0000;2025-03-01
"Rosa ""La Maestra"" Díaz";honorario;;;;;;;
`;

const BAD = `nombre,tipo,cargo,institucion,orden,poder,correo,telefono,fecha_ingreso
,ciudadano,,,,,,,2025-01-01
Pedro Gómez,alcalde,,,,,,,2025-01-01
Jueza Sin Cargo,funcionario,,Poder Judicial del Estado,estatal,judicial,,,2025-01-01
Ana Pérez,ciudadano,,,,,,,2025-01-01
Carla Ruiz,ciudadano,,,,,,,2025-02-30
Carla Ruiz,ciudadano,,,,,,,2025-02-01
`;

describe('people import / list and committees list (CLI)', () => {
  it('imports a good file, lists people and committees as JSON', () => {
    const ws = createWorkspace();
    expect(cli(['people', 'import', ws, csvFile(GOOD), '--dry-run'])).toMatchObject({ code: 0, stdout: expect.stringContaining('3 persona(s) listas') });
    expect(JSON.parse(cli(['people', 'list', ws, '--json']).stdout)).toEqual([]);
    expect(cli(['people', 'import', ws, csvFile(GOOD)])).toMatchObject({ code: 0, stdout: '3 persona(s) importadas.\n' });
    const people = JSON.parse(cli(['people', 'list', ws, '--json']).stdout);
    expect(people).toEqual([
      { id: 1, name: 'Ana Pérez', kind: 'citizen', post: null, institution: null, order: null, power: null, active: true, committees: [] },
      { id: 2, name: 'Luis Ortega', kind: 'official', post: 'Secretario', institution: 'Secretaría de Seguridad Pública', order: 'municipal', power: 'ejecutivo', active: true, committees: [] },
      { id: 3, name: 'Rosa "La Maestra" Díaz', kind: 'honorary', post: null, institution: null, order: null, power: null, active: true, committees: [] },
    ]);
    expect(JSON.parse(cli(['committees', 'list', ws, '--json']).stdout)).toEqual([
      { id: 1, name: 'Comité ejecutivo', coordinator: null, substitute: null, members: [] },
      { id: 2, name: 'Comité de indicadores', coordinator: null, substitute: null, members: [] },
    ]);
    expect(cli(['verify', ws]).code).toBe(0);
  });

  it('reports every bad row, exits 1 and writes nothing', () => {
    const ws = createWorkspace();
    expect(cli(['people', 'import', ws, csvFile(GOOD)]).code).toBe(0);
    const before = sha256File(ws);
    const r = cli(['people', 'import', ws, csvFile(BAD)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('línea 2:')).join(' ')).toMatch(/nombre/);
    expect(lines.filter((l) => l.startsWith('línea 3:')).join(' ')).toMatch(/tipo.*alcalde/);
    expect(lines.filter((l) => l.startsWith('línea 4:')).join(' ')).toMatch(/cargo/);
    expect(lines.filter((l) => l.startsWith('línea 5:')).join(' ')).toMatch(/ya existe/);
    expect(lines.filter((l) => l.startsWith('línea 6:')).join(' ')).toMatch(/fecha.*2025-02-30/);
    expect(lines.filter((l) => l.startsWith('línea 7:')).join(' ')).toMatch(/repetido/);
    expect(lines.at(-1)).toMatch(/no se importó nada/);
    expect(sha256File(ws)).toBe(before);
    expect(JSON.parse(cli(['people', 'list', ws, '--json']).stdout)).toHaveLength(3);
  });

  it('refuses a missing CSV and a file without the required columns', () => {
    const ws = createWorkspace();
    expect(cli(['people', 'import', ws, '/nonexistent.csv'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/No se puede leer/) });
    expect(cli(['people', 'import', ws, csvFile('correo,telefono\na@b.c,1\n')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/obligatorias/) });
    expect(cli(['people', 'list', ws])).toMatchObject({ code: 0 });
  });
});
