import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/main/import/csv.js';
import { MATRIX_EXPORT_COLUMNS, matrixCsv, matrixXlsx } from '../../src/main/export/plaintext/matrixPlaintext.js';
import { isOverdue, statusFromWord } from '../../src/shared/domain/agreements.js';
import type { MatrixRow } from '../../src/shared/domain/agreements.js';
import { MATRIX_TODAY, matrixRows } from '../support/matrixFixture.js';
import { unzip } from '../support/unzip.js';

const HEADER = 'clave,acuerdo,sesion,fecha_sesion,comite,responsables,fecha_compromiso,estatus,avance,seguimiento,vencido';

/** The fixture plus the values a spreadsheet gets wrong: quotes, commas, line breaks, accents, formula starts. */
function rows(): MatrixRow[] {
  const base = matrixRows();
  const first = base[0] as MatrixRow;
  base.push(
    {
      ...first,
      id: 101,
      code: 'PLE-1/2026-01',
      text: 'Revisar el punto "Regreso seguro", con la SSPM, la Fiscalía\ny Tránsito; señalización en Ñuñoa.',
      session: 'Sesión plenaria extraordinaria 1/2026, urgente',
      committee: '+Comité de revisión',
      responsible: ['@jperez', 'Niño Ábrego, Íñigo'],
      status: 'en_proceso',
      progress: 45,
      dueOn: '2026-01-31',
      lastFollowUp: { on: '2026-02-15', status: 'en_proceso', progress: 45, note: '-5 % respecto del mes anterior\r\n"sin cambios" en Anapra' },
    },
    {
      ...first,
      id: 102,
      code: 'PLE-1/2026-02',
      text: '=HYPERLINK("http://ejemplo.invalid","clic")',
      committee: null,
      responsible: [],
      status: 'cumplido',
      progress: 100,
      dueOn: null,
      lastFollowUp: null,
    },
  );
  return base;
}

const guarded = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** What each row must read back as, from the row itself (not from the code under test). */
function expected(row: MatrixRow): string[] {
  return [
    row.code,
    row.text,
    row.session,
    row.sessionDate,
    row.committee ?? '',
    row.responsible.join('; '),
    row.dueOn ?? '',
    { pendiente: 'pendiente', en_proceso: 'en proceso', cumplido: 'cumplido', cancelado: 'cancelado' }[row.status],
    String(row.progress),
    row.lastFollowUp?.note ?? '',
    isOverdue(row, MATRIX_TODAY) ? 'si' : 'no',
  ].map(guarded);
}

describe('matrixCsv', () => {
  const data = rows();
  const csv = matrixCsv(data, MATRIX_TODAY);

  it('starts with a UTF-8 BOM and the import canonical header plus vencido, records separated by CRLF', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1).split('\r\n')[0]).toBe(HEADER);
    expect(MATRIX_EXPORT_COLUMNS.join(',')).toBe(HEADER);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('round-trips through csv-parse: quotes, commas, line breaks and accents come back exactly', () => {
    const parsed = parse(Buffer.from(csv, 'utf8'), { bom: true }) as string[][];
    expect(parsed[0]).toEqual(HEADER.split(','));
    expect(parsed).toHaveLength(data.length + 1);
    data.forEach((row, i) => expect(parsed[i + 1], row.code).toEqual(expected(row)));
    const special = parsed.find((r) => r[0] === 'PLE-1/2026-01') ?? [];
    expect(special[1]).toBe('Revisar el punto "Regreso seguro", con la SSPM, la Fiscalía\ny Tránsito; señalización en Ñuñoa.');
    expect(special[2]).toBe('Sesión plenaria extraordinaria 1/2026, urgente');
    expect(special[9]).toBe("'-5 % respecto del mes anterior\r\n\"sin cambios\" en Anapra");
  });

  it('quotes only what RFC 4180 requires, doubling inner quotes', () => {
    const line = csv.split('\r\n').find((l) => l.startsWith('PLE-1/2026-02,')) ?? '';
    expect(line).toBe(`PLE-1/2026-02,"'=HYPERLINK(""http://ejemplo.invalid"",""clic"")",Sesión plenaria ordinaria 3/2026,2026-04-13,,,,cumplido,100,,no`);
  });

  it('guards against formula injection with a leading apostrophe on = + - @', () => {
    const parsed = parse(csv, { bom: true }) as string[][];
    const special = parsed.find((r) => r[0] === 'PLE-1/2026-01') ?? [];
    expect(special[4]).toBe("'+Comité de revisión");
    expect(special[5]).toBe("'@jperez; Niño Ábrego, Íñigo");
    expect(special[9]?.startsWith("'-5 %")).toBe(true);
    const formula = parsed.find((r) => r[0] === 'PLE-1/2026-02') ?? [];
    expect(formula[1]).toBe(`'=HYPERLINK("http://ejemplo.invalid","clic")`);
    for (const record of parsed) for (const value of record) expect(value).not.toMatch(/^[=+\-@]/);
  });

  it('is read back by the import reader with the canonical columns, statuses it understands and dates it accepts', () => {
    const file = readCsv(csv);
    expect(file.delimiter).toBe(',');
    expect(file.header).toEqual(HEADER.split(','));
    expect(file.records).toHaveLength(data.length);
    data.forEach((row, i) => {
      const values = file.records[i]?.values ?? [];
      expect(values[0]).toBe(row.code);
      expect(statusFromWord(values[7] ?? '')).toBe(row.status);
      expect(values[3]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number(values[8])).toBe(row.progress);
    });
  });

  it('marks vencido si/no by the day it is given', () => {
    const overdue = data.filter((r) => isOverdue(r, MATRIX_TODAY)).length;
    const parsed = parse(csv, { bom: true }) as string[][];
    expect(parsed.slice(1).filter((r) => r[10] === 'si')).toHaveLength(overdue);
    const early = parse(matrixCsv(data, '2026-01-01'), { bom: true }) as string[][];
    expect(early.slice(1).every((r) => r[10] === 'no')).toBe(true);
  });

  it('writes only the header for an empty matrix', () => {
    expect(matrixCsv([], MATRIX_TODAY)).toBe(`\uFEFF${HEADER}\r\n`);
  });
});

