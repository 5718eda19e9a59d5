import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Packer } from 'docx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAgendaDocument } from '../../src/main/export/docx/agendaDocument.js';
import type { AgendaDocumentData } from '../../src/main/export/docx/agendaDocument.js';
import { formatLongDate, formatShortDate } from '../../src/main/export/docx/styles.js';
import { docxBytesSha256, writeDocxFile } from '../../src/main/export/docx/writeDocx.js';
import { unzip, zipTexts } from '../support/unzip.js';

const plenary: AgendaDocumentData = {
  language: 'es',
  mesa: { name: 'Mesa de Seguridad y Justicia de Ciudad Juárez', municipality: 'Ciudad Juárez, Chihuahua' },
  session: {
    title: 'Sesión plenaria ordinaria 7/2026',
    kind: 'plenary',
    scheduledAt: '2026-09-15T17:00',
    place: 'Sala de juntas de la Cámara Nacional de Comercio, Av. Tecnológico 1770, piso 2',
    convocationSentOn: '2026-09-11',
  },
  items: [
    { position: 1, kind: 'introductions', title: 'Presentaciones informales', presenter: 'Lic. María Peña Ibáñez, coordinadora', startsAt: '17:00', minutes: 10, description: null },
    {
      position: 2,
      kind: 'agreements_followup',
      title: 'Lectura de acuerdos y su seguimiento',
      presenter: 'Ing. José Núñez, secretario técnico',
      startsAt: '17:10',
      minutes: 30,
      description: 'Revisión del avance de los acuerdos abiertos de las sesiones 5/2026 y 6/2026.',
    },
    {
      position: 3,
      kind: 'authority_reports',
      title: 'Informes de las autoridades',
      presenter: 'Fiscalía General del Estado, Zona Norte',
      startsAt: '17:40',
      minutes: 40,
      description: 'Incidencia delictiva de agosto & operativo "Regreso seguro" en la zona suroriente.',
    },
    { position: 4, kind: 'committee_reports', title: 'Avances de los comités', presenter: 'Coordinadores de comité', startsAt: '18:20', minutes: 30, description: null },
    { position: 5, kind: 'indicators', title: 'Indicadores y metas', presenter: 'Comité de indicadores', startsAt: '18:50', minutes: 15, description: null },
    { position: 6, kind: 'other', title: 'Campaña de denuncia anónima en colonias del poniente', presenter: 'Comité de prevención', startsAt: '19:05', minutes: 15, description: null },
    { position: 7, kind: 'general_matters', title: 'Asuntos generales', presenter: null, startsAt: '19:20', minutes: 15, description: null },
    { position: 8, kind: 'closing', title: 'Cierre de la sesión', presenter: 'Lic. María Peña Ibáñez, coordinadora', startsAt: '19:35', minutes: 5, description: null },
  ],
  estimatedEnd: '19:40',
  agreements: [
    {
      code: 'AP-5/2026-01',
      text: 'La Secretaría de Seguridad Pública Municipal presentará el diagnóstico de alumbrado en las colonias Riberas del Bravo y Anapra.',
      status: 'en_proceso',
      progress: 60,
      dueOn: '2026-10-15',
      responsible: 'SSPM; Comité de prevención',
    },
    {
      code: 'AP-6/2026-02',
      text: 'Solicitar a la Fiscalía reducir a menos de 48 horas la atención de denuncias por extorsión telefónica.',
      status: 'pendiente',
      progress: 0,
      dueOn: null,
      responsible: null,
    },
    {
      code: 'AP-6/2026-04',
      text: 'Integrar al tablero el seguimiento de la meta de homicidios (14 por cada 100,000 habitantes), con cortes mensuales y señalamiento de años anteriores.',
      status: 'en_proceso',
      progress: 35,
      dueOn: '2026-11-30',
      responsible: 'Comité de indicadores',
    },
  ],
};

const committee: AgendaDocumentData = {
  ...plenary,
  session: { title: 'Reunión del Comité de prevención 2/2026', kind: 'committee_meeting', scheduledAt: '2026-09-22T09:30', place: null, convocationSentOn: null },
  items: [
    { position: 1, kind: 'agreements_followup', title: 'Lectura de los acuerdos vigentes del comité', presenter: 'Coordinador del comité', startsAt: '09:30', minutes: 20, description: null },
    { position: 2, kind: 'other', title: 'Plan de trabajo del último trimestre', presenter: 'Mtra. Ana Muñoz', startsAt: '09:50', minutes: 40, description: null },
    { position: 3, kind: 'general_matters', title: 'Asuntos generales', presenter: null, startsAt: '10:30', minutes: 10, description: null },
  ],
  estimatedEnd: '10:40',
  agreements: plenary.agreements.slice(0, 2),
};

