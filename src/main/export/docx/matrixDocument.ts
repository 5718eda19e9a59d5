import { AlignmentType, BorderStyle, Document, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { MatrixRow } from '../../../shared/domain/agreements.js';
import { isOverdue } from '../../../shared/domain/agreements.js';
import { daysBetween } from '../../../shared/domain/dates.js';
import { agreementStatuses } from '../../../shared/domain/live.js';
import type { Column } from './styles.js';
import {
  COLOR_ACCENT,
  COLOR_MUTED,
  COLOR_RULE,
  confidentialHeader,
  confidentialityNote,
  dataTable,
  documentStyles,
  formatLongDate,
  formatShortDate,
  LANDSCAPE_TEXT_WIDTH,
  letterLandscapePage,
  NONE,
  pageNumberFooter,
  SIZE_SMALL,
  statusLabel,
  STYLE,
} from './styles.js';

export interface MatrixDocumentData {
  language: 'es' | 'en';
  mesa: { name: string; municipality: string };
  /** e.g. "Matriz de acuerdos" or "Acuerdos vigentes del Comité de prevención". */
  title: string;
  /** One line per active filter, already worded by the caller ("Estatus: pendiente, en proceso"). */
  filterSummary: string[];
  /** 'YYYY-MM-DD'. */
  generatedOn: string;
  /** 'YYYY-MM-DD': the day "vencido" is measured against. */
  today: string;
  /** In the order they are to be printed. */
  rows: MatrixRow[];
}

const TEXT = {
  es: {
    columns: {
      code: 'Clave',
      text: 'Acuerdo',
      session: 'Sesión',
      committee: 'Comité / responsables',
      due: 'Fecha compromiso',
      status: 'Estatus',
      progress: 'Avance %',
      followUp: 'Último seguimiento',
    },
    filters: 'Filtros',
    noFilters: 'ninguno (todos los acuerdos)',
    generatedOn: (day: string) => `Generada el ${day}.`,
    overdueAsOf: (day: string) => ` Vencimientos calculados al ${day}.`,
    total: (n: number) => (n === 1 ? '1 acuerdo' : `${n} acuerdos`),
    overdueCount: 'Vencidos',
    overdue: 'vencido',
    daysLate: (n: number) => (n === 1 ? '1 día de atraso' : `${n} días de atraso`),
    noCommittee: 'Sin comité',
    noFollowUp: 'Sin seguimiento',
    empty: 'Ningún acuerdo coincide con los filtros.',
  },
  en: {
    columns: {
      code: 'Code',
      text: 'Agreement',
      session: 'Session',
      committee: 'Committee / responsible',
      due: 'Due date',
      status: 'Status',
      progress: 'Progress %',
      followUp: 'Last follow-up',
    },
    filters: 'Filters',
    noFilters: 'none (all agreements)',
    generatedOn: (day: string) => `Generated on ${day}.`,
    overdueAsOf: (day: string) => ` Overdue as of ${day}.`,
    total: (n: number) => (n === 1 ? '1 agreement' : `${n} agreements`),
    overdueCount: 'Overdue',
    overdue: 'overdue',
    daysLate: (n: number) => (n === 1 ? '1 day late' : `${n} days late`),
    noCommittee: 'No committee',
    noFollowUp: 'No follow-up',
    empty: 'No agreement matches the filters.',
  },
} as const;

/** Secondary lines inside a cell (dates, names): 9 pt, still legible on a photocopy. */
const SECONDARY = { size: SIZE_SMALL, color: COLOR_MUTED } as const;

function cell(...runs: TextRun[]): Paragraph {
  return new Paragraph({ style: STYLE.tableText, children: runs });
}

function headBlock(data: MatrixDocumentData): Paragraph[] {
  const t = TEXT[data.language];
  return [
    new Paragraph({ style: STYLE.title, children: [new TextRun(data.mesa.name)] }),
    new Paragraph({
      style: STYLE.subtitle,
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR_ACCENT, space: 6 } },
      children: [new TextRun(data.mesa.municipality)],
    }),
    new Paragraph({ style: STYLE.docLabel, spacing: { before: 120, after: 120 }, children: [new TextRun(data.title)] }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 40 },
      children: [
        new TextRun({ text: `${t.filters}: `, bold: true }),
        new TextRun(data.filterSummary.length > 0 ? data.filterSummary.join(' · ') : t.noFilters),
      ],
    }),
    new Paragraph({
      keepNext: true,
      spacing: { after: 120 },
      children: [
        new TextRun({ text: t.generatedOn(formatLongDate(data.generatedOn, data.language)), color: COLOR_MUTED }),
        ...(data.today === data.generatedOn ? [] : [new TextRun({ text: t.overdueAsOf(formatLongDate(data.today, data.language)), color: COLOR_MUTED })]),
      ],
    }),
    summaryLine(data),
  ];
}

