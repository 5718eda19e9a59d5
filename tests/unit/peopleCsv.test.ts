import { describe, expect, it } from 'vitest';
import { canonicalHeader, readCsv } from '../../src/main/import/csv.js';
import { describeImportIssue, parsePeopleCsv } from '../../src/main/import/peopleCsv.js';
import { AppFailure } from '../../src/main/appFailure.js';
import { nameKey } from '../../src/shared/domain/people.js';
import type { PersonInputDto } from '../../src/shared/ipc/dto/people.js';

const HEADER = 'nombre,tipo,cargo,institucion,orden,poder,correo,telefono,fecha_ingreso';
const none: ReadonlySet<string> = new Set();

/** Runs `fn` and returns the AppFailure it throws; fails the test if it throws nothing or something else. */
function failureOf(fn: () => unknown): AppFailure {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppFailure) return err;
    throw err;
  }
  throw new Error('expected an AppFailure');
}

function citizen(fullName: string, extra: Partial<PersonInputDto> = {}): PersonInputDto {
  return {
    kind: 'citizen',
    fullName,
    email: null,
    phone: null,
    post: null,
    institution: null,
    order: null,
    power: null,
    substituteId: null,
    joinedOn: null,
    leftOn: null,
    leaveReason: null,
    notes: null,
    ...extra,
  };
}

describe('canonicalHeader', () => {
  it('ignores case, accents and spacing', () => {
    expect(canonicalHeader('Institución')).toBe('institucion');
    expect(canonicalHeader('Fecha ingreso')).toBe('fecha_ingreso');
    expect(canonicalHeader('FECHA_INGRESO')).toBe('fecha_ingreso');
    expect(canonicalHeader('  Fecha  -  Ingreso ')).toBe('fecha_ingreso');
    expect(canonicalHeader('Teléfono')).toBe('telefono');
    expect(canonicalHeader('TIPO')).toBe('tipo');
  });
});

describe('readCsv', () => {
  it('reads a comma file with physical line numbers, skipping empty and blank rows', () => {
    const csv = readCsv('a,b\n1,2\n\n , \n,,\n3, 4 \n', {});
    expect(csv.delimiter).toBe(',');
    expect(csv.header).toEqual(['a', 'b']);
    expect(csv.records).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 6, values: ['3', '4'] },
    ]);
  });

  it('detects semicolons from the header and keeps commas inside values', () => {
    const csv = readCsv('Nombre;"Tipo, clase";Cargo\nPérez, Ana;ciudadano;"Jefa; área"\n', {});
    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual(['Nombre', 'Tipo, clase', 'Cargo']);
    expect(csv.records).toEqual([{ line: 2, values: ['Pérez, Ana', 'ciudadano', 'Jefa; área'] }]);
  });

  it('semicolons inside a quoted header name do not make a comma file look like a semicolon one', () => {
    const csv = readCsv('"a;b;c",d\n1,2\n', {});
    expect(csv.delimiter).toBe(',');
    expect(csv.header).toEqual(['a;b;c', 'd']);
  });

  it('strips a BOM, reads CRLF and multi-line quoted fields, and counts lines from their start', () => {
    const text = '\uFEFFa;b\r\n"uno\r\ndos; ""tres""";x\r\n\r\ny;"z\r\n\r\nw"\r\nfin;1\r\n';
    const csv = readCsv(text, {});
    expect(csv.header).toEqual(['a', 'b']);
    expect(csv.records).toEqual([
      { line: 2, values: ['uno\ndos; "tres"', 'x'] },
      { line: 5, values: ['y', 'z\n\nw'] },
      { line: 8, values: ['fin', '1'] },
    ]);
  });

  it('keeps rows with fewer or more fields than the header for the caller to judge', () => {
    const csv = readCsv('a,b,c\n1\n1,2,3,4\n', {});
    expect(csv.records).toEqual([
      { line: 2, values: ['1'] },
      { line: 3, values: ['1', '2', '3', '4'] },
    ]);
  });

  it('refuses an empty file, a header-only file, an unclosed quote and oversize input', () => {
    for (const text of ['', '\n\n', '\uFEFF']) {
      const f = failureOf(() => readCsv(text, {}));
      expect(f.code).toBe('invalid_argument');
      expect(f.message).toBe('El archivo está vacío: no tiene encabezado ni filas.');
    }
    const headerOnly = failureOf(() => readCsv('a,b\r\n\r\n', {}));
    expect(headerOnly.code).toBe('invalid_argument');
    expect(headerOnly.message).toBe('El archivo solo tiene el encabezado; no hay filas que importar.');

    const unclosed = failureOf(() => readCsv('a,b\n1,2\n\n"abierto,3\n4,5\n', {}));
    expect(unclosed.code).toBe('invalid_argument');
    expect(unclosed.message).toBe('El archivo CSV tiene comillas sin cerrar en la fila que empieza en la línea 4.');

    const big = failureOf(() => readCsv('a\n12345\n', { maxBytes: 5 }));
    expect(big.code).toBe('invalid_argument');
    expect(big.message).toBe('El archivo es demasiado grande (8 bytes); el máximo es 5 bytes.');

    const many = failureOf(() => readCsv('a\n1\n2\n3\n4\n', { maxRows: 3 }));
    expect(many.code).toBe('invalid_argument');
    expect(many.message).toBe('El archivo tiene más de 3 filas de datos; divídalo en archivos más pequeños.');
    expect(readCsv('a\n1\n2\n3\n', { maxRows: 3 }).records).toHaveLength(3);
  });
});

