import { isPeriod, periodHasEnded, unitFromWord, UNIT_WORDS, type IndicatorUnit } from '../../shared/domain/indicators.js';
import {
  indicatorCsvColumns,
  type IndicatorCsvColumn,
  type IndicatorImportIssueCode,
  type IndicatorImportIssueDto,
} from '../../shared/ipc/dto/indicators.js';
import { AppFailure } from '../appFailure.js';
import { canonicalHeader, readCsv } from './csv.js';

/**
 * The indicators CSV (issue 9): `indicador,unidad,periodo,valor,fuente`, one month of one
 * indicator per row. `valor` is the month's number of cases, also for a `tasa_100k` indicator,
 * whose rate Plenaria computes from the population. Pure: each row is read and checked on its
 * own here; indicators and stored values are resolved by the service.
 */

export interface CsvIndicatorRow {
  line: number;
  indicator: string;
  unit: IndicatorUnit | null;
  /** The unidad cell as written; '' when blank. */
  unitText: string;
  period: string | null;
  cases: number | null;
  source: string | null;
  issues: IndicatorImportIssueDto[];
}

export interface ParsedIndicatorsCsv {
  delimiter: ',' | ';';
  missingColumns: IndicatorCsvColumn[];
  ignoredColumns: string[];
  rows: CsvIndicatorRow[];
}

export const MAX_NAME_LENGTH = 120;
export const MAX_SOURCE_LENGTH = 300;

/** Other names people give these columns, after canonicalisation. */
const ALIASES: ReadonlyMap<string, IndicatorCsvColumn> = new Map([
  ['nombre', 'indicador'],
  ['delito', 'indicador'],
  ['unidad_de_medida', 'unidad'],
  ['mes', 'periodo'],
  ['casos', 'valor'],
]);

function columnOf(name: string): IndicatorCsvColumn | undefined {
  const key = canonicalHeader(name).replace(/[^a-z0-9_]/g, '');
  return indicatorCsvColumns.find((c) => c === key) ?? ALIASES.get(key);
}

/** `today` decides which months are over and may be recorded. */
export function parseIndicatorsCsv(text: string, today: string): ParsedIndicatorsCsv {
  const csv = readCsv(text);
  const index = new Map<IndicatorCsvColumn, number>();
  const ignoredColumns: string[] = [];
  csv.header.forEach((name, i) => {
    const column = columnOf(name);
    if (column && !index.has(column)) index.set(column, i);
    else if (name !== '') ignoredColumns.push(name);
  });
  const lacking = (['indicador', 'periodo', 'valor'] as const).filter((c) => !index.has(c));
  if (lacking.length > 0) {
    throw new AppFailure(
      'invalid_argument',
      `Faltan columnas obligatorias en el encabezado: ${lacking.join(', ')}. Columnas reconocidas: ${indicatorCsvColumns.join(', ')}.`,
    );
  }

  const rows: CsvIndicatorRow[] = [];
  for (const record of csv.records) {
    const cell = (column: IndicatorCsvColumn): string => {
      const i = index.get(column);
      return i === undefined ? '' : (record.values[i] ?? '').replace(/\s+/g, ' ').trim();
    };
    const issues: IndicatorImportIssueDto[] = [];

    const indicator = cell('indicador');
    if (indicator === '') issues.push(issue('indicador', 'required'));
    else if (indicator.length > MAX_NAME_LENGTH) issues.push(issue('indicador', 'too_long', { limit: MAX_NAME_LENGTH }));

    // A blank unidad is fine for an indicator that exists; the service says when it is not.
    const unitText = cell('unidad');
    const unit = unitText === '' ? null : unitFromWord(canonicalHeader(unitText));
    if (unitText !== '' && unit === null) issues.push(issue('unidad', 'unknown_unit', { value: unitText }));

    const periodText = cell('periodo');
    let period: string | null = null;
    if (periodText === '') issues.push(issue('periodo', 'required'));
    else {
      period = readPeriod(periodText);
      if (period === null) issues.push(issue('periodo', 'invalid_period', { value: periodText }));
      else if (!periodHasEnded(period, today)) issues.push(issue('periodo', 'period_not_ended', { value: period }));
    }

    const valueText = cell('valor');
    let cases: number | null = null;
    if (valueText === '') issues.push(issue('valor', 'required'));
    else {
      const n = readNumber(valueText);
      if (n === null) issues.push(issue('valor', 'invalid_number', { value: valueText }));
      else if (n < 0) issues.push(issue('valor', 'negative', { value: valueText }));
      else if (!Number.isSafeInteger(n)) issues.push(issue('valor', 'not_whole', { value: valueText }));
      else cases = n;
    }

    const source = cell('fuente');
    if (source.length > MAX_SOURCE_LENGTH) issues.push(issue('fuente', 'too_long', { limit: MAX_SOURCE_LENGTH }));

    rows.push({ line: record.line, indicator, unit, unitText, period, cases, source: source === '' ? null : source, issues });
  }

  return {
    delimiter: csv.delimiter,
    missingColumns: indicatorCsvColumns.filter((c) => !index.has(c)),
    ignoredColumns,
    rows,
  };
}

