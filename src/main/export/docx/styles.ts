import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  HeightRule,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IBorderOptions, ISectionPropertiesOptions, IStylesOptions } from 'docx';
import type { AgreementStatus } from '../../../shared/domain/live.js';

/**
 * The look every Plenaria document shares (agenda, minutes, agreements matrix): a Letter page
 * (the paper size used in Mexico), Calibri (Carlito where Office is absent: same metrics, so the
 * pages break alike), a sober navy for titles and table headers, and the confidentiality marks
 * the MSJ guide requires on everything that leaves a session.
 */
export type DocLanguage = 'es' | 'en';

export const FONT = 'Calibri';
export const COLOR_INK = '1A1A1A';
export const COLOR_ACCENT = '1F3864';
export const COLOR_MUTED = '595959';
export const COLOR_RULE = '8EA0BE';
export const FILL_HEADER = '1F3864';
export const FILL_BAND = 'EEF2F7';

/** Half-points, as Word counts font sizes. */
export const SIZE_BODY = 21;
export const SIZE_SMALL = 18;
export const SIZE_TABLE = 19;

/** Twips: Letter is 8.5 × 11 in; 2.5 cm side margins leave 16.59 cm (9406 twips) of text. */
const PAGE_WIDTH = 12240;
const PAGE_HEIGHT = 15840;
const MARGIN_SIDE = 1418;
export const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE;
/** Landscape Letter for wide tables (the agreements matrix): 2 cm sides leave 24.48 cm (13572 twips). */
const MARGIN_SIDE_LANDSCAPE = 1134;
export const LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - 2 * MARGIN_SIDE_LANDSCAPE;

export const STYLE = {
  title: 'PlenariaTitle',
  subtitle: 'PlenariaSubtitle',
  docLabel: 'PlenariaDocLabel',
  heading: 'PlenariaHeading',
  body: 'PlenariaBody',
  tableText: 'PlenariaTableText',
  tableHead: 'PlenariaTableHead',
  small: 'PlenariaSmall',
  note: 'PlenariaNote',
} as const;

export function documentStyles(language: DocLanguage): IStylesOptions {
  const lang = { value: language === 'es' ? 'es-MX' : 'en-US' };
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE_BODY, color: COLOR_INK, language: lang },
        paragraph: { spacing: { after: 0, line: 264 } },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: 'Plenaria Title',
        basedOn: 'Normal',
        next: STYLE.subtitle,
        run: { size: 32, bold: true, color: COLOR_ACCENT },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 40 }, keepNext: true },
      },
      {
        id: STYLE.subtitle,
        name: 'Plenaria Subtitle',
        basedOn: 'Normal',
        run: { size: 22, color: COLOR_MUTED },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 }, keepNext: true },
      },
      {
        id: STYLE.docLabel,
        name: 'Plenaria Document Label',
        basedOn: 'Normal',
        run: { size: 26, bold: true, allCaps: true, characterSpacing: 30, color: COLOR_ACCENT },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 60 }, keepNext: true },
      },
      {
        id: STYLE.heading,
        name: 'Plenaria Heading',
        basedOn: 'Normal',
        next: STYLE.body,
        run: { size: 24, bold: true, color: COLOR_ACCENT },
        paragraph: {
          spacing: { before: 320, after: 120 },
          keepNext: true,
          keepLines: true,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR_RULE, space: 2 } },
        },
      },
      {
        id: STYLE.body,
        name: 'Plenaria Body',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 80 } },
      },
      {
        id: STYLE.tableText,
        name: 'Plenaria Table Text',
        basedOn: 'Normal',
        run: { size: SIZE_TABLE },
        paragraph: { spacing: { line: 240 } },
      },
      {
        id: STYLE.tableHead,
        name: 'Plenaria Table Header',
        basedOn: STYLE.tableText,
        run: { bold: true, color: 'FFFFFF' },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.small,
        name: 'Plenaria Small',
        basedOn: STYLE.tableText,
        run: { size: SIZE_SMALL - 1, color: COLOR_MUTED },
        paragraph: { spacing: { before: 30 } },
      },
      {
        id: STYLE.note,
        name: 'Plenaria Note',
        basedOn: 'Normal',
        run: { size: SIZE_SMALL, italics: true, color: COLOR_MUTED },
        paragraph: {
          spacing: { before: 480 },
          keepLines: true,
          border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR_RULE, space: 6 } },
        },
      },
    ],
  };
}

export const letterPage: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
    margin: { top: 1440, bottom: 1300, left: MARGIN_SIDE, right: MARGIN_SIDE, header: 680, footer: 620 },
  },
};

/** docx swaps width and height itself when the orientation is landscape. */
export const letterLandscapePage: ISectionPropertiesOptions = {
  page: {
    size: { width: PAGE_WIDTH, height: PAGE_HEIGHT, orientation: PageOrientation.LANDSCAPE },
    margin: { top: 1200, bottom: 1100, left: MARGIN_SIDE_LANDSCAPE, right: MARGIN_SIDE_LANDSCAPE, header: 600, footer: 560 },
  },
};

