import { AlignmentType, BorderStyle, Document, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Column } from './styles.js';
import {
  COLOR_ACCENT,
  COLOR_MUTED,
  confidentialHeader,
  confidentialityNote,
  dataTable,
  documentStyles,
  formatLongDate,
  formatShortDate,
  formatTime,
  letterPage,
  NONE,
  pageNumberFooter,
  SIZE_SMALL,
  statusLabel,
  STYLE,
  TEXT_WIDTH,
} from './styles.js';

export type AgendaItemKind =
  | 'introductions'
  | 'agreements_followup'
  | 'authority_reports'
  | 'committee_reports'
  | 'indicators'
  | 'other'
  | 'general_matters'
  | 'closing';

export interface AgendaDocumentData {
  language: 'es' | 'en';
  mesa: { name: string; municipality: string };
  session: {
    /** e.g. "Sesión plenaria ordinaria 7/2026" or "Reunión del Comité de prevención 2/2026". */
    title: string;
    kind: 'plenary' | 'committee_meeting';
    /** Local 'YYYY-MM-DDTHH:MM'. */
    scheduledAt: string;
    place: string | null;
    /** 'YYYY-MM-DD'. */
    convocationSentOn: string | null;
  };
  items: {
    /** 1-based. */
    position: number;
    kind: AgendaItemKind;
    title: string;
    presenter: string | null;
    /** 'HH:MM'. */
    startsAt: string;
    minutes: number;
    description: string | null;
  }[];
  /** 'HH:MM'. */
  estimatedEnd: string;
  /** Plenary: open agreements of earlier plenaries, listed under the agreements_followup item.
   *  Committee meeting: the committee's current agreements (the guide requires sending them with the convocation). */
  agreements: {
    code: string;
    text: string;
    status: 'pendiente' | 'en_proceso';
    progress: number;
    dueOn: string | null;
    responsible: string | null;
  }[];
}

const TEXT = {
  es: {
    agenda: 'Orden del día',
    convocation: 'Convocatoria',
    date: 'Fecha',
    time: 'Hora',
    place: 'Lugar',
    placeToConfirm: 'Por confirmar',
    sentOn: (day: string) => `Enviada el ${day}`,
    items: { no: 'No.', time: 'Hora', item: 'Punto', presenter: 'Presenta', minutes: 'Min.' },
    estimatedEnd: 'Hora estimada de término',
    duration: (text: string) => `duración aproximada de ${text}`,
    plenaryAgreements: 'Acuerdos abiertos de sesiones plenarias anteriores',
    committeeAgreements: 'Acuerdos vigentes del comité',
    forItem: (n: number) => `Relación para el punto ${n} del orden del día.`,
    noPlenaryAgreements: 'No hay acuerdos abiertos de sesiones plenarias anteriores.',
    noCommitteeAgreements: 'El comité no tiene acuerdos vigentes.',
    convene: (withAgreements: boolean) =>
      `Se convoca a las personas integrantes del comité a esta reunión, conforme al orden del día siguiente.${withAgreements ? ' Se anexan los acuerdos vigentes del comité.' : ''}`,
    seeBelow: (n: number, committee: boolean) => {
      const what = committee ? (n === 1 ? 'acuerdo vigente' : 'acuerdos vigentes') : n === 1 ? 'acuerdo abierto' : 'acuerdos abiertos';
      return n === 0 ? `Sin ${committee ? 'acuerdos vigentes' : 'acuerdos abiertos'}.` : `${n} ${what}: véase la relación al final.`;
    },
    agreements: { code: 'Clave', text: 'Acuerdo', status: 'Estatus', progress: 'Avance %', due: 'Fecha compromiso', responsible: 'Responsable' },
  },
  en: {
    agenda: 'Agenda',
    convocation: 'Notice of meeting',
    date: 'Date',
    time: 'Time',
    place: 'Venue',
    placeToConfirm: 'To be confirmed',
    sentOn: (day: string) => `Sent on ${day}`,
    items: { no: 'No.', time: 'Time', item: 'Item', presenter: 'Presenter', minutes: 'Min.' },
    estimatedEnd: 'Estimated end',
    duration: (text: string) => `about ${text}`,
    plenaryAgreements: 'Open agreements of earlier plenary sessions',
    committeeAgreements: 'Current agreements of the committee',
    forItem: (n: number) => `For item ${n} of the agenda.`,
    noPlenaryAgreements: 'There are no open agreements from earlier plenary sessions.',
    noCommitteeAgreements: 'The committee has no current agreements.',
    convene: (withAgreements: boolean) =>
      `The committee's members are convened to this meeting, with the agenda below.${withAgreements ? " The committee's current agreements are attached." : ''}`,
    seeBelow: (n: number, committee: boolean) => {
      const what = committee ? 'current' : 'open';
      return n === 0 ? `No ${what} agreements.` : `${n} ${what} agreement${n === 1 ? '' : 's'}: see the list at the end.`;
    },
    agreements: { code: 'Code', text: 'Agreement', status: 'Status', progress: 'Progress %', due: 'Due date', responsible: 'Responsible' },
  },
} as const;

