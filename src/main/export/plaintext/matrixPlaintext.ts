import writeExcelFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';
import type { MatrixRow } from '../../../shared/domain/agreements.js';
import { isOverdue, STATUS_WORDS } from '../../../shared/domain/agreements.js';

/**
 * The agreements matrix as a spreadsheet that leaves the encrypted workspace (the caller asks
 * for confirmation and logs it). The columns are the import's canonical header, in its order and
 * with its words, so a file exported here imports again; `vencido` is extra (the import ignores
 * extra columns) because it is derived from the due date, never stored.
 */
export const MATRIX_EXPORT_COLUMNS = [
  'clave',
  'acuerdo',
  'sesion',
  'fecha_sesion',
  'comite',
  'responsables',
  'fecha_compromiso',
  'estatus',
  'avance',
  'seguimiento',
  'vencido',
] as const;

type ExportColumn = (typeof MATRIX_EXPORT_COLUMNS)[number];

interface ExportRecord {
  clave: string;
  acuerdo: string;
  sesion: string;
  /** 'YYYY-MM-DD'. */
  fecha_sesion: string;
  comite: string | null;
  responsables: string;
  fecha_compromiso: string | null;
  estatus: string;
  avance: number;
  seguimiento: string | null;
  vencido: 'si' | 'no';
}

function exportRecord(row: MatrixRow, today: string): ExportRecord {
  return {
    clave: row.code,
    acuerdo: row.text,
    sesion: row.session,
    fecha_sesion: row.sessionDate,
    comite: row.committee,
    responsables: row.responsible.join('; '),
    fecha_compromiso: row.dueOn,
    estatus: STATUS_WORDS[row.status],
    avance: Math.round(row.progress),
    seguimiento: row.lastFollowUp?.note ?? null,
    vencido: isOverdue(row, today) ? 'si' : 'no',
  };
}

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula (and tab or carriage return can
 * hide such a start); a leading apostrophe makes it text (OWASP, "CSV injection").
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvValue(record: ExportRecord, column: ExportColumn): string {
  const value = record[column];
  if (value === null) return '';
  return typeof value === 'number' ? String(value) : csvField(guardFormula(value));
}

/**
 * UTF-8 CSV with a BOM (so Excel reads the accents), comma-separated, CRLF between records as
 * RFC 4180 says; line breaks inside a value stay as written, inside quotes.
 */
export function matrixCsv(rows: MatrixRow[], today: string): string {
  const lines = [MATRIX_EXPORT_COLUMNS.join(',')];
  for (const row of rows) {
    const record = exportRecord(row, today);
    lines.push(MATRIX_EXPORT_COLUMNS.map((column) => csvValue(record, column)).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Midnight UTC: the xlsx serial number is then a whole day, whatever the machine's time zone. */
function dayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

const DATE_FORMAT = 'dd/mm/yyyy';

/** Characters, as spreadsheets count column widths. */
const XLSX_WIDTHS: Record<ExportColumn, number> = {
  clave: 16,
  acuerdo: 60,
  sesion: 32,
  fecha_sesion: 12,
  comite: 26,
  responsables: 34,
  fecha_compromiso: 16,
  estatus: 12,
  avance: 8,
  seguimiento: 50,
  vencido: 9,
};

const WRAPPED: ReadonlySet<ExportColumn> = new Set(['acuerdo', 'sesion', 'comite', 'responsables', 'seguimiento']);

function xlsxCell(record: ExportRecord, column: ExportColumn): Cell {
  const value = record[column];
  if (value === null || value === '') return null;
  if (column === 'fecha_sesion' || column === 'fecha_compromiso') {
    return { value: dayDate(String(value)), type: Date, format: DATE_FORMAT, alignVertical: 'top' };
  }
  if (typeof value === 'number') return { value, type: Number, alignVertical: 'top' };
  // Typed string cells are never evaluated, so no apostrophe here: the text stays exactly as written.
  return { value, type: String, alignVertical: 'top', ...(WRAPPED.has(column) ? { wrap: true } : {}) };
}

/** The same columns as the CSV, with real date cells, a bold frozen header row and column widths. */
export async function matrixXlsx(rows: MatrixRow[], today: string): Promise<Buffer> {
  const data: SheetData = [
    MATRIX_EXPORT_COLUMNS.map((column) => ({ value: column, type: String, fontWeight: 'bold' as const })),
    ...rows.map((row) => {
      const record = exportRecord(row, today);
      return MATRIX_EXPORT_COLUMNS.map((column) => xlsxCell(record, column));
    }),
  ];
  return writeExcelFile(data, {
    sheet: 'Acuerdos',
    columns: MATRIX_EXPORT_COLUMNS.map((column) => ({ width: XLSX_WIDTHS[column] })),
    stickyRowsCount: 1,
  }).toBuffer();
}
