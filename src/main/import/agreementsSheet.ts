import { statusFromWord } from '../../shared/domain/agreements.js';
import { isIsoDay } from '../../shared/domain/dates.js';
import { normalizedFollowup, type AgreementStatus } from '../../shared/domain/live.js';
import { nameKey } from '../../shared/domain/people.js';
import type { PlenaryType, SessionKind } from '../../shared/domain/sessions.js';
import {
  agreementSheetColumns,
  type AgreementImportIssueCode,
  type AgreementImportIssueDto,
  type AgreementSheetColumn,
} from '../../shared/ipc/dto/agreements.js';
import { AppFailure } from '../appFailure.js';
import { canonicalHeader, readCsv } from './csv.js';
import { cellString, utcDay, type SheetCell } from './xlsx.js';

/**
 * The agreements spreadsheet a Mesa keeps today (issue 7):
 * `clave,acuerdo,sesion,fecha_sesion,comite,responsables,fecha_compromiso,estatus,avance,seguimiento`.
 * Pure: each row is read and checked on its own here; sessions, committees, people and codes
 * are resolved against the workspace by the service.
 */

export interface SheetTable {
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | null;
  header: string[];
  records: { line: number; values: SheetCell[] }[];
}

export function tableFromCsv(text: string): SheetTable {
  const csv = readCsv(text);
  // Plenaria's own CSV export (and careful users) put an apostrophe before a leading = + - @
  // so spreadsheets do not run it as a formula; the value is what follows.
  const unguard = (v: string) => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  return { format: 'csv', delimiter: csv.delimiter, header: csv.header, records: csv.records.map((r) => ({ line: r.line, values: r.values.map(unguard) })) };
}

/** What a `sesion` cell names. `number` is null when it names none ("Primera sesión"). */
export interface SessionName {
  text: string;
  kind: SessionKind;
  plenaryType: PlenaryType | null;
  number: number | null;
  year: number | null;
}

export interface SheetAgreementRow {
  line: number;
  code: string | null;
  text: string;
  session: SessionName | null;
  sessionDate: string | null;
  committee: string | null;
  responsibles: string[];
  dueOn: string | null;
  status: AgreementStatus;
  progress: number;
  followUp: string | null;
  /** Problems found in the row alone; the service adds those that need the workspace. */
  issues: AgreementImportIssueDto[];
}

export interface ParsedAgreementsSheet {
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | null;
  missingColumns: AgreementSheetColumn[];
  ignoredColumns: string[];
  /** The header as written, and what each column was read as. */
  header: string[];
  columns: (AgreementSheetColumn | null)[];
  rows: SheetAgreementRow[];
}

/** Longest agreement or follow-up text; longer is almost surely a wrong column or a pasted document. */
export const MAX_TEXT_LENGTH = 4000;
/** Longest value of the short cells (names, codes, dates). */
export const MAX_VALUE_LENGTH = 300;

/** Other names people give these columns, after canonicalisation. */
const ALIASES: ReadonlyMap<string, AgreementSheetColumn> = new Map([
  ['codigo', 'clave'],
  ['fecha_de_sesion', 'fecha_sesion'],
  ['comision', 'comite'],
  ['responsable', 'responsables'],
  ['fecha_de_compromiso', 'fecha_compromiso'],
  ['fecha_limite', 'fecha_compromiso'],
  ['estado', 'estatus'],
  ['status', 'estatus'],
  ['porcentaje', 'avance'],
  ['porcentaje_de_avance', 'avance'],
  ['seguimientos', 'seguimiento'],
]);

/** "Fecha sesión" → fecha_sesion, "Avance (%)" → avance, "Responsable(s)" → responsables. */
export function sheetColumn(name: string): AgreementSheetColumn | undefined {
  const key = canonicalHeader(name)
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  const known = agreementSheetColumns.find((c) => c === key);
  return known ?? ALIASES.get(key);
}

/**
 * `mapping`: what the user said a header holds (null: ignore it), for the headers the names
 * alone do not explain ("Compromiso", "Quién"); the others are recognised by name.
 */