describe('matrixXlsx', () => {
  const data = rows();
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

  it('reads back with the same values, real Date cells for the dates and numbers for the progress', async () => {
    const sheet = await readSheet(await matrixXlsx(data, MATRIX_TODAY));
    expect(sheet[0]).toEqual(HEADER.split(','));
    expect(sheet).toHaveLength(data.length + 1);
    data.forEach((row, i) => {
      const values = sheet[i + 1] ?? [];
      expect(values, row.code).toEqual([
        row.code,
        row.text,
        row.session,
        day(row.sessionDate),
        row.committee,
        row.responsible.length > 0 ? row.responsible.join('; ') : null,
        row.dueOn === null ? null : day(row.dueOn),
        { pendiente: 'pendiente', en_proceso: 'en proceso', cumplido: 'cumplido', cancelado: 'cancelado' }[row.status],
        row.progress,
        row.lastFollowUp?.note ?? null,
        isOverdue(row, MATRIX_TODAY) ? 'si' : 'no',
      ]);
      expect(values[3]).toBeInstanceOf(Date);
    });
  });

  it('keeps a formula-looking text as a plain string cell: no formula is ever written', async () => {
    const buf = await matrixXlsx(data, MATRIX_TODAY);
    const sheet = await readSheet(buf);
    expect(sheet.find((r) => r[0] === 'PLE-1/2026-02')?.[1]).toBe('=HYPERLINK("http://ejemplo.invalid","clic")');
    const xml = unzip(buf).get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
    expect(xml).not.toMatch(/<f[ >]/);
  });

  it('has a bold header row frozen in place, wrapped long texts, column widths and a day-first date format', async () => {
    const entries = unzip(await matrixXlsx(data, MATRIX_TODAY));
    const sheetXml = entries.get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
    const styles = entries.get('xl/styles.xml')?.toString('utf8') ?? '';
    const workbook = entries.get('xl/workbook.xml')?.toString('utf8') ?? '';
    expect(sheetXml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    const widths = [...sheetXml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(MATRIX_EXPORT_COLUMNS.length);
    expect(Math.max(...widths)).toBeGreaterThanOrEqual(50);
    expect(styles).toMatch(/<b\/>/);
    expect(styles).toMatch(/wrapText="1"/);
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(workbook).toContain('name="Acuerdos"');
    // Header cells carry a cell style whose font is the bold one; data cells do not.
    const fontOfStyle = [...styles.matchAll(/<xf\b([^>]*)>/g)].map((m) => Number(/fontId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0));
    const fonts = (/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').split('</font>');
    const boldStyle = (s: string) => fonts[fontOfStyle[Number(s)] ?? 0]?.includes('<b/>') ?? false;
    const rowStyles = (r: number) =>
      [...(new RegExp(`<row [^>]*r="${r}"[^>]*>([\\s\\S]*?)</row>`).exec(sheetXml)?.[1] ?? '').matchAll(/<c [^>]*s="(\d+)"/g)].map((m) => m[1] ?? '');
    expect(rowStyles(1)).toHaveLength(MATRIX_EXPORT_COLUMNS.length);
    expect(rowStyles(1).every(boldStyle)).toBe(true);
    expect(rowStyles(2).length).toBeGreaterThan(0);
    expect(rowStyles(2).some(boldStyle)).toBe(false);
  });
});
