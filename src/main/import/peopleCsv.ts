import type {
  ImportIssueDto,
  PeopleImportPreviewDto,
  PeopleImportRowDto,
  PersonInputDto,
} from '../../shared/ipc/dto/people.js';
import { govOrders, govPowers, nameKey, personProblems } from '../../shared/domain/people.js';
import type { PersonKind, PersonProblem } from '../../shared/domain/people.js';
import { isIsoDay } from '../../shared/domain/dates.js';
import { peopleCsvColumns, peopleCsvValues, personKindCsvWords, type PeopleCsvColumn } from '../../shared/domain/peopleCsvFormat.js';
import { AppFailure } from '../appFailure.js';
import { canonicalHeader, readCsv } from './csv.js';

/**
 * People import: `nombre,tipo,cargo,institucion,orden,poder,correo,telefono,fecha_ingreso`.
 * Nothing is written here: the caller shows the preview and saves `people` (the valid rows).
 */

export const peopleColumns = peopleCsvColumns;
type PeopleColumn = PeopleCsvColumn;

const requiredColumns: readonly PeopleColumn[] = ['nombre', 'tipo'];

/** Longest value accepted in any cell; longer ones are almost surely a wrong column. */
export const MAX_VALUE_LENGTH = 300;

/**
 * What people write in `tipo` (normalised like a header). A Map, not an object literal, so a
 * cell like "constructor" finds nothing.
 */
const kindWords: ReadonlyMap<string, PersonKind> = new Map(
  personKindCsvWords.flatMap(({ kind, word, feminine }) => [
    [word, kind],
    [feminine, kind],
  ]),
);

/** personProblems keys that an import row can hit, and the column each one points at. */
const problemIssues: Partial<Record<PersonProblem, ImportIssueDto>> = {
  name_required: { column: 'nombre', code: 'required' },
  official_needs_post: { column: 'cargo', code: 'official_needs_post' },
  official_needs_institution: { column: 'institucion', code: 'official_needs_institution' },
  official_needs_order: { column: 'orden', code: 'official_needs_order' },
  official_needs_power: { column: 'poder', code: 'official_needs_power' },
};

export interface ParsedPeopleCsv {
  preview: PeopleImportPreviewDto;
  /** Only the valid rows, in file order. */
  people: { line: number; person: PersonInputDto }[];
}

/** `existingNameKeys`: nameKey() of every person already in the workspace. */
export function parsePeopleCsv(text: string, existingNameKeys: ReadonlySet<string>): ParsedPeopleCsv {
  const csv = readCsv(text, {});

  // Column index of each canonical column; the first occurrence wins, and repeats, unknown
  // names and unnamed columns (trailing delimiters) are ignored. Unnamed ones are not listed.
  const index = new Map<PeopleColumn, number>();
  const ignoredColumns: string[] = [];
  csv.header.forEach((name, i) => {
    const canonical = canonicalHeader(name);
    const known = peopleColumns.find((c) => c === canonical);
    if (known && !index.has(known)) index.set(known, i);
    else if (name !== '') ignoredColumns.push(name);
  });
  const missingColumns = peopleColumns.filter((c) => !index.has(c));
  const missingRequired = requiredColumns.filter((c) => !index.has(c));
  if (missingRequired.length > 0) {
    throw new AppFailure(
      'invalid_argument',
      `Faltan columnas obligatorias en el encabezado: ${missingRequired.join(', ')}. ` +
        `Columnas reconocidas: ${peopleColumns.join(', ')}.`,
    );
  }

  const seenInFile = new Set<string>();
  const rows: PeopleImportRowDto[] = [];
  const people: ParsedPeopleCsv['people'] = [];

  for (const record of csv.records) {
    const cell = (column: PeopleColumn): string => {
      const i = index.get(column);
      // A short row simply lacks its last cells. Line breaks and repeated spaces inside a
      // quoted cell mean nothing in these one-line values.
      return i === undefined ? '' : (record.values[i] ?? '').replace(/\s+/g, ' ').trim();
    };
    const issues: ImportIssueDto[] = [];

    for (const column of peopleColumns) {
      if (cell(column).length > MAX_VALUE_LENGTH) issues.push({ column, code: 'too_long' });
    }

    const fullName = cell('nombre');
    const kindText = cell('tipo');
    let kind: PersonKind | null = null;
    if (kindText === '') issues.push({ column: 'tipo', code: 'required' });
    else {
      kind = kindWords.get(canonicalHeader(kindText)) ?? null;
      if (kind === null) issues.push({ column: 'tipo', code: 'unknown_value', value: kindText });
    }
    const order = vocabulary(cell('orden'), govOrders, 'orden', issues);
    const power = vocabulary(cell('poder'), govPowers, 'poder', issues);

    const joinedText = cell('fecha_ingreso');
    let joinedOn: string | null = null;
    if (joinedText !== '') {
      if (isIsoDay(joinedText)) joinedOn = joinedText;
      else issues.push({ column: 'fecha_ingreso', code: 'invalid_date', value: joinedText });
    }

    const person: PersonInputDto = {
      // An unknown kind is already an issue, so this row is never saved; 'citizen' only lets
      // the shared rules below run without inventing official requirements.
      kind: kind ?? 'citizen',
      fullName,
      email: orNull(cell('correo')),
      phone: orNull(cell('telefono')),
      post: orNull(cell('cargo')),
      institution: orNull(cell('institucion')),
      order,
      power,
      substituteId: null,
      joinedOn,
      leftOn: null,
      leaveReason: null,
      notes: null,
    };

    // The same rules as the form. A column that already has an issue (e.g. orden "estatall")
    // is not told again that it is missing.
    for (const problem of personProblems(person)) {
      const issue = problemIssues[problem];
      if (issue && !issues.some((i) => i.column === issue.column)) issues.push({ ...issue });
    }

    if (fullName !== '') {
      const key = nameKey(fullName);
      if (seenInFile.has(key)) issues.push({ column: 'nombre', code: 'duplicate_in_file' });
      seenInFile.add(key);
      if (existingNameKeys.has(key)) issues.push({ column: 'nombre', code: 'duplicate_existing' });
    }

    // Column order reads best in the preview; sort is stable, so a column keeps its own order.
    issues.sort((a, b) => columnRank(a.column) - columnRank(b.column));
    rows.push({ line: record.line, fullName, kind, issues });
    if (issues.length === 0) people.push({ line: record.line, person });
  }

  return {
    preview: {
      delimiter: csv.delimiter,
      missingColumns,
      ignoredColumns,
      rows,
      validRows: people.length,
      invalidRows: rows.length - people.length,
    },
    people,
  };
}