describe('parsePeopleCsv', () => {
  it('imports a valid comma file into PersonInputDto values', () => {
    const text = [
      HEADER,
      'Ana López,ciudadano,,,,,ana@example.mx,55 1234 5678,2026-01-15',
      'Luis Ortega,funcionario,Director de Seguridad,Ayuntamiento de Colima,municipal,ejecutivo,,,',
      'Rosa Díaz,Voluntario,,,,,,,',
    ].join('\n');
    const { preview, people } = parsePeopleCsv(text, none);
    expect(preview).toEqual({
      delimiter: ',',
      missingColumns: [],
      ignoredColumns: [],
      rows: [
        { line: 2, fullName: 'Ana López', kind: 'citizen', issues: [] },
        { line: 3, fullName: 'Luis Ortega', kind: 'official', issues: [] },
        { line: 4, fullName: 'Rosa Díaz', kind: 'volunteer', issues: [] },
      ],
      validRows: 3,
      invalidRows: 0,
    });
    expect(people).toEqual([
      {
        line: 2,
        person: citizen('Ana López', { email: 'ana@example.mx', phone: '55 1234 5678', joinedOn: '2026-01-15' }),
      },
      {
        line: 3,
        person: citizen('Luis Ortega', {
          kind: 'official',
          post: 'Director de Seguridad',
          institution: 'Ayuntamiento de Colima',
          order: 'municipal',
          power: 'ejecutivo',
        }),
      },
      { line: 4, person: citizen('Rosa Díaz', { kind: 'volunteer' }) },
    ]);
  });

  it('reads a semicolon file with headers in another order, accents, case and spaces; extra columns ignored', () => {
    const text = [
      'TIPO;Fecha ingreso;Nombre;Institución;Observaciones;Orden;PODER;Cargo',
      'FUNCIONARIO;2025-11-03;María Ruiz;Fiscalía General, Colima;llega tarde;Estatal;JUDICIAL;Fiscal',
      'invitada;;Pedro Gómez;;;;;',
    ].join('\n');
    const { preview, people } = parsePeopleCsv(text, none);
    expect(preview.delimiter).toBe(';');
    expect(preview.ignoredColumns).toEqual(['Observaciones']);
    expect(preview.missingColumns).toEqual(['correo', 'telefono']);
    expect(preview.validRows).toBe(2);
    expect(people).toEqual([
      {
        line: 2,
        person: citizen('María Ruiz', {
          kind: 'official',
          post: 'Fiscal',
          institution: 'Fiscalía General, Colima',
          order: 'estatal',
          power: 'judicial',
          joinedOn: '2025-11-03',
        }),
      },
      { line: 3, person: citizen('Pedro Gómez', { kind: 'guest' }) },
    ]);
  });

  it('reports each bad row with its exact issues and physical line', () => {
    const text = [
      HEADER,
      'Ana López,ciudadano,,,,,,,', // 2: valid
      ',ciudadano,,,,,,,', // 3: no name
      'Pedro Soto,alcalde,,,,,,,', // 4: unknown tipo
      'Luis Ortega,funcionario,,Ayuntamiento,municipal,ejecutivo,,,', // 5: official without cargo
      'ANA  LOPEZ,honorario,,,,,,,', // 6: repeats line 2
      'José Pérez,colaborador,,,,,,,', // 7: already in the workspace
      'Rosa Díaz,ciudadano,,,,,,,2026-02-30', // 8: no such day
      'Marta Cruz,ciudadano,,,,,,,15/03/2026', // 9: not ISO
      'Carla Vega,,,,,,,,', // 10: no tipo
    ].join('\n');
    const { preview, people } = parsePeopleCsv(text, new Set([nameKey('Jose Perez')]));
    expect(preview.rows).toEqual([
      { line: 2, fullName: 'Ana López', kind: 'citizen', issues: [] },
      { line: 3, fullName: '', kind: 'citizen', issues: [{ column: 'nombre', code: 'required' }] },
      {
        line: 4,
        fullName: 'Pedro Soto',
        kind: null,
        issues: [{ column: 'tipo', code: 'unknown_value', value: 'alcalde' }],
      },
      {
        line: 5,
        fullName: 'Luis Ortega',
        kind: 'official',
        issues: [{ column: 'cargo', code: 'official_needs_post' }],
      },
      { line: 6, fullName: 'ANA LOPEZ', kind: 'honorary', issues: [{ column: 'nombre', code: 'duplicate_in_file' }] },
      {
        line: 7,
        fullName: 'José Pérez',
        kind: 'collaborator',
        issues: [{ column: 'nombre', code: 'duplicate_existing' }],
      },
      {
        line: 8,
        fullName: 'Rosa Díaz',
        kind: 'citizen',
        issues: [{ column: 'fecha_ingreso', code: 'invalid_date', value: '2026-02-30' }],
      },
      {
        line: 9,
        fullName: 'Marta Cruz',
        kind: 'citizen',
        issues: [{ column: 'fecha_ingreso', code: 'invalid_date', value: '15/03/2026' }],
      },
      { line: 10, fullName: 'Carla Vega', kind: null, issues: [{ column: 'tipo', code: 'required' }] },
    ]);
    expect(preview.validRows).toBe(1);
    expect(preview.invalidRows).toBe(8);
    expect(people).toEqual([{ line: 2, person: citizen('Ana López') }]);
  });

  it('keeps line numbers right after a multi-line quoted field, with BOM and CRLF', () => {
    const text =
      '\uFEFFnombre;tipo;cargo;institucion;orden;poder\r\n' +
      '"Ana\r\nLópez";funcionario;"Directora; ""área"" de\r\nprevención";DIF;municipal;ejecutivo\r\n' +
      'Beto Díaz;alcalde;;;;\r\n' +
      'Ana López;ciudadano;;;;\r\n';
    const { preview, people } = parsePeopleCsv(text, none);
    expect(preview.delimiter).toBe(';');
    expect(preview.missingColumns).toEqual(['correo', 'telefono', 'fecha_ingreso']);
    expect(people).toEqual([
      {
        line: 2,
        person: citizen('Ana López', {
          kind: 'official',
          post: 'Directora; "área" de prevención',
          institution: 'DIF',
          order: 'municipal',
          power: 'ejecutivo',
        }),
      },
    ]);
    expect(preview.rows.map((r) => [r.line, r.issues])).toEqual([
      [2, []],
      [5, [{ column: 'tipo', code: 'unknown_value', value: 'alcalde' }]],
      [6, [{ column: 'nombre', code: 'duplicate_in_file' }]],
    ]);
  });

  it('reports every official requirement, several issues per row, in column order', () => {
    const text = [
      'tipo,nombre,orden,poder',
      'funcionario,Ana López,,', // 2: everything missing
      'Funcionario,Luis Ortega,estatall,legislativo', // 3: a wrong orden is not also "missing"
      'jefe,,municipal,central', // 4: three problems at once
      'funcionario , Eva Ríos , FEDERAL , Ejecutivo', // 5: no cargo, no institucion
      'constructor,Juan Gil,,', // 6: not a kind, whatever JavaScript objects hold
    ].join('\n');
    const { preview } = parsePeopleCsv(text, none);
    expect(preview.missingColumns).toEqual(['cargo', 'institucion', 'correo', 'telefono', 'fecha_ingreso']);
    expect(preview.rows.map((r) => r.issues)).toEqual([
      [
        { column: 'cargo', code: 'official_needs_post' },
        { column: 'institucion', code: 'official_needs_institution' },
        { column: 'orden', code: 'official_needs_order' },
        { column: 'poder', code: 'official_needs_power' },
      ],
      [
        { column: 'cargo', code: 'official_needs_post' },
        { column: 'institucion', code: 'official_needs_institution' },
        { column: 'orden', code: 'unknown_value', value: 'estatall' },
      ],
      [
        { column: 'nombre', code: 'required' },
        { column: 'tipo', code: 'unknown_value', value: 'jefe' },
        { column: 'poder', code: 'unknown_value', value: 'central' },
      ],
      [
        { column: 'cargo', code: 'official_needs_post' },
        { column: 'institucion', code: 'official_needs_institution' },
      ],
      [{ column: 'tipo', code: 'unknown_value', value: 'constructor' }],
    ]);
    expect(preview.rows[4]?.kind).toBeNull();
    expect(preview.validRows).toBe(0);
    expect(preview.invalidRows).toBe(5);
  });

  it('flags values over 300 characters', () => {
    const long = 'x'.repeat(301);
    const text = `nombre,tipo,cargo\nAna López,ciudadano,${long}\nLuis Ortega,ciudadano,${'y'.repeat(300)}\n`;
    const { preview, people } = parsePeopleCsv(text, none);
    expect(preview.rows[0]?.issues).toEqual([{ column: 'cargo', code: 'too_long' }]);
    expect(preview.rows[1]?.issues).toEqual([]);
    expect(people.map((p) => p.person.post?.length)).toEqual([300]);
  });

  it('refuses a header without nombre or tipo', () => {
    const f = failureOf(() => parsePeopleCsv('Nombre completo,cargo\nAna,Jefa\n', none));
    expect(f.code).toBe('invalid_argument');
    expect(f.message).toMatch(/^Faltan columnas obligatorias en el encabezado: nombre, tipo\./);
    const g = failureOf(() => parsePeopleCsv('nombre;cargo\nAna;Jefa\n', none));
    expect(g.message).toMatch(/^Faltan columnas obligatorias en el encabezado: tipo\./);
  });

  it('refuses empty, header-only, unclosed-quote and oversize files', () => {
    const cases: [string, string][] = [
      ['', 'El archivo está vacío: no tiene encabezado ni filas.'],
      [`${HEADER}\n`, 'El archivo solo tiene el encabezado; no hay filas que importar.'],
      [
        `${HEADER}\n"Ana\nLópez",ciudadano\n"Luis,funcionario\nEva,ciudadano\n`,
        'El archivo CSV tiene comillas sin cerrar en la fila que empieza en la línea 4.',
      ],
      [`${HEADER}\n${'Ana López,ciudadano,,,,,,,\n'.repeat(200_000)}`, 'El archivo es demasiado grande'],
      [`nombre,tipo\n${'Ana,ciudadano\n'.repeat(10_001)}`, 'El archivo tiene más de 10,000 filas de datos'],
    ];
    for (const [text, message] of cases) {
      const f = failureOf(() => parsePeopleCsv(text, none));
      expect(f.code).toBe('invalid_argument');
      expect(f.message.startsWith(message)).toBe(true);
    }
  });

  it('parses a valid 500-row file', () => {
    const lines = [HEADER];
    for (let i = 1; i <= 500; i++) {
      lines.push(`Persona ${i},ciudadano,,,,,persona${i}@example.mx,,2026-01-${String((i % 28) + 1).padStart(2, '0')}`);
    }
    const { preview, people } = parsePeopleCsv(lines.join('\r\n'), none);
    expect(people).toHaveLength(500);
    expect(preview.validRows).toBe(500);
    expect(preview.invalidRows).toBe(0);
    expect(people[499]).toEqual({
      line: 501,
      person: citizen('Persona 500', { email: 'persona500@example.mx', joinedOn: '2026-01-25' }),
    });
  });
});

