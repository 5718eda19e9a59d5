import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Packer } from 'docx';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMatrixDocument } from '../../src/main/export/docx/matrixDocument.js';
import type { MatrixDocumentData } from '../../src/main/export/docx/matrixDocument.js';
import { LANDSCAPE_TEXT_WIDTH } from '../../src/main/export/docx/styles.js';
import { writeDocxFile } from '../../src/main/export/docx/writeDocx.js';
import { isOverdue } from '../../src/shared/domain/agreements.js';
import { MATRIX_TODAY, matrixRows } from '../support/matrixFixture.js';
import { unzip } from '../support/unzip.js';

const rows = matrixRows();

const spanish: MatrixDocumentData = {
  language: 'es',
  mesa: { name: 'Mesa de Seguridad y Justicia de Ciudad Juárez', municipality: 'Ciudad Juárez, Chihuahua' },
  title: 'Matriz de acuerdos',
  filterSummary: ['Estatus: pendiente, en proceso', 'Comité: Comité de prevención & "otros"'],
  generatedOn: MATRIX_TODAY,
  today: MATRIX_TODAY,
  rows,
};

const english: MatrixDocumentData = { ...spanish, language: 'en', title: 'Agreements matrix', filterSummary: [] };

interface Parts {
  document: string;
  header: string;
  footer: string;
  /** document.xml as text: one line per paragraph, runs joined, entities decoded. */
  text: string;
}

function decode(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function paragraphsText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
    .filter((line) => line.length > 0)
    .join('\n');
}

function partsOf(buf: Buffer): Parts {
  const entries = unzip(buf);
  const text = (name: string) => entries.get(name)?.toString('utf8') ?? '';
  const document = text('word/document.xml');
  const headers = [...entries.keys()].filter((n) => /^word\/header\d*\.xml$/.test(n));
  const footers = [...entries.keys()].filter((n) => /^word\/footer\d*\.xml$/.test(n));
  // One section with only a default header and footer: exactly one part each.
  expect(headers).toHaveLength(1);
  expect(footers).toHaveLength(1);
  return { document, header: text(headers[0] ?? ''), footer: text(footers[0] ?? ''), text: paragraphsText(document) };
}

async function parts(data: MatrixDocumentData): Promise<Parts> {
  return partsOf(await Packer.toBuffer(buildMatrixDocument(data)));
}

function tableRows(document: string): string[] {
  const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
  return table.split('<w:tr>').slice(1);
}

function cells(row: string): string[] {
  return row.split('<w:tc>').slice(1).map(paragraphsText);
}