const COMMON = {
  es: {
    confidential: 'CONFIDENCIAL',
    page: 'Página',
    of: 'de',
    confidentialityNote:
      'Documento confidencial de la Mesa de Seguridad y Justicia. Su contenido solo puede compartirse por acuerdo previo de sus integrantes.',
  },
  en: {
    confidential: 'CONFIDENTIAL',
    page: 'Page',
    of: 'of',
    confidentialityNote:
      'Confidential document of the Mesa de Seguridad y Justicia (Security and Justice Roundtable). Its content may be shared only by prior agreement of its members.',
  },
} as const;

export function confidentialityNote(language: DocLanguage): string {
  return COMMON[language].confidentialityNote;
}

/** Mesa name on the left, CONFIDENCIAL on the right, a rule below: on every page. `textWidth` places the right tab. */
export function confidentialHeader(mesaName: string, language: DocLanguage, textWidth: number = TEXT_WIDTH): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR_RULE, space: 4 } },
        children: [
          new TextRun({ text: mesaName, size: SIZE_SMALL, color: COLOR_MUTED }),
          new TextRun({ text: '\t' }),
          new TextRun({ text: COMMON[language].confidential, bold: true, size: SIZE_SMALL, color: '9C0006', characterSpacing: 20 }),
        ],
      }),
    ],
  });
}

/** The document's name on the left and "Página X de Y" on the right, as Word fields. */
export function pageNumberFooter(documentName: string, language: DocLanguage, textWidth: number = TEXT_WIDTH): Footer {
  const t = COMMON[language];
  const run = { size: SIZE_SMALL - 1, color: COLOR_MUTED } as const;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR_RULE, space: 4 } },
        children: [
          new TextRun({ ...run, text: documentName }),
          new TextRun({ ...run, children: ['\t', `${t.page} `, PageNumber.CURRENT, ` ${t.of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** 'YYYY-MM-DD' → weekday 0 (Sunday) to 6, by the calendar alone: no time zone, no locale. */
function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayParts(day: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${day}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** "martes 15 de septiembre de 2026" / "Tuesday, September 15, 2026". */
export function formatLongDate(day: string, language: DocLanguage): string {
  const { y, m, d } = dayParts(day);
  const w = weekday(day.slice(0, 10));
  return language === 'es'
    ? `${DAYS_ES[w]} ${d} de ${MONTHS_ES[m - 1]} de ${y}`
    : `${DAYS_EN[w]}, ${MONTHS_EN[m - 1]} ${d}, ${y}`;
}

/** "15/10/2026" (the day-first form used in Mexico) / "15 Oct 2026": short enough for a table cell. */
export function formatShortDate(day: string, language: DocLanguage): string {
  const { y, m, d } = dayParts(day);
  return language === 'es'
    ? `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`
    : `${d} ${(MONTHS_EN[m - 1] ?? '').slice(0, 3)} ${y}`;
}

/** What a table cell shows when there is nothing to show. */
export const NONE = '—';

const STATUS_LABELS: Record<DocLanguage, Record<AgreementStatus, string>> = {
  es: { pendiente: 'Pendiente', en_proceso: 'En proceso', cumplido: 'Cumplido', cancelado: 'Cancelado' },
  en: { pendiente: 'Pending', en_proceso: 'In progress', cumplido: 'Completed', cancelado: 'Cancelled' },
};

/** An agreement's status as a document prints it: "En proceso" / "In progress". */
export function statusLabel(status: AgreementStatus, language: DocLanguage): string {
  return STATUS_LABELS[language][status];
}

/** "17:00 h" / "17:00": the 24-hour clock of the agenda's own time column, in both languages. */
export function formatTime(hhmm: string, language: DocLanguage): string {
  return language === 'es' ? `${hhmm} h` : hhmm;
}

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR_RULE };

export interface Column {
  label: string;
  /** Twips; the widths of a table add up to the page's text width (TEXT_WIDTH or LANDSCAPE_TEXT_WIDTH). */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type CellContent = string | readonly Paragraph[];

function alignment(align: Column['align']) {
  switch (align) {
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'left':
    case undefined:
      return AlignmentType.LEFT;
  }
}

/**
 * A data table with a navy header row that Word and LibreOffice repeat on every page, rows
 * that never split across pages, and a light band on every other row for reading across.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly CellContent[])[]): Table {
  const cellMargins = { top: 60, bottom: 60, left: 90, right: 90 };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 360, rule: HeightRule.ATLEAST },
    children: columns.map(
      (c) =>
        new TableCell({
          width: { size: c.width, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: FILL_HEADER },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: cellMargins,
          children: [new Paragraph({ style: STYLE.tableHead, alignment: alignment(c.align), children: [new TextRun(c.label)] })],
        }),
    ),
  });
  const body = rows.map(
    (cells, r) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => {
          const content = cells[i] ?? '';
          return new TableCell({
            width: { size: c.width, type: WidthType.DXA },
            margins: cellMargins,
            ...(r % 2 === 1 ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: FILL_BAND } } : {}),
            children:
              typeof content === 'string'
                ? [new Paragraph({ style: STYLE.tableText, alignment: alignment(c.align), children: [new TextRun(content)] })]
                : [...content],
          });
        }),
      }),
  );
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [header, ...body],
  });
}