describe('describeImportIssue', () => {
  it('turns each code into a Spanish sentence', () => {
    expect(describeImportIssue({ column: 'nombre', code: 'required' })).toBe('nombre: falta el valor');
    expect(describeImportIssue({ column: 'tipo', code: 'unknown_value', value: 'alcalde' })).toBe(
      'tipo: valor desconocido «alcalde» (use ciudadano, funcionario, honorario, colaborador, voluntario o invitado)',
    );
    expect(describeImportIssue({ column: 'orden', code: 'unknown_value', value: 'estatall' })).toBe(
      'orden: valor desconocido «estatall» (use municipal, estatal o federal)',
    );
    expect(describeImportIssue({ column: 'fecha_ingreso', code: 'invalid_date', value: '2026-02-30' })).toBe(
      'fecha_ingreso: fecha no válida «2026-02-30» (use AAAA-MM-DD)',
    );
    expect(describeImportIssue({ column: 'nombre', code: 'duplicate_in_file' })).toBe('nombre: repetido en el archivo');
    expect(describeImportIssue({ column: 'nombre', code: 'duplicate_existing' })).toBe(
      'nombre: ya existe en el espacio de trabajo',
    );
    expect(describeImportIssue({ column: 'cargo', code: 'official_needs_post' })).toBe(
      'cargo: un funcionario necesita cargo',
    );
    expect(describeImportIssue({ column: 'institucion', code: 'official_needs_institution' })).toBe(
      'institucion: un funcionario necesita institución',
    );
    expect(describeImportIssue({ column: 'orden', code: 'official_needs_order' })).toBe(
      'orden: un funcionario necesita orden de gobierno (municipal, estatal o federal)',
    );
    expect(describeImportIssue({ column: 'poder', code: 'official_needs_power' })).toBe(
      'poder: un funcionario necesita poder (ejecutivo, legislativo o judicial)',
    );
    expect(describeImportIssue({ column: 'cargo', code: 'too_long' })).toBe(
      'cargo: texto demasiado largo (máximo 300 caracteres)',
    );
  });
});