describe('buildMatrixDocument: Spanish', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('is written by the shared writer as a landscape Letter document', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-matrix-'));
    dirs.push(dir);
    const written = await writeDocxFile(buildMatrixDocument(spanish), path.join(dir, 'matriz.docx'));
    const p = partsOf(fs.readFileSync(written.path));
    expect(p.document).toMatch(/<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"\/>/);
    // The table fills the landscape text width exactly.
    const grid = [...p.document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(8);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    expect(Math.min(...grid)).toBeGreaterThanOrEqual(1000);
  });

  it('has the Mesa, the title, the filters, the generation date and the counts by status above the table', async () => {
    const { text } = await parts(spanish);
    const lines = text.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Mesa de Seguridad y Justicia de Ciudad Juárez',
      'Ciudad Juárez, Chihuahua',
      'Matriz de acuerdos',
      'Filtros: Estatus: pendiente, en proceso · Comité: Comité de prevención & "otros"',
      'Generada el martes 15 de septiembre de 2026.',
      '30 acuerdos   ·   Pendiente: 10   ·   En proceso: 10   ·   Cumplido: 5   ·   Cancelado: 5   ·   Vencidos: 12',
      'Clave',
    ]);
    const overdue = rows.filter((r) => isOverdue(r, MATRIX_TODAY)).length;
    expect(overdue).toBe(12);
  });

  it('says when "vencido" is measured against another day than the generation date', async () => {
    const { text } = await parts({ ...spanish, filterSummary: [], today: '2026-09-01' });
    expect(text).toContain('Filtros: ninguno (todos los acuerdos)');
    expect(text).toContain('Generada el martes 15 de septiembre de 2026. Vencimientos calculados al martes 1 de septiembre de 2026.');
  });

  it('has one table: a repeated header row, then one row per agreement, none of them split across pages', async () => {
    const p = await parts(spanish);
    expect(p.document.split('<w:tbl>')).toHaveLength(2);
    const trs = tableRows(p.document);
    expect(trs).toHaveLength(1 + rows.length);
    expect(trs[0]).toMatch(/<w:trPr>[\s\S]*<w:tblHeader\/>[\s\S]*<\/w:trPr>/);
    for (const tr of trs) expect(tr).toMatch(/<w:trPr>[\s\S]*<w:cantSplit\/>[\s\S]*<\/w:trPr>/);
    expect(trs.slice(1).some((tr) => tr.includes('tblHeader'))).toBe(false);
    expect(cells(trs[0] ?? '')).toEqual(['Clave', 'Acuerdo', 'Sesión', 'Comité / responsables', 'Fecha compromiso', 'Estatus', 'Avance %', 'Último seguimiento']);
  });

  it('prints every agreement in the given order with its code, full text, session, committee, people, dates and progress', async () => {
    const trs = tableRows((await parts(spanish)).document).slice(1);
    rows.forEach((row, i) => {
      const [code, text, session, committee, due, , progress] = cells(trs[i] ?? '');
      expect(code).toBe(row.code);
      expect(text).toBe(row.text);
      expect(session).toBe(`${row.session}\n${row.sessionDate.slice(8, 10)}/${row.sessionDate.slice(5, 7)}/${row.sessionDate.slice(0, 4)}`);
      expect(committee).toBe([row.committee ?? 'Sin comité', ...(row.responsible.length > 0 ? [row.responsible.join('; ')] : [])].join('\n'));
      expect(due).toBe(row.dueOn ? `${row.dueOn.slice(8, 10)}/${row.dueOn.slice(5, 7)}/${row.dueOn.slice(0, 4)}` : '—');
      expect(progress).toBe(String(row.progress));
    });
    expect(rows.some((r) => r.text.length > 400)).toBe(true);
    expect(rows.some((r) => r.committee === null)).toBe(true);
  });

  it('marks "vencido" with the days late on open agreements past their due date only, in bold, not in colour', async () => {
    const trs = tableRows((await parts(spanish)).document).slice(1);
    rows.forEach((row, i) => {
      const tr = trs[i] ?? '';
      const status = cells(tr)[5] ?? '';
      if (isOverdue(row, MATRIX_TODAY)) {
        expect(status, row.code).toMatch(/^(Pendiente|En proceso)\nvencido\n\d+ días? de atraso$/);
        expect(tr).toMatch(/<w:b\/><w:bCs\/><w:caps\/><\/w:rPr><w:t xml:space="preserve">vencido<\/w:t>/);
      } else {
        expect(status, row.code).toBe({ pendiente: 'Pendiente', en_proceso: 'En proceso', cumplido: 'Cumplido', cancelado: 'Cancelado' }[row.status]);
      }
    });
    // A fulfilled agreement past its due date is not overdue.
    expect(rows.some((r) => r.status === 'cumplido' && r.dueOn !== null && r.dueOn < MATRIX_TODAY)).toBe(true);
    const first = rows.findIndex((r) => isOverdue(r, MATRIX_TODAY));
    expect(cells(trs[first] ?? '')[5]).toBe('Pendiente\nvencido\n106 días de atraso');
  });

  it('shows the last follow-up as its date and note, or says there is none', async () => {
    const trs = tableRows((await parts(spanish)).document).slice(1);
    rows.forEach((row, i) => {
      const followUp = cells(trs[i] ?? '')[7];
      const f = row.lastFollowUp;
      const date = f ? `${f.on.slice(8, 10)}/${f.on.slice(5, 7)}/${f.on.slice(0, 4)}` : '';
      expect(followUp).toBe(f === null ? 'Sin seguimiento' : f.note === null ? date : `${date}\n${f.note}`);
    });
    expect(rows.some((r) => r.lastFollowUp === null)).toBe(true);
    expect(rows.some((r) => r.lastFollowUp !== null && r.lastFollowUp.note === null)).toBe(true);
  });

  it('keeps the table text between 9 and 10 pt and prints nothing in a light colour', async () => {
    const p = await parts(spanish);
    const body = tableRows(p.document).slice(1).join('');
    const sizes = [...body.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(18);
    const colours = new Set([...p.document.matchAll(/<w:color w:val="([0-9A-F]{6})"\/>/g)].map((m) => m[1]));
    expect(colours.size).toBeGreaterThan(0);
    // Ink, accent navy and the dark grey: all dark enough for a black-and-white printer.
    for (const c of colours) expect(['595959', '1F3864', 'FFFFFF', '1A1A1A'], c).toContain(c);
  });

  it('marks every page CONFIDENCIAL and numbers it "Página X de Y", right tabs at the landscape text width', async () => {
    const p = await parts(spanish);
    expect(paragraphsText(p.header)).toBe('Mesa de Seguridad y Justicia de Ciudad Juárez\tCONFIDENCIAL');
    expect(p.header).toContain(`w:pos="${LANDSCAPE_TEXT_WIDTH}"`);
    expect(p.footer).toContain(`w:pos="${LANDSCAPE_TEXT_WIDTH}"`);
    expect(p.footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(p.footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(paragraphsText(p.footer)).toMatch(/^Matriz de acuerdos · 15\/09\/2026\tPágina\s+de\s*$/);
  });

  it('says so instead of printing an empty table when nothing matches', async () => {
    const p = await parts({ ...spanish, rows: [] });
    expect(p.document).not.toContain('<w:tbl>');
    expect(p.text).toContain('0 acuerdos   ·   Pendiente: 0');
    expect(p.text).toContain('Ningún acuerdo coincide con los filtros.');
  });

  it('is pure: the same data gives the same document body', async () => {
    expect((await parts(spanish)).document).toBe((await parts(spanish)).document);
  });
});

describe('buildMatrixDocument: English', () => {
  it('uses English labels, status words, dates and page numbers', async () => {
    const p = await parts(english);
    const lines = p.text.split('\n');
    expect(lines.slice(2, 6)).toEqual([
      'Agreements matrix',
      'Filters: none (all agreements)',
      'Generated on Tuesday, September 15, 2026.',
      '30 agreements   ·   Pending: 10   ·   In progress: 10   ·   Completed: 5   ·   Cancelled: 5   ·   Overdue: 12',
    ]);
    const trs = tableRows(p.document);
    expect(cells(trs[0] ?? '')).toEqual(['Code', 'Agreement', 'Session', 'Committee / responsible', 'Due date', 'Status', 'Progress %', 'Last follow-up']);
    const first = rows.findIndex((r) => isOverdue(r, MATRIX_TODAY));
    const row = cells(trs[first + 1] ?? '');
    expect(row[4]).toBe('1 Jun 2026');
    expect(row[5]).toBe('Pending\noverdue\n106 days late');
    expect(p.text).toContain('No committee');
    expect(p.text).toContain('No follow-up');
    expect(p.text).not.toMatch(/Clave|Acuerdo\b|vencido|Sin comité|Página/);
    expect(paragraphsText(p.header)).toContain('CONFIDENTIAL');
    expect(paragraphsText(p.footer)).toMatch(/^Agreements matrix · 15 Sep 2026\tPage\s+of\s*$/);
    expect(p.document).toMatch(/w:orient="landscape"/);
  });
});
