import { readSheet } from 'read-excel-file/node';
import { AppFailure } from '../appFailure.js';
import { DEFAULT_MAX_ROWS } from './csv.js';

/**
 * XLSX → rows for the imports: the first sheet, the first non-empty row as header, blank rows
 * skipped, each record with the spreadsheet's own row number (what the user sees in Excel).
 * Cells keep their type (a date cell arrives as a Date) so the caller can tell a date cell
 * from a date written as text.
 */

export type SheetCell = string | number | boolean | Date | null;

export interface XlsxRecord {
  /** 1-based row number in the sheet. */
  line: number;
  values: SheetCell[];
}

export interface XlsxFile {
  header: string[];
  records: XlsxRecord[];
}

export const XLSX_MAX_BYTES = 10 * 1024 * 1024;

export async function readXlsx(bytes: Uint8Array, opts: { maxBytes?: number; maxRows?: number } = {}): Promise<XlsxFile> {
  const maxBytes = opts.maxBytes ?? XLSX_MAX_BYTES;
  const maxRows = opts.maxRows ?? DEFAULT_MAX_ROWS;
  if (bytes.byteLength > maxBytes) {
    throw new AppFailure('invalid_argument', `La hoja de cálculo es demasiado grande (${Math.ceil(bytes.byteLength / 1024)} KiB); el máximo es ${maxBytes / (1024 * 1024)} MiB.`);
  }
  let data: SheetCell[][];
  try {
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as SheetCell[][];
  } catch {
    throw new AppFailure('invalid_argument', 'No se pudo leer el archivo: no es una hoja de cálculo de Excel (.xlsx) válida.');
  }
  const rows = data
    .map((values, i) => ({ line: i + 1, values: values.map(clean) }))
    .filter((r) => r.values.some((v) => v !== null));
  const [header, ...records] = rows;
  if (header === undefined) throw new AppFailure('invalid_argument', 'La hoja de cálculo está vacía: no tiene encabezado ni filas.');
  if (records.length === 0) throw new AppFailure('invalid_argument', 'La hoja de cálculo solo tiene el encabezado; no hay filas que importar.');
  if (records.length > maxRows) {
    throw new AppFailure('invalid_argument', `La hoja tiene más de ${maxRows.toLocaleString('es-MX')} filas de datos; divídala en archivos más pequeños.`);
  }
  return { header: header.values.map((v) => (v === null ? '' : cellString(v))), records };
}

/** Blank text is an empty cell; text is trimmed (read-excel-file trims, but not every space Excel keeps). */
function clean(v: SheetCell): SheetCell {
  if (typeof v === 'string') {
    const t = v.trim();
    return t === '' ? null : t;
  }
  return v;
}

/** A cell as text: a date cell as its day, numbers as written in JavaScript. */
export function cellString(v: Exclude<SheetCell, null>): string {
  if (v instanceof Date) return utcDay(v);
  return String(v);
}

/** Excel dates carry no zone; read-excel-file gives them at UTC midnight. */
export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