export function parseAgreementsSheet(table: SheetTable, mapping: Readonly<Record<string, AgreementSheetColumn | null>> = {}): ParsedAgreementsSheet {
  const index = new Map<AgreementSheetColumn, number>();
  const ignoredColumns: string[] = [];
  const columns: (AgreementSheetColumn | null)[] = [];
  table.header.forEach((name, i) => {
    const written = name.trim();
    const column = Object.hasOwn(mapping, written) ? mapping[written] : sheetColumn(name);
    if (column && !index.has(column)) {
      index.set(column, i);
      columns.push(column);
    } else {
      columns.push(null);
      if (written !== '') ignoredColumns.push(written);
    }
  });
  const missingColumns = agreementSheetColumns.filter((c) => !index.has(c));
  const lacking = [...(index.has('acuerdo') ? [] : ['acuerdo']), ...(index.has('sesion') || index.has('fecha_sesion') ? [] : ['sesion o fecha_sesion'])];
  if (lacking.length > 0) {
    throw new AppFailure(
      'invalid_argument',
      `Faltan columnas obligatorias en el encabezado: ${lacking.join(', ')}. Columnas reconocidas: ${agreementSheetColumns.join(', ')}.`,
    );
  }

  const rows: SheetAgreementRow[] = [];
  for (const record of table.records) {
    const raw = (column: AgreementSheetColumn): SheetCell => {
      const i = index.get(column);
      return i === undefined ? null : (record.values[i] ?? null);
    };
    // Every row of the file gets here: blank rows never do (the readers drop them).
    if (agreementSheetColumns.every((c) => isBlank(raw(c)))) continue;
    const issues: AgreementImportIssueDto[] = [];
    const text = (column: AgreementSheetColumn, max = MAX_VALUE_LENGTH, multiline = false): string => {
      const cell = raw(column);
      const value = cell === null ? '' : multiline ? multilineText(cellString(cell)) : oneLine(cellString(cell));
      if (value.length > max) issues.push(issue(column, 'too_long', { limit: max }));
      return value;
    };
    const day = (column: AgreementSheetColumn): string | null => {
      const cell = raw(column);
      if (isBlank(cell)) return null;
      const parsed = parseDay(cell!);
      if (parsed === null) issues.push(issue(column, 'invalid_date', { value: oneLine(cellString(cell!)) }));
      return parsed;
    };

    const code = text('clave');
    const agreementText = text('acuerdo', MAX_TEXT_LENGTH, true);
    if (agreementText === '') issues.push(issue('acuerdo', 'required'));
    const sessionText = text('sesion');
    const sessionDate = day('fecha_sesion');
    if (sessionText === '' && sessionDate === null && !issues.some((i) => i.column === 'fecha_sesion')) {
      issues.push(issue('sesion', 'required'));
    }
    const committee = text('comite');
    const responsibles = text('responsables', MAX_TEXT_LENGTH, true)
      .split(/[;\n]/)
      .map(oneLine)
      .filter((n) => n !== '');
    const dueOn = day('fecha_compromiso');

    const statusText = text('estatus');
    let status: AgreementStatus = 'pendiente';
    if (statusText !== '') {
      const found = statusFromWord(statusText);
      if (found === null) issues.push(issue('estatus', 'unknown_status', { value: statusText }));
      else status = found;
    }
    const progressCell = raw('avance');
    let progress = 0;
    if (!isBlank(progressCell)) {
      const parsed = parseProgress(progressCell!);
      if (parsed === null) issues.push(issue('avance', 'invalid_progress', { value: oneLine(cellString(progressCell!)) }));
      else progress = parsed;
    }
    const normalized = normalizedFollowup(status, progress);
    const followUp = text('seguimiento', MAX_TEXT_LENGTH, true);

    rows.push({
      line: record.line,
      code: code === '' ? null : code,
      text: agreementText,
      session: sessionText === '' ? null : parseSessionName(sessionText),
      sessionDate,
      committee: committee === '' ? null : committee,
      responsibles: dedupe(responsibles),
      dueOn,
      status: normalized.status,
      progress: normalized.progress,
      followUp: followUp === '' ? null : followUp,
      issues,
    });
  }
  if (rows.length === 0) throw new AppFailure('invalid_argument', 'El archivo no tiene filas con acuerdos.');
  return { format: table.format, delimiter: table.delimiter, missingColumns, ignoredColumns, header: table.header.map((h) => h.trim()), columns, rows };
}

/**
 * "Sesión plenaria ordinaria 3/2025", "3/2025", "Extraordinaria 1/2025", "Plenaria de instalación
 * 1/2024", "Reunión ciudadana 2/2025", "Reunión del Comité de prevención 4/2025".
 */
export function parseSessionName(text: string): SessionName {
  const key = nameKey(text);
  const m = /(\d{1,4})\s*\/\s*(\d{4})/.exec(key);
  const number = m ? Number(m[1]) : null;
  const year = m ? Number(m[2]) : null;
  const numbered = number !== null && number > 0 ? { number, year } : { number: null, year: null };
  if (/\bciudadan/.test(key)) return { text, kind: 'citizen_meeting', plenaryType: null, ...numbered };
  if (/\bcomite\b/.test(key) && !/\bplenari/.test(key)) return { text, kind: 'committee_meeting', plenaryType: null, ...numbered };
  const plenaryType: PlenaryType = /\bextraordinari/.test(key) ? 'extraordinary' : /\binstalacion\b/.test(key) ? 'installation' : 'ordinary';
  return { text, kind: 'plenary', plenaryType, ...numbered };
}

/**
 * A day from a cell: an Excel date cell, an Excel serial number, or text as YYYY-MM-DD,
 * YYYY/MM/DD or DD/MM/YYYY (also with '-' or '.', one-digit day or month, a time after it).
 */