function durationText(totalMinutes: number): string {
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function titleBlock(data: AgendaDocumentData): Paragraph[] {
  const t = TEXT[data.language];
  const committee = data.session.kind === 'committee_meeting';
  return [
    new Paragraph({ style: STYLE.title, children: [new TextRun(data.mesa.name)] }),
    new Paragraph({
      style: STYLE.subtitle,
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR_ACCENT, space: 8 } },
      children: [new TextRun(data.mesa.municipality)],
    }),
    new Paragraph({ style: STYLE.docLabel, spacing: { before: 240 }, children: [new TextRun(committee ? t.convocation : t.agenda)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 280 },
      children: [new TextRun({ text: data.session.title, bold: true, size: 24 })],
    }),
  ];
}

/** Date, time and place as a borderless label/value grid, then when the convocation went out. */
function detailsBlock(data: AgendaDocumentData): (Paragraph | Table)[] {
  const t = TEXT[data.language];
  const day = data.session.scheduledAt.slice(0, 10);
  const time = data.session.scheduledAt.slice(11, 16);
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
  const labelWidth = 1500;
  const row = (label: string, value: string) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: labelWidth, type: WidthType.DXA },
          margins: { top: 30, bottom: 30, left: 0, right: 120 },
          children: [new Paragraph({ children: [new TextRun({ text: `${label}:`, bold: true, color: COLOR_MUTED })] })],
        }),
        new TableCell({
          width: { size: TEXT_WIDTH - labelWidth, type: WidthType.DXA },
          margins: { top: 30, bottom: 30, left: 0, right: 0 },
          children: [new Paragraph({ children: [new TextRun(value)] })],
        }),
      ],
    });
  const out: (Paragraph | Table)[] = [
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
      layout: TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [
        row(t.date, capitalizeFirst(formatLongDate(day, data.language))),
        row(t.time, formatTime(time, data.language)),
        row(t.place, data.session.place ?? t.placeToConfirm),
      ],
    }),
  ];
  if (data.session.convocationSentOn) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        spacing: { before: 80 },
        children: [
          new TextRun({
            text: t.sentOn(formatLongDate(data.session.convocationSentOn, data.language)),
            italics: true,
            size: SIZE_SMALL,
            color: COLOR_MUTED,
          }),
        ],
      }),
    );
  }
  if (data.session.kind === 'committee_meeting') {
    out.push(new Paragraph({ style: STYLE.body, spacing: { before: 200 }, children: [new TextRun(t.convene(data.agreements.length > 0))] }));
  }
  return out;
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function itemsTable(data: AgendaDocumentData): Table {
  const t = TEXT[data.language];
  const committee = data.session.kind === 'committee_meeting';
  const columns: Column[] = [
    { label: t.items.no, width: 620, align: 'center' },
    { label: t.items.time, width: 900, align: 'center' },
    { label: t.items.item, width: 4886 },
    { label: t.items.presenter, width: 2300 },
    { label: t.items.minutes, width: 700, align: 'center' },
  ];
  const items = [...data.items].sort((a, b) => a.position - b.position);
  return dataTable(
    columns,
    items.map((item) => {
      const punto: Paragraph[] = [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: item.title, bold: true })] })];
      if (item.description) punto.push(new Paragraph({ style: STYLE.small, children: [new TextRun(item.description)] }));
      if (item.kind === 'agreements_followup') {
        punto.push(
          new Paragraph({
            style: STYLE.small,
            children: [new TextRun({ text: t.seeBelow(data.agreements.length, committee), italics: true })],
          }),
        );
      }
      return [String(item.position), item.startsAt, punto, item.presenter ?? NONE, String(item.minutes)];
    }),
  );
}