/** An optional closed-vocabulary cell (orden, poder): empty is null, anything else must match. */
function vocabulary<T extends string>(
  text: string,
  words: readonly T[],
  column: PeopleColumn,
  issues: ImportIssueDto[],
): T | null {
  if (text === '') return null;
  const canonical = canonicalHeader(text);
  const word = words.find((w) => w === canonical);
  if (word === undefined) issues.push({ column, code: 'unknown_value', value: text });
  return word ?? null;
}

function orNull(value: string): string | null {
  return value === '' ? null : value;
}

function columnRank(column: string | null): number {
  const i = peopleColumns.findIndex((c) => c === column);
  return i === -1 ? peopleColumns.length : i;
}

/** What each closed column accepts, for the CLI sentence. */
const orList = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} o ${values.at(-1)}`;
const acceptedValues = {
  tipo: orList(peopleCsvValues.tipo),
  orden: orList(peopleCsvValues.orden),
  poder: orList(peopleCsvValues.poder),
} as const;

function accepted(column: string | null): string | undefined {
  return column === 'tipo' || column === 'orden' || column === 'poder' ? acceptedValues[column] : undefined;
}

/** One issue as a Spanish sentence for the CLI, e.g. "tipo: valor desconocido «alcalde» (…)". */
export function describeImportIssue(issue: ImportIssueDto): string {
  const prefix = issue.column === null ? '' : `${issue.column}: `;
  const quoted = issue.value === undefined ? '' : ` «${issue.value}»`;
  switch (issue.code) {
    case 'required':
      return `${prefix}falta el valor`;
    case 'unknown_value': {
      const hint = accepted(issue.column);
      return `${prefix}valor desconocido${quoted}${hint ? ` (use ${hint})` : ''}`;
    }
    case 'invalid_date':
      return `${prefix}fecha no válida${quoted} (use AAAA-MM-DD)`;
    case 'official_needs_post':
      return `${prefix}un funcionario necesita cargo`;
    case 'official_needs_institution':
      return `${prefix}un funcionario necesita institución`;
    case 'official_needs_order':
      return `${prefix}un funcionario necesita orden de gobierno (${acceptedValues.orden})`;
    case 'official_needs_power':
      return `${prefix}un funcionario necesita poder (${acceptedValues.poder})`;
    case 'duplicate_in_file':
      return `${prefix}repetido en el archivo`;
    case 'duplicate_existing':
      return `${prefix}ya existe en el espacio de trabajo`;
    case 'too_long':
      return `${prefix}texto demasiado largo (máximo ${MAX_VALUE_LENGTH} caracteres)`;
  }
}