export function parseDay(cell: Exclude<SheetCell, null>): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : utcDay(cell);
  if (typeof cell === 'number') {
    // A date cell whose format Excel did not mark as a date: days since 1899-12-30.
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) return null;
    return utcDay(new Date(Date.UTC(1899, 11, 30) + Math.floor(cell) * 86_400_000));
  }
  if (typeof cell !== 'string') return null;
  const value = cell.trim().replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|z)?$/i, '');
  let y: string | undefined;
  let mo: string | undefined;
  let d: string | undefined;
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (m) [, y, mo, d] = m;
  else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value))) [, d, mo, y] = m;
  if (!y || !mo || !d) return null;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDay(iso) ? iso : null;
}

/** 0–100, "45", "45 %", "45,5"; an Excel percent cell arrives as a fraction (0.45). */
export function parseProgress(cell: Exclude<SheetCell, null>): number | null {
  let n: number;
  if (typeof cell === 'number') n = cell > 0 && cell < 1 ? cell * 100 : cell;
  else if (typeof cell === 'string') {
    const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(cell.trim());
    if (!m) return null;
    n = Number(m[1]!.replace(',', '.'));
  } else return null;
  if (!Number.isFinite(n) || n < 0 || n > 100) return null;
  return Math.round(n);
}

function isBlank(cell: SheetCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Names, codes and dates: line breaks and repeated spaces mean nothing in them. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Prose keeps its line breaks; spaces at the ends of each line go. */
function multilineText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function dedupe(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const ACCEPTED_STATUSES = 'pendiente, en proceso, cumplido o cancelado';

/** An issue with its Spanish sentence. */
export function issue(
  column: AgreementSheetColumn | null,
  code: AgreementImportIssueCode,
  extra: { value?: string; expected?: string; limit?: number } = {},
): AgreementImportIssueDto {
  const { limit, ...rest } = extra;
  const q = extra.value === undefined ? '' : ` «${extra.value}»`;
  const sentence = ((): string => {
    switch (code) {
      case 'required':
        return column === 'sesion' ? 'falta la sesión (escriba sesion, fecha_sesion o ambas)' : 'falta el valor';
      case 'too_long':
        return `texto demasiado largo (máximo ${limit ?? MAX_VALUE_LENGTH} caracteres)`;
      case 'invalid_date':
        return `fecha no válida${q} (use AAAA-MM-DD o DD/MM/AAAA)`;
      case 'unknown_status':
        return nameKey(extra.value ?? '') === 'vencido'
          ? `«vencido» no es un estatus: se calcula con la fecha compromiso (use ${ACCEPTED_STATUSES})`
          : `estatus desconocido${q} (use ${ACCEPTED_STATUSES})`;
      case 'invalid_progress':
        return `avance no válido${q} (un número de 0 a 100, con o sin %)`;
      case 'duplicate_in_file':
        return `la clave${q} se repite en el archivo${extra.expected ? ` (ya está en la línea ${extra.expected})` : ''}`;
      case 'duplicate_existing':
        return `ya existe un acuerdo con la clave${q}`;
      case 'duplicate_text':
        return extra.expected
          ? `la línea ${extra.expected} ya tiene este mismo acuerdo en la misma sesión`
          : `la sesión${q} ya tiene un acuerdo con este mismo texto (¿ya se importó este archivo?)`;
      case 'unknown_session':
        return `no se reconoce la sesión${q} (escriba p. ej. «3/2025», «Extraordinaria 1/2025» o «Sesión plenaria ordinaria 3/2025», o dé fecha_sesion)`;
      case 'session_date_mismatch':
        return `la sesión${q} es del ${extra.expected ?? '?'}, no del día escrito en fecha_sesion`;
      case 'session_year_mismatch':
        return `la sesión${q} es del año ${extra.expected ?? '?'}, pero fecha_sesion es de otro año`;
      case 'session_needs_date':
        return `la sesión${q} no existe: para crearla, escriba su fecha en fecha_sesion`;
      case 'session_in_future':
        return `la sesión${q} no existe y su fecha es futura: solo se crean sesiones ya celebradas`;
      case 'session_not_held':
        return `la sesión${q} aún no se celebra (es del ${extra.expected ?? '?'}): sus acuerdos se registran durante la sesión`;
      case 'session_ambiguous':
        return `hay varias plenarias el ${extra.expected ?? '?'}: escriba en sesion cuál (p. ej. «3/2025»)`;
      case 'session_not_creatable':
        return `la sesión${q} no existe: solo se crean plenarias; cree antes esa reunión`;
      case 'unknown_committee':
        return `no existe el comité${q}; puede crearse al importar`;
      case 'unknown_person':
        return `no existe la persona${q}; puede crearse al importar`;
    }
  })();
  return { column, code, ...rest, message: column === null ? sentence : `${column}: ${sentence}` };
}

/**
 * A CSV's bytes as text: UTF-8 (with or without BOM) or, when that fails, Windows-1252, the
 * encoding Excel uses for "CSV" on a Spanish-language Windows.
 */
export function decodeSheetText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
