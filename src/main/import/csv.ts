import { parse } from 'csv-parse/sync';
import type { Options } from 'csv-parse/sync';
import { AppFailure } from '../appFailure.js';

/**
 * Generic CSV reading for the imports (people, agreements, indicators). csv-parse does the
 * tokenizing; this module only adds what the imports need on top: delimiter choice, limits,
 * physical line numbers and Spanish errors.
 */

export interface CsvRecord {
  /** 1-based physical line where the record starts (the header is normally line 1). */
  line: number;
  /** Trimmed values. May be shorter or longer than the header: the caller decides what that means. */
  values: string[];
}

export interface CsvFile {
  delimiter: ',' | ';';
  /** Header names as written (only trimmed). */
  header: string[];
  records: CsvRecord[];
}

export interface ReadCsvOptions {
  maxBytes?: number;
  maxRows?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 10_000;

/** Header names compare without case, accents or spacing: "Fecha ingreso" is "fecha_ingreso". */
export function canonicalHeader(name: string): string {
  return name
    .trim()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export function readCsv(text: string, opts: ReadCsvOptions = {}): CsvFile {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;

  // Checked before parsing so a huge file costs nothing but this count.
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw new AppFailure(
      'invalid_argument',
      `El archivo es demasiado grande (${formatSize(bytes)}); el máximo es ${formatSize(maxBytes)}.`,
    );
  }

  // One line terminator only: csv-parse then counts lines exactly, and a CR inside a quoted
  // field (Excel on Windows) becomes a plain line break in the value.
  const normalized = text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalized);

  const starts: number[] = [];
  let lastEndLine = 0;
  let rows: string[][];
  try {
    rows = parse(normalized, {
      ...baseOptions,
      delimiter,
      // Header + maxRows data rows + one more to know the limit was passed, without reading further.
      to: maxRows + 2,
      on_record: (record: string[], context) => {
        // context.lines is the line where the record ends; line breaks can only sit inside
        // quoted values, so counting them gives back the line where it starts.
        const breaks = record.reduce((n, value) => n + countBreaks(value), 0);
        starts.push(context.lines - breaks);
        lastEndLine = context.lines;
        return record;
      },
    });
  } catch (err) {
    throw parseFailure(err, normalized, delimiter, lastEndLine);
  }

  const [headerRow, ...dataRows] = rows;
  if (headerRow === undefined) {
    throw new AppFailure('invalid_argument', 'El archivo está vacío: no tiene encabezado ni filas.');
  }
  if (dataRows.length === 0) {
    throw new AppFailure('invalid_argument', 'El archivo solo tiene el encabezado; no hay filas que importar.');
  }
  if (dataRows.length > maxRows) {
    throw new AppFailure(
      'invalid_argument',
      `El archivo tiene más de ${maxRows.toLocaleString('es-MX')} filas de datos; divídalo en archivos más pequeños.`,
    );
  }

  return {
    delimiter,
    header: headerRow.map((name) => name.trim()),
    records: dataRows.map((values, i) => ({
      line: starts[i + 1] ?? 0,
      values: values.map((value) => value.trim()),
    })),
  };
}

const baseOptions: Options = {
  bom: true,
  record_delimiter: '\n',
  // Rows with a different number of fields are the caller's to report, not a parse failure.
  relax_column_count: true,
  // A quote inside an unquoted value (Juan "Toño" Pérez) is kept as written.
  relax_quotes: true,
  // Also lets a space sit between a closing quote and the delimiter ("x" ,2).
  trim: true,
  skip_empty_lines: true,
  // Spreadsheets export blank rows as ";;;;" (or "  ;  "): nothing to import there.
  skip_records_with_empty_values: true,
};

/** Semicolon when the header holds more semicolons than commas outside quotes, else comma. */
function detectDelimiter(text: string): ',' | ';' {
  return headerFieldCount(text, ';') > headerFieldCount(text, ',') ? ';' : ',';
}

/** Fields in the first record when split by `delimiter`: separators outside quotes + 1. */
function headerFieldCount(text: string, delimiter: ',' | ';'): number {
  try {
    const [first] = parse(text, { ...baseOptions, delimiter, to: 1 });
    return first?.length ?? 0;
  } catch {
    // The real parse reports the problem; here it only means "not this delimiter".
    return 0;
  }
}

function parseFailure(err: unknown, text: string, delimiter: ',' | ';', lastEndLine: number): AppFailure {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse only knows the end of the file here; the unclosed field starts on the first
    // line after the last good record that holds data.
    const line = firstDataLineAfter(text, delimiter, lastEndLine);
    return new AppFailure(
      'invalid_argument',
      `El archivo CSV tiene comillas sin cerrar en la fila que empieza en la línea ${line}.`,
    );
  }
  const line = typeof err === 'object' && err !== null && 'lines' in err ? err.lines : undefined;
  return new AppFailure(
    'invalid_argument',
    typeof line === 'number'
      ? `No se pudo leer el archivo CSV: formato no válido en la línea ${line}.`
      : 'No se pudo leer el archivo CSV: el formato no es válido.',
  );
}

function firstDataLineAfter(text: string, delimiter: ',' | ';', afterLine: number): number {
  const lines = text.split('\n');
  const blank = delimiter === ';' ? /^[\s;]*$/ : /^[\s,]*$/;
  for (let i = afterLine; i < lines.length; i++) {
    if (!blank.test(lines[i] ?? '')) return i + 1;
  }
  return afterLine + 1;
}

function countBreaks(value: string): number {
  let n = 0;
  for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) n++;
  return n;
}

function formatSize(bytes: number): string {
  const fmt = (n: number) => n.toLocaleString('es-MX', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${fmt(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${fmt(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