/** 'YYYY-MM' as the format says; also 'YYYY-M' and 'MM/YYYY', which spreadsheets produce. */
export function readPeriod(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  const slash = /^(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month] = iso ? [iso[1]!, iso[2]!] : slash ? [slash[2]!, slash[1]!] : [null, null];
  if (year === null || month === null) return null;
  const period = `${year}-${month.padStart(2, '0')}`;
  return isPeriod(period) ? period : null;
}

/**
 * A number as Mexican spreadsheets write it: '1240', '1,240' (thousands), '12.5'; a comma with
 * one or two digits after it is a decimal comma ('12,5'), which a semicolon file may carry.
 */
export function readNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  let normalized: string;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) normalized = t.replace(/,/g, '');
  else if (/^[-+]?\d+,\d{1,2}$/.test(t)) normalized = t.replace(',', '.');
  else if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) normalized = t;
  else return null;
  const n = Number(normalized);
  return Number.isFinite(n) ? n : null;
}

const UNIT_LIST = `${UNIT_WORDS.cases} o ${UNIT_WORDS.rate_100k}`;

/** One issue with its Spanish sentence. */
export function issue(
  column: IndicatorCsvColumn | null,
  code: IndicatorImportIssueCode,
  extra: { value?: string; limit?: number; expected?: string; line?: number; name?: string } = {},
): IndicatorImportIssueDto {
  const prefix = column === null ? '' : `${column}: `;
  const quoted = extra.value === undefined ? '' : ` «${extra.value}»`;
  const sentence = ((): string => {
    switch (code) {
      case 'required':
        return column === 'unidad' ? `falta la unidad (${UNIT_LIST}) para crear el indicador «${extra.name ?? ''}»` : 'falta el valor';
      case 'too_long':
        return `texto demasiado largo (máximo ${extra.limit ?? MAX_NAME_LENGTH} caracteres)`;
      case 'unknown_unit':
        return `valor desconocido${quoted} (use ${UNIT_LIST})`;
      case 'unit_mismatch':
        return extra.line === undefined
          ? `${quoted.trim()} no coincide con la unidad del indicador «${extra.name ?? ''}» (${extra.expected ?? ''})`
          : `${quoted.trim()} no coincide con la unidad de «${extra.name ?? ''}» en la línea ${extra.line} (${extra.expected ?? ''})`;
      case 'invalid_period':
        return `${quoted.trim()} no es un mes válido (use AAAA-MM, por ejemplo 2025-03)`;
      case 'period_not_ended':
        return `el mes ${extra.value ?? ''} aún no termina; su valor se registra cuando acabe`;
      case 'invalid_number':
        return `${quoted.trim()} no es un número`;
      case 'negative':
        return `${quoted.trim()} es negativo; el valor es el número de casos del mes`;
      case 'not_whole':
        return `${quoted.trim()} no es un número entero de casos (también para tasa_100k se registran los casos del mes; la tasa se calcula)`;
      case 'duplicate_in_file':
        return `el mes ${extra.value ?? ''} de «${extra.name ?? ''}» ya está en la línea ${extra.line ?? ''}`;
    }
  })();
  return { column, code, ...(extra.value === undefined ? {} : { value: extra.value }), message: `${prefix}${sentence}` };
}