interface Parts {
  document: string;
  headers: string[];
  footers: string[];
  /** The header and footer parts the section uses on every page, through document.xml's relationships. */
  defaultHeader: string;
  defaultFooter: string;
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

async function parts(data: AgendaDocumentData): Promise<Parts> {
  const entries = unzip(await Packer.toBuffer(buildAgendaDocument(data)));
  const document = entries.get('word/document.xml')?.toString('utf8') ?? '';
  const rels = entries.get('word/_rels/document.xml.rels')?.toString('utf8') ?? '';
  const target = (type: 'header' | 'footer') => {
    const id = new RegExp(`<w:${type}Reference[^>]*w:type="default"[^>]*r:id="(\\w+)"|<w:${type}Reference[^>]*r:id="(\\w+)"[^>]*w:type="default"`).exec(document);
    const rId = id?.[1] ?? id?.[2];
    const rel = new RegExp(`<Relationship[^>]*Id="${rId}"[^>]*Target="([^"]+)"|<Relationship[^>]*Target="([^"]+)"[^>]*Id="${rId}"`).exec(rels);
    const file = rel?.[1] ?? rel?.[2];
    return entries.get(`word/${file}`)?.toString('utf8') ?? '';
  };
  return {
    document,
    headers: zipTexts(entries, /^word\/header\d*\.xml$/).map((e) => e.xml),
    footers: zipTexts(entries, /^word\/footer\d*\.xml$/).map((e) => e.xml),
    defaultHeader: target('header'),
    defaultFooter: target('footer'),
    text: paragraphsText(document),
  };
}

function tables(xml: string): string[] {
  return xml.split('<w:tbl>').slice(1).map((t) => t.slice(0, t.indexOf('</w:tbl>')));
}

describe('formatLongDate / formatShortDate', () => {
  it('writes the date out by the calendar, in Spanish and English, without the OS locale', () => {
    expect(formatLongDate('2026-09-15', 'es')).toBe('martes 15 de septiembre de 2026');
    expect(formatLongDate('2026-09-15', 'en')).toBe('Tuesday, September 15, 2026');
    expect(formatLongDate('2024-02-29', 'es')).toBe('jueves 29 de febrero de 2024');
    expect(formatLongDate('2027-01-03', 'es')).toBe('domingo 3 de enero de 2027');
    expect(formatLongDate('2026-08-01T23:30', 'es')).toBe('sábado 1 de agosto de 2026');
    expect(formatShortDate('2026-10-05', 'es')).toBe('05/10/2026');
    expect(formatShortDate('2026-10-05', 'en')).toBe('5 Oct 2026');
    expect(() => formatLongDate('15/09/2026', 'es')).toThrow(/calendar day/);
  });
});

describe('buildAgendaDocument: plenary, Spanish', () => {
  it('marks every page CONFIDENCIAL with the Mesa name in the header, on a Letter page', async () => {
    const p = await parts(plenary);
    expect(p.defaultHeader).toContain('CONFIDENCIAL');
    expect(p.defaultHeader).toContain('Mesa de Seguridad y Justicia de Ciudad Juárez');
    expect(p.defaultHeader).toMatch(/<w:b\/>[\s\S]*CONFIDENCIAL/);
    expect(p.document).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    expect(p.document).not.toMatch(/w:type="first"/);
  });

  it('numbers pages "Página X de Y" with PAGE and NUMPAGES fields in the footer', async () => {
    const p = await parts(plenary);
    const footer = p.defaultFooter;
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(paragraphsText(footer)).toContain('Página');
    expect(paragraphsText(footer)).toMatch(/Página\s+de\s*$/m);
    expect(footer.indexOf('PAGE<')).toBeLessThan(footer.indexOf('NUMPAGES'));
  });

  it('has the title block: Mesa, municipality, "Orden del día", session title, written date, time, place, sent on', async () => {
    const { text } = await parts(plenary);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Mesa de Seguridad y Justicia de Ciudad Juárez',
      'Ciudad Juárez, Chihuahua',
      'Orden del día',
      'Sesión plenaria ordinaria 7/2026',
    ]);
    expect(text).toContain('Fecha:\nMartes 15 de septiembre de 2026');
    expect(text).toContain('Hora:\n17:00 h');
    expect(text).toContain('Lugar:\nSala de juntas de la Cámara Nacional de Comercio, Av. Tecnológico 1770, piso 2');
    expect(text).toContain('Enviada el viernes 11 de septiembre de 2026');
    expect(text).not.toContain('Convocatoria');
  });