/** "30 acuerdos · Pendiente: 8 · En proceso: 12 · Cumplido: 7 · Cancelado: 3 · Vencidos: 5", between two rules. */
function summaryLine(data: MatrixDocumentData): Paragraph {
  const t = TEXT[data.language];
  const counts = new Map(agreementStatuses.map((s) => [s, 0]));
  for (const row of data.rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const overdue = data.rows.filter((r) => isOverdue(r, data.today)).length;
  const rule = { style: BorderStyle.SINGLE, size: 4, color: COLOR_RULE, space: 3 } as const;
  const sep = () => new TextRun({ text: '   ·   ', color: COLOR_MUTED });
  const pair = (label: string, n: number) => [new TextRun(`${label}: `), new TextRun({ text: String(n), bold: true })];
  return new Paragraph({
    keepNext: true,
    spacing: { after: 200 },
    border: { top: rule, bottom: rule },
    children: [
      new TextRun({ text: t.total(data.rows.length), bold: true }),
      ...agreementStatuses.flatMap((s) => [sep(), ...pair(statusLabel(s, data.language), counts.get(s) ?? 0)]),
      sep(),
      ...pair(t.overdueCount, overdue),
    ],
  });
}

function matrixColumns(data: MatrixDocumentData): Column[] {
  const c = TEXT[data.language].columns;
  // Sized for the usual content: a code like "PLE-12/2026-14" and a date on one line, a session
  // title on two, "compromiso" unbroken in the header; the agreement's own text takes the rest.
  const columns: Column[] = [
    { label: c.code, width: 1250 },
    { label: c.text, width: 0 },
    { label: c.session, width: 1650 },
    { label: c.committee, width: 1750 },
    { label: c.due, width: 1300, align: 'center' },
    { label: c.status, width: 1150 },
    { label: c.progress, width: 1000, align: 'center' },
    { label: c.followUp, width: 2200 },
  ];
  const used = columns.reduce((sum, col) => sum + col.width, 0);
  return columns.map((col) => (col.width === 0 ? { ...col, width: LANDSCAPE_TEXT_WIDTH - used } : col));
}

function rowCells(row: MatrixRow, data: MatrixDocumentData): Paragraph[][] {
  const t = TEXT[data.language];
  const lang = data.language;
  const overdue = isOverdue(row, data.today);

  const committee = row.committee === null ? cell(new TextRun({ text: t.noCommittee, italics: true })) : cell(new TextRun(row.committee));
  const responsible = row.responsible.length > 0 ? [cell(new TextRun({ ...SECONDARY, text: row.responsible.join('; ') }))] : [];

  const status = [cell(new TextRun(statusLabel(row.status, lang)))];
  if (overdue && row.dueOn !== null) {
    // Bold capitals, not colour: the mark must survive a black-and-white photocopy.
    status.push(cell(new TextRun({ text: t.overdue, bold: true, allCaps: true })));
    status.push(cell(new TextRun({ ...SECONDARY, text: t.daysLate(daysBetween(row.dueOn, data.today)) })));
  }

  const followUp = row.lastFollowUp
    ? [
        cell(new TextRun({ text: formatShortDate(row.lastFollowUp.on, lang), bold: true, size: SIZE_SMALL })),
        ...(row.lastFollowUp.note ? [cell(new TextRun(row.lastFollowUp.note))] : []),
      ]
    : [cell(new TextRun({ ...SECONDARY, text: t.noFollowUp, italics: true }))];

  return [
    [cell(new TextRun({ text: row.code, bold: true }))],
    [cell(new TextRun(row.text))],
    [cell(new TextRun(row.session)), cell(new TextRun({ ...SECONDARY, text: formatShortDate(row.sessionDate, lang) }))],
    [committee, ...responsible],
    [
      new Paragraph({
        style: STYLE.tableText,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: row.dueOn ? formatShortDate(row.dueOn, lang) : NONE, bold: overdue })],
      }),
    ],
    status,
    [new Paragraph({ style: STYLE.tableText, alignment: AlignmentType.CENTER, children: [new TextRun(String(Math.round(row.progress)))] })],
    followUp,
  ];
}

/**
 * The agreements matrix (the guide's 2.7.4) as a landscape Letter document to print and sign:
 * the filter it was cut with, counts by status, then one table whose header row repeats on every
 * page and whose rows never split. Pure: the same data always gives the same document body.
 */
export function buildMatrixDocument(data: MatrixDocumentData): Document {
  const t = TEXT[data.language];
  const docName = `${data.title} · ${formatShortDate(data.generatedOn, data.language)}`;
  const body: (Paragraph | Table)[] =
    data.rows.length === 0
      ? [new Paragraph({ style: STYLE.body, children: [new TextRun({ text: t.empty, italics: true })] })]
      : [dataTable(matrixColumns(data), data.rows.map((row) => rowCells(row, data)))];
  return new Document({
    title: docName,
    creator: data.mesa.name,
    description: confidentialityNote(data.language),
    styles: documentStyles(data.language),
    sections: [
      {
        properties: letterLandscapePage,
        headers: { default: confidentialHeader(data.mesa.name, data.language, LANDSCAPE_TEXT_WIDTH) },
        footers: { default: pageNumberFooter(docName, data.language, LANDSCAPE_TEXT_WIDTH) },
        children: [
          ...headBlock(data),
          ...body,
          new Paragraph({ style: STYLE.note, spacing: { before: 240 }, children: [new TextRun(confidentialityNote(data.language))] }),
        ],
      },
    ],
  });
}