function endLine(data: AgendaDocumentData): Paragraph {
  const t = TEXT[data.language];
  const total = data.items.reduce((sum, item) => sum + item.minutes, 0);
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: 120 },
    children: [
      new TextRun({ text: `${t.estimatedEnd}: `, bold: true }),
      new TextRun(formatTime(data.estimatedEnd, data.language)),
      new TextRun({ text: ` (${t.duration(durationText(total))})`, color: COLOR_MUTED }),
    ],
  });
}

function agreementsSection(data: AgendaDocumentData): (Paragraph | Table)[] {
  const t = TEXT[data.language];
  const committee = data.session.kind === 'committee_meeting';
  const followup = data.items.find((item) => item.kind === 'agreements_followup');
  const out: (Paragraph | Table)[] = [
    new Paragraph({ style: STYLE.heading, children: [new TextRun(committee ? t.committeeAgreements : t.plenaryAgreements)] }),
  ];
  if (followup && data.agreements.length > 0) {
    out.push(
      new Paragraph({
        style: STYLE.body,
        keepNext: true,
        children: [new TextRun({ text: t.forItem(followup.position), italics: true, color: COLOR_MUTED, size: SIZE_SMALL })],
      }),
    );
  }
  if (data.agreements.length === 0) {
    out.push(new Paragraph({ style: STYLE.body, children: [new TextRun(committee ? t.noCommitteeAgreements : t.noPlenaryAgreements)] }));
    return out;
  }
  const a = t.agreements;
  const columns: Column[] = [
    { label: a.code, width: 1380 },
    { label: a.text, width: 3226 },
    { label: a.status, width: 1100 },
    { label: a.progress, width: 1000, align: 'center' },
    { label: a.due, width: 1200, align: 'center' },
    { label: a.responsible, width: 1500 },
  ];
  out.push(
    dataTable(
      columns,
      data.agreements.map((ag) => [
        [new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: ag.code, bold: true })] })],
        ag.text,
        statusLabel(ag.status, data.language),
        String(Math.round(ag.progress)),
        ag.dueOn ? formatShortDate(ag.dueOn, data.language) : NONE,
        ag.responsible ?? NONE,
      ]),
    ),
  );
  return out;
}

/**
 * The orden del día an MSJ sends before a plenary (at least three days ahead, DOMAIN.md), or the
 * convocation of a committee meeting with the committee's current agreements. Pure: the same
 * data always gives the same document body.
 */
export function buildAgendaDocument(data: AgendaDocumentData): Document {
  const t = TEXT[data.language];
  const committee = data.session.kind === 'committee_meeting';
  const docName = `${committee ? t.convocation : t.agenda} · ${data.session.title}`;
  return new Document({
    title: docName,
    creator: data.mesa.name,
    description: confidentialityNote(data.language),
    styles: documentStyles(data.language),
    sections: [
      {
        properties: letterPage,
        headers: { default: confidentialHeader(data.mesa.name, data.language) },
        footers: { default: pageNumberFooter(docName, data.language) },
        children: [
          ...titleBlock(data),
          ...detailsBlock(data),
          ...(committee ? [new Paragraph({ style: STYLE.heading, children: [new TextRun(t.agenda)] })] : [new Paragraph({ spacing: { after: 200 } })]),
          itemsTable(data),
          endLine(data),
          ...agreementsSection(data),
          new Paragraph({ style: STYLE.note, children: [new TextRun(confidentialityNote(data.language))] }),
        ],
      },
    ],
  });
}