  it('lists the items in order as No. | Hora | Punto | Presenta | Min., with descriptions and repeated header rows', async () => {
    const p = await parts(plenary);
    const itemsTable = tables(p.document).find((t) => t.includes('Presentaciones informales')) ?? '';
    const text = paragraphsText(itemsTable);
    expect(text.split('\n').slice(0, 5)).toEqual(['No.', 'Hora', 'Punto', 'Presenta', 'Min.']);
    let last = -1;
    for (const item of plenary.items) {
      const at = text.indexOf(`${item.position}\n${item.startsAt}\n${item.title}`);
      expect(at, item.title).toBeGreaterThan(last);
      last = at;
    }
    expect(text).toContain('Lectura de acuerdos y su seguimiento\nRevisión del avance de los acuerdos abiertos de las sesiones 5/2026 y 6/2026.');
    expect(text).toContain('3 acuerdos abiertos: véase la relación al final.');
    expect(text).toContain('Incidencia delictiva de agosto & operativo "Regreso seguro" en la zona suroriente.');
    expect(text).toContain('Asuntos generales\n—\n15');
    expect(text).toContain('Cierre de la sesión\nLic. María Peña Ibáñez, coordinadora\n5');
    // The header row repeats on every page and no row is split between two pages.
    expect(itemsTable.indexOf('<w:tblHeader/>')).toBeGreaterThan(-1);
    expect(itemsTable.indexOf('<w:tblHeader/>')).toBeLessThan(itemsTable.indexOf('Presentaciones informales'));
    expect(itemsTable.match(/<w:cantSplit\/>/g)).toHaveLength(plenary.items.length + 1);
  });

  it('puts the items in position order whatever order they come in', async () => {
    const shuffled = { ...plenary, items: [...plenary.items].reverse() };
    const { text } = await parts(shuffled);
    expect(text.indexOf('Presentaciones informales')).toBeLessThan(text.indexOf('Cierre de la sesión'));
  });

  it('gives the estimated end after the items, then the open agreements for the follow-up item', async () => {
    const p = await parts(plenary);
    const { text } = p;
    expect(text).toContain('Hora estimada de término: 19:40 h (duración aproximada de 2 h 40 min)');
    expect(text.indexOf('Hora estimada de término')).toBeGreaterThan(text.indexOf('Cierre de la sesión'));
    const heading = text.indexOf('Acuerdos abiertos de sesiones plenarias anteriores');
    expect(heading).toBeGreaterThan(text.indexOf('Hora estimada de término'));
    expect(text).toContain('Relación para el punto 2 del orden del día.');

    const agreementsTable = tables(p.document).find((t) => t.includes('AP-5/2026-01')) ?? '';
    const rows = paragraphsText(agreementsTable);
    expect(rows.split('\n').slice(0, 6)).toEqual(['Clave', 'Acuerdo', 'Estatus', 'Avance %', 'Fecha compromiso', 'Responsable']);
    expect(rows).toContain(`AP-5/2026-01\n${plenary.agreements[0]?.text}\nEn proceso\n60\n15/10/2026\nSSPM; Comité de prevención`);
    expect(rows).toContain(`AP-6/2026-02\n${plenary.agreements[1]?.text}\nPendiente\n0\n—\n—`);
    expect(rows).toContain(`AP-6/2026-04\n${plenary.agreements[2]?.text}\nEn proceso\n35\n30/11/2026\nComité de indicadores`);
    expect(agreementsTable).toContain('<w:tblHeader/>');
    expect(text).not.toContain('Acuerdos vigentes del comité');
  });

  it('ends with the confidentiality note', async () => {
    const { text } = await parts(plenary);
    expect(text.split('\n').at(-1)).toBe(
      'Documento confidencial de la Mesa de Seguridad y Justicia. Su contenido solo puede compartirse por acuerdo previo de sus integrantes.',
    );
  });

  it('says so when there are no open agreements, with no empty table', async () => {
    const p = await parts({ ...plenary, agreements: [] });
    expect(p.text).toContain('Acuerdos abiertos de sesiones plenarias anteriores\nNo hay acuerdos abiertos de sesiones plenarias anteriores.');
    expect(p.text).toContain('Sin acuerdos abiertos.');
    expect(p.text).not.toContain('Clave');
    expect(tables(p.document)).toHaveLength(2);
  });

