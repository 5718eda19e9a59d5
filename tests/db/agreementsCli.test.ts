import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, createWorkspace, repoRoot, sha256File, tempDir } from '../support/tempWorkspace.js';
import { docxXml } from '../support/unzip.js';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'src/main/cli/index.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, PLENARIA_PASSPHRASE: PASSPHRASE },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sheetFile(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

// Dates far in the past and future: the CLI runs on the real clock.
const SHEET = `\ufeffClave;Acuerdo;Sesión;Fecha sesión;Comité;Responsables;Fecha compromiso;Estatus;Avance;Seguimiento;Color
;Instalar luminarias en el parque central;3/2025;14/03/2025;Comité de movilidad;"Rosa Díaz; Luis Ortega";30/06/2025;en proceso;40%;Se instalaron 12 de 30.;amarillo

;Revisar rutas de patrullaje;3/2025;;Comité de movilidad;Luis Ortega;2099-12-31;pendiente;;;
PLE-1/2025-01;Campaña de denuncia anónima;Extraordinaria 1/2025;2025-04-02;;Rosa Díaz;2025-05-01;cumplido;;Hecha.;
`;

describe('agreements import / list / export (CLI)', () => {
  it('a dry run and a refused import write nothing; --create-missing creates and lists what was missing', () => {
    const ws = createWorkspace();
    const sheet = sheetFile('matriz.csv', SHEET);
    const before = sha256File(ws);

    const refused = cli(['agreements', 'import', ws, sheet]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    const lines = refused.stderr.trim().split('\n');
    expect(lines).toContain('línea 2: comite: no existe el comité «Comité de movilidad»; puede crearse al importar');
    expect(lines).toContain('línea 2: responsables: no existe la persona «Rosa Díaz»; puede crearse al importar');
    expect(lines).toContain('línea 4: responsables: no existe la persona «Luis Ortega»; puede crearse al importar');
    expect(lines).toContain('Columnas ignoradas: Color.');
    expect(lines).toContain('3 fila(s) con problemas; no se importó nada.');
    expect(lines.at(-1)).toMatch(/--create-missing/);
    expect(sha256File(ws)).toBe(before);

    const dry = cli(['agreements', 'import', ws, sheet, '--dry-run', '--create-missing']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      [
        '3 acuerdo(s) listos para importar, 2 seguimiento(s) (simulación: no se escribió nada).',
        'Se creará la sesión Sesión plenaria ordinaria 3/2025 (2025-03-14, cerrada): líneas 2, 4.',
        'Se creará la sesión Sesión plenaria extraordinaria 1/2025 (2025-04-02, cerrada): línea 5.',
        'Se creará el comité «Comité de movilidad»: líneas 2, 4.',
        'Se creará la persona «Rosa Díaz» (colaborador): líneas 2, 5.',
        'Se creará la persona «Luis Ortega» (colaborador): líneas 2, 4.',
        '',
      ].join('\n'),
    );
    expect(sha256File(ws)).toBe(before);
    expect(JSON.parse(cli(['agreements', 'list', ws, '--json']).stdout)).toEqual([]);

    const done = cli(['agreements', 'import', ws, sheet, '--create-missing']);
    expect(done).toMatchObject({ code: 0 });
    expect(done.stdout).toBe(
      [
        '3 acuerdo(s) importados, 2 seguimiento(s).',
        'Sesiones creadas: Sesión plenaria ordinaria 3/2025; Sesión plenaria extraordinaria 1/2025.',
        'Comités creados: Comité de movilidad.',
        'Personas creadas (colaboradores): Rosa Díaz; Luis Ortega.',
        '',
      ].join('\n'),
    );
    expect(cli(['verify', ws]).code).toBe(0);

    // The same sheet again: every row is already there.
    const again = cli(['agreements', 'import', ws, sheet, '--dry-run']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/línea 5: clave: ya existe un acuerdo con la clave «PLE-1\/2025-01»/);
    expect(again.stderr).toMatch(/línea 2: acuerdo: la sesión «Sesión plenaria ordinaria 3\/2025» ya tiene un acuerdo con este mismo texto/);
  });

  it('lists as JSON with the session title of sessions list, statuses in Spanish, and filters', () => {
    const ws = createWorkspace();
    expect(cli(['agreements', 'import', ws, sheetFile('matriz.csv', SHEET), '--create-missing']).code).toBe(0);
    const sessions = JSON.parse(cli(['sessions', 'list', ws, '--json']).stdout) as { id: number; title: string }[];
    const ordinary = sessions.find((x) => x.title === 'Sesión plenaria ordinaria 3/2025')!;
    const extraordinary = sessions.find((x) => x.title === 'Sesión plenaria extraordinaria 1/2025')!;
    const list = JSON.parse(cli(['agreements', 'list', ws, '--json']).stdout);
    expect(list).toEqual([
      {
        code: 'PL-3/2025-01',
        text: 'Instalar luminarias en el parque central',
        sessionId: ordinary.id,
        session: 'Sesión plenaria ordinaria 3/2025',
        committee: 'Comité de movilidad',
        responsible: ['Rosa Díaz', 'Luis Ortega'],
        dueDate: '2025-06-30',
        status: 'en proceso',
        progress: 40,
        overdue: true,
        lastFollowUp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
      {
        code: 'PL-3/2025-02',
        text: 'Revisar rutas de patrullaje',
        sessionId: ordinary.id,
        session: 'Sesión plenaria ordinaria 3/2025',
        committee: 'Comité de movilidad',
        responsible: ['Luis Ortega'],
        dueDate: '2099-12-31',
        status: 'pendiente',
        progress: 0,
        overdue: false,
        lastFollowUp: null,
      },
      {
        code: 'PLE-1/2025-01',
        text: 'Campaña de denuncia anónima',
        sessionId: extraordinary.id,
        session: 'Sesión plenaria extraordinaria 1/2025',
        committee: null,
        responsible: ['Rosa Díaz'],
        dueDate: '2025-05-01',
        status: 'cumplido',
        progress: 100,
        overdue: false,
        lastFollowUp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    const codes = (args: string[]) => (JSON.parse(cli(['agreements', 'list', ws, '--json', ...args]).stdout) as { code: string }[]).map((a) => a.code);
    expect(codes(['--status', 'en proceso'])).toEqual(['PL-3/2025-01']);
    expect(codes(['--status', 'pendiente,cumplido'])).toEqual(['PL-3/2025-02', 'PLE-1/2025-01']);
    expect(codes(['--committee', 'comite de MOVILIDAD'])).toEqual(['PL-3/2025-01', 'PL-3/2025-02']);
    expect(codes(['--overdue'])).toEqual(['PL-3/2025-01']);
    expect(codes(['--committee', 'Comité de movilidad', '--status', 'pendiente'])).toEqual(['PL-3/2025-02']);
    expect(cli(['agreements', 'list', ws, '--status', 'vencido'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/Estatus desconocido «vencido»/) });
    expect(cli(['agreements', 'list', ws]).stdout).toMatch(/^PL-3\/2025-01\ten proceso \(vencido\)\t40%\tComité de movilidad\tInstalar/);
  });

  it('exports the filtered matrix to a DOCX that parses back', () => {
    const ws = createWorkspace();
    expect(cli(['agreements', 'import', ws, sheetFile('matriz.csv', SHEET), '--create-missing']).code).toBe(0);
    const out = path.join(tempDir(), 'matriz.docx');
    const r = cli(['agreements', 'export', ws, '--out', out, '--status', 'pendiente,en proceso', '--committee', 'Comité de movilidad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/matriz\.docx\n2 acuerdo\(s\); SHA-256 [0-9a-f]{64} \(\d+ bytes\)\n$/);
    const xml = docxXml(fs.readFileSync(out));
    expect(xml).toContain('Instalar luminarias en el parque central');
    expect(xml).toContain('Revisar rutas de patrullaje');
    expect(xml).not.toContain('Campaña de denuncia anónima');
    expect(xml).toContain('Comité: Comité de movilidad');
    expect(xml).toContain('w:orient="landscape"');
    const info = JSON.parse(cli(['info', ws, '--json']).stdout);
    expect(info.counts.exports).toBe(1);
    expect(cli(['agreements', 'export', ws])).toMatchObject({ code: 1, stderr: expect.stringMatching(/--out/) });
  });

  it('imports a real XLSX and a Windows-1252 CSV; refuses other files', async () => {
    const ws = createWorkspace();
    const xlsx = await writeExcelFile([
      ['clave', 'acuerdo', 'fecha_sesion', 'estatus'],
      [null, 'Tablero de indicadores', { value: new Date(Date.UTC(2025, 1, 10)), type: Date, format: 'dd/mm/yyyy' }, 'pendiente'],
    ]).toBuffer();
    const r = cli(['agreements', 'import', ws, sheetFile('matriz.xlsx', xlsx)]);
    expect(r).toMatchObject({ code: 0, stdout: expect.stringMatching(/^1 acuerdo\(s\) importados[^]*Sesión plenaria ordinaria 1\/2025/) });
    const latin = Buffer.from('acuerdo;sesion;fecha_sesion\nCapacitación en atención a víctimas;1/2025;\n', 'latin1');
    expect(cli(['agreements', 'import', ws, sheetFile('latin.csv', latin)]).code).toBe(0);
    const texts = (JSON.parse(cli(['agreements', 'list', ws, '--json']).stdout) as { text: string; code: string }[]).map((a) => [a.code, a.text]);
    expect(texts).toEqual([
      ['PL-1/2025-01', 'Tablero de indicadores'],
      ['PL-1/2025-02', 'Capacitación en atención a víctimas'],
    ]);
    expect(cli(['agreements', 'import', ws, sheetFile('matriz.ods', 'x')])).toMatchObject({ code: 1, stderr: expect.stringMatching(/\.csv o \.xlsx/) });
    expect(cli(['agreements', 'import', ws, '/nonexistent.csv'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/No se puede leer/) });
    expect(cli(['--help']).stdout).toMatch(/agreements import <archivo> <hoja\.csv\|hoja\.xlsx>/);
  });
});