  it('is pure: the same data gives the same body, header and footer at any clock time', async () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-01-01T08:00:00Z'));
      const a = await parts(plenary);
      vi.setSystemTime(new Date('2031-07-19T23:59:00Z'));
      const b = await parts(plenary);
      expect(b.document).toBe(a.document);
      expect(b.headers).toEqual(a.headers);
      expect(b.footers).toEqual(a.footers);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('buildAgendaDocument: English', () => {
  it('uses English labels, dates, statuses, header and footer', async () => {
    const p = await parts({ ...plenary, language: 'en' });
    const { text } = p;
    expect(text.split('\n')[2]).toBe('Agenda');
    expect(text).toContain('Date:\nTuesday, September 15, 2026');
    expect(text).toContain('Time:\n17:00');
    expect(text).toContain('Venue:\nSala de juntas');
    expect(text).toContain('Sent on Friday, September 11, 2026');
    expect(text).toContain('No.\nTime\nItem\nPresenter\nMin.');
    expect(text).toContain('3 open agreements: see the list at the end.');
    expect(text).toContain('Estimated end: 19:40 (about 2 h 40 min)');
    expect(text).toContain('Open agreements of earlier plenary sessions');
    expect(text).toContain('For item 2 of the agenda.');
    expect(text).toContain('Code\nAgreement\nStatus\nProgress %\nDue date\nResponsible');
    expect(text).toContain('In progress\n60\n15 Oct 2026');
    expect(text).toContain('Pending\n0');
    expect(text.split('\n').at(-1)).toMatch(/^Confidential document of the Mesa de Seguridad y Justicia.*prior agreement of its members\.$/);
    for (const spanish of ['Orden del día', 'Fecha:', 'Punto', 'Presenta\n', 'Pendiente', 'En proceso', 'Enviada', 'Hora estimada', 'Clave']) {
      expect(text).not.toContain(spanish);
    }
    expect(p.defaultHeader).toContain('CONFIDENTIAL');
    expect(paragraphsText(p.defaultFooter)).toMatch(/Page\s+of\s*$/m);
    expect(p.defaultFooter).toContain('NUMPAGES');
  });
});

describe('buildAgendaDocument: committee meeting', () => {
  it('is a convocation with the agenda and a section of the committee’s current agreements', async () => {
    const p = await parts(committee);
    const { text } = p;
    expect(text.split('\n').slice(2, 4)).toEqual(['Convocatoria', 'Reunión del Comité de prevención 2/2026']);
    expect(text).toContain('Fecha:\nMartes 22 de septiembre de 2026');
    expect(text).toContain('Hora:\n09:30 h');
    expect(text).toContain('Lugar:\nPor confirmar');
    expect(text).not.toContain('Enviada el');
    expect(text).toContain('Se anexan los acuerdos vigentes del comité.');
    expect(text.indexOf('Orden del día')).toBeLessThan(text.indexOf('Lectura de los acuerdos vigentes del comité'));
    expect(text).toContain('2 acuerdos vigentes: véase la relación al final.');
    const section = text.indexOf('Acuerdos vigentes del comité');
    expect(section).toBeGreaterThan(text.indexOf('Hora estimada de término: 10:40 h'));
    expect(text.indexOf('AP-5/2026-01')).toBeGreaterThan(section);
    expect(text.indexOf('AP-6/2026-02')).toBeGreaterThan(section);
    expect(text).not.toContain('AP-6/2026-04');
    expect(text).not.toContain('Acuerdos abiertos de sesiones plenarias anteriores');
    expect(p.defaultHeader).toContain('CONFIDENCIAL');
  });

  it('says the committee has no current agreements when it has none', async () => {
    const { text } = await parts({ ...committee, agreements: [] });
    expect(text).toContain('Acuerdos vigentes del comité\nEl comité no tiene acuerdos vigentes.');
    expect(text).not.toContain('Se anexan');
    expect(text).not.toContain('Relación para el punto');
  });

  it('has English labels for the committee variant', async () => {
    const { text } = await parts({ ...committee, language: 'en' });
    expect(text.split('\n')[2]).toBe('Notice of meeting');
    expect(text).toContain('Venue:\nTo be confirmed');
    expect(text).toContain('Current agreements of the committee');
  });
});

describe('writeDocxFile', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-docx-'));
    dirs.push(dir);
    return dir;
  };

  it('writes the packed document, returns its SHA-256 and size, and leaves no temp file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'orden-del-día-7-2026.docx');
    fs.writeFileSync(target, 'an older export');
    const result = await writeDocxFile(buildAgendaDocument(plenary), target);
    const written = fs.readFileSync(target);
    expect(result.path).toBe(target);
    expect(result.bytes).toBe(written.length);
    expect(result.sha256).toBe(createHash('sha256').update(written).digest('hex'));
    expect(result.sha256).toBe(docxBytesSha256(written));
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.readdirSync(dir)).toEqual(['orden-del-día-7-2026.docx']);
    expect(unzip(written).get('word/document.xml')?.toString('utf8')).toContain('Sesión plenaria ordinaria 7/2026');
    if (process.platform !== 'win32') expect(fs.statSync(target).mode & 0o777).toBe(0o600);
  });

  it('fails without leaving a temp file when the target cannot be replaced', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'agenda.docx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'keep.txt'), 'x');
    await expect(writeDocxFile(buildAgendaDocument(plenary), target)).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(['agenda.docx']);
    expect(fs.readdirSync(target)).toEqual(['keep.txt']);
  });
});
