import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeightRule,
  ImageRun,
  LineRuleType,
  PageNumber,
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
import type { IBorderOptions } from 'docx';
import type { AttendanceStatus } from '../../../shared/domain/compliance.js';
import type { AgreementStatus } from '../../../shared/domain/live.js';
import type { GovOrder, GovPower, PersonKind } from '../../../shared/domain/people.js';
import { govOrders, govPowers } from '../../../shared/domain/people.js';
import type { AgendaItemKind, PlenaryType } from '../../../shared/domain/sessions.js';
import { sessionTitle } from '../../../shared/domain/sessions.js';
import type { MinutesStatus } from '../../../shared/ipc/dto/minutes.js';
import type { IndicatorSeriesDto } from '../../../shared/ipc/dto/indicators.js';
import type { Column } from './styles.js';
import {
  COLOR_ACCENT,
  COLOR_MUTED,
  COLOR_RULE,
  confidentialHeader,
  confidentialityNote,
  dataTable,
  documentStyles,
  FILL_BAND,
  FILL_HEADER,
  formatLongDate,
  formatShortDate,
  formatTime,
  letterPage,
  NONE,
  SIZE_SMALL,
  statusLabel,
  STYLE,
  TEXT_WIDTH,
} from './styles.js';

// ── The data: plain, language-neutral, and exactly what a seal covers ─────────

/** A session as the header names it; the title is worded by the builder in the document's language. */
export interface ActaSessionInfo {
  kind: 'plenary' | 'committee_meeting' | 'citizen_meeting';
  plenaryType: PlenaryType | null;
  number: number;
  year: number;
  committeeName: string | null;
  /** Local 'YYYY-MM-DDTHH:MM'. */
  scheduledAt: string;
  place: string | null;
  /** 'HH:MM' of the live clock; null when the session was not run live (a citizen meeting). */
  startedAt: string | null;
  endedAt: string | null;
}

export interface ActaPerson {
  name: string;
  kind: PersonKind;
  post: string | null;
  institution: string | null;
  order: GovOrder | null;
  power: GovPower | null;
  /** null: nothing recorded (counted as an absence without justification, as the attendance rule does). */
  status: AttendanceStatus | null;
  /** 'HH:MM'. */
  arrivedAt: string | null;
  leftAt: string | null;
  /** Who attended on the person's behalf. */
  substituteName: string | null;
  justification: string | null;
}

export interface ActaOfficer {
  name: string;
}

export interface ActaVote {
  subject: string;
  result: 'approved' | 'rejected' | 'invalid' | null;
  electorate: number;
  /** In the order printed; 'candidate' lines carry the candidate's name. */
  tally: { choice: 'yes' | 'no' | 'blank' | 'candidate'; name: string | null; votes: number }[];
}

export interface ActaApproval {
  /** 'YYYY-MM-DD'. */
  on: string;
  inSession: Pick<ActaSessionInfo, 'kind' | 'plenaryType' | 'number' | 'year' | 'committeeName'> | null;
}

/** The acta of a plenary or of a committee meeting: plenary-visible content only. */
export interface PlenaryActaContent {
  format: 'plenaria.acta/1';
  mode: 'plenary';
  mesa: { name: string; municipality: string };
  session: ActaSessionInfo;
  /** Everyone on the roster, in the order printed. */
  attendance: ActaPerson[];
  /** The plenary's quorum statement; null for a committee meeting. */
  quorum: { base: number; present: number; required: number; pct: number; met: boolean } | null;
  items: { position: number; kind: AgendaItemKind; title: string; presenter: string | null; text: string }[];
  followups: { code: string; text: string; status: AgreementStatus; progress: number; note: string | null; recorded: boolean }[];
  agreements: { code: string; text: string; committee: string | null; responsibles: string[]; dueOn: string | null; itemPosition: number | null }[];
  votes: ActaVote[];
  /** Only when the agenda had an indicators item and there is data; otherwise null. */
  indicators:
    | {
        name: string;
        unit: 'cases' | 'rate_100k';
        /** 'YYYY-MM'. */
        period: string;
        /** The month's cases. */
        cases: number;
        /** What the indicator reads: the cases, or the annualized rate per 100,000 inhabitants (one decimal). */
        value: number;
        target: number | null;
        deadline: string | null;
      }[]
    | null;
  /**
   * Each plenary-visible indicator's series and goals as they stood on the session's day: what
   * its chart is drawn from, so a sealed acta's charts never change. Absent in actas sealed
   * before charts existed; null without an indicators item.
   */
  charts?: IndicatorSeriesDto[] | null;
  officers: { coordinator: ActaOfficer | null; secretary: ActaOfficer | null };
  approval: ActaApproval | null;
}

/** The minutes of a citizen meeting: citizen-only as a whole, never merged with a plenary document. */
export interface CitizenMinutesContent {
  format: 'plenaria.minuta-ciudadana/1';
  mode: 'citizen_meeting';
  mesa: { name: string; municipality: string };
  session: ActaSessionInfo;
  /** The plenary it prepared. */
  plenary: ActaSessionInfo | null;
  attendance: ActaPerson[];
  /** The plenary's agenda as reviewed, each item with the coordinator's preparation note. */
  agenda: { position: number; title: string; presenter: string | null; note: string | null }[];
  topics: { title: string; body: string | null; isGeneralMatter: boolean; promoted: boolean }[];
  checklist: { label: string; done: boolean }[];
  /** Citizen votes closed on the meeting's day. */
  votes: ActaVote[];
  officers: { coordinator: ActaOfficer | null; secretary: ActaOfficer | null };
  approval: ActaApproval | null;
}

export type ActaContent = PlenaryActaContent | CitizenMinutesContent;

export interface ActaDocumentData {
  language: 'es' | 'en';
  content: ActaContent;
  /** Where the minutes stand; not part of the sealed content. */
  record: {
    status: MinutesStatus;
    seal: { sha256: string; sealedAt: string } | null;
    addenda: { at: string; body: string; sha256: string }[];
  };
  /** PNG images of `content.charts`, in the same order, rendered by the caller (the builder stays pure). */
  chartImages?: { png: Uint8Array; width: number; height: number }[];
}

// ── Words ───────────────────────────────────────────────────────────────────

type Lang = ActaDocumentData['language'];

const ORDER_LABEL: Record<Lang, Record<GovOrder, string>> = {
  es: { municipal: 'Orden municipal', estatal: 'Orden estatal', federal: 'Orden federal' },
  en: { municipal: 'Municipal government', estatal: 'State government', federal: 'Federal government' },
};
const POWER_LABEL: Record<Lang, Record<GovPower, string>> = {
  es: { ejecutivo: 'Poder Ejecutivo', legislativo: 'Poder Legislativo', judicial: 'Poder Judicial' },
  en: { ejecutivo: 'Executive branch', legislativo: 'Legislative branch', judicial: 'Judicial branch' },
};
const KIND_LABEL: Record<Lang, Record<PersonKind, string>> = {
  es: { citizen: 'Integrante ciudadano', official: 'Autoridad', honorary: 'Integrante honorario', collaborator: 'Colaborador de la Mesa', volunteer: 'Voluntario', guest: 'Invitado' },
  en: { citizen: 'Citizen member', official: 'Official', honorary: 'Honorary member', collaborator: 'Staff of the Mesa', volunteer: 'Volunteer', guest: 'Guest' },
};

const TEXT = {
  es: {
    docLabel: { plenary: 'Acta de sesión', committee_meeting: 'Acta de reunión de comité', citizen_meeting: 'Minuta de reunión ciudadana' },
    docName: { plenary: 'Acta', committee_meeting: 'Acta', citizen_meeting: 'Minuta' },
    date: 'Fecha',
    place: 'Lugar',
    start: 'Hora de inicio',
    end: 'Hora de término',
    convenedAt: 'Hora',
    prepares: 'Prepara',
    notRecorded: 'No registrada',
    placeUnknown: 'el lugar señalado en la convocatoria',
    opening: (c: { municipality: string; time: string; date: string; place: string; mesa: string; title: string; committee: string | null }) =>
      c.committee
        ? `En ${c.municipality}, siendo las ${c.time} horas del ${c.date}, en ${c.place}, se reunieron las personas integrantes del ${c.committee} de la ${c.mesa} para celebrar la ${c.title}, conforme al orden del día enviado con la convocatoria.`
        : `En ${c.municipality}, siendo las ${c.time} horas del ${c.date}, en ${c.place}, se reunieron las personas integrantes de la ${c.mesa} para celebrar la ${c.title}, conforme al orden del día enviado con la convocatoria.`,
    citizenOpening: (c: { municipality: string; time: string; date: string; place: string; mesa: string; plenary: string | null }) =>
      `En ${c.municipality}, a las ${c.time} horas del ${c.date}, en ${c.place}, se reunieron los integrantes ciudadanos de la ${c.mesa}${c.plenary ? ` para preparar la ${c.plenary}` : ''}.`,
    draft: 'BORRADOR: esta acta no ha sido aprobada ni firmada; su contenido puede cambiar.',
    draftCitizen: 'BORRADOR: esta minuta no ha sido aprobada ni firmada; su contenido puede cambiar.',
    approvedPending: (on: string) => `Aprobada el ${on}; pendiente de firma y sellado.`,
    footerDraft: 'Borrador sin sellar: sin validez hasta su firma',
    footerApproved: 'Aprobada, pendiente de firma y sellado',
    footerSeal: 'Sello SHA-256',
    citizenBanner: 'SOLO CIUDADANOS. Contenido exclusivo de los integrantes ciudadanos de la Mesa: no se proyecta, no se comparte con autoridades y no forma parte de ningún documento de la sesión plenaria.',
    onlyCitizens: 'SOLO CIUDADANOS',
    confidential: 'CONFIDENCIAL',
    sections: {
      attendance: 'Asistencia',
      quorum: 'Quórum',
      agenda: 'Orden del día',
      proceedings: 'Desarrollo de la sesión',
      followups: 'Seguimiento de acuerdos anteriores',
      committeeFollowups: 'Seguimiento de los acuerdos del comité',
      agreements: 'Acuerdos adoptados',
      votes: 'Votaciones',
      indicators: 'Indicadores y metas',
      closing: 'Cierre',
      signatures: 'Firmas',
      addenda: 'Fe de erratas',
      seal: 'Constancia de sellado',
      agendaReview: 'Revisión del orden del día de la plenaria',
      topics: 'Temas propuestos',
      generalMatters: 'Asuntos generales',
      checklist: 'Lista de verificación',
      citizenVotes: 'Votaciones ciudadanas',
    },
    attendanceSummary: (a: { total: number; citizens: number; officials: number; represented: number; others: number; absent: number; justified: number }) => {
      const parts = [`${a.citizens} ${a.citizens === 1 ? 'integrante ciudadano' : 'integrantes ciudadanos'}`];
      if (a.officials > 0 || a.represented > 0) parts.push(`${a.officials} ${a.officials === 1 ? 'autoridad' : 'autoridades'} en persona`);
      if (a.represented > 0) parts.push(`${a.represented} por representación`);
      if (a.others > 0) parts.push(`${a.others} ${a.others === 1 ? 'integrante honorario o invitado' : 'integrantes honorarios e invitados'}`);
      const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} y ${parts.at(-1)!}`;
      const absences = a.absent === 0 ? 'No hubo inasistencias.' : `Se registraron ${a.absent} ${a.absent === 1 ? 'inasistencia' : 'inasistencias'} (${a.justified} con justificación).`;
      return `Asistieron ${a.total} ${a.total === 1 ? 'persona' : 'personas'}: ${list}. ${absences}`;
    },
    citizensPresent: 'Integrantes ciudadanos',
    officialsPresent: 'Autoridades',
    substitutes: 'Suplentes y representantes',
    others: 'Integrantes honorarios, colaboradores e invitados',
    movements: 'Llegadas tardías y retiros anticipados',
    absences: 'Inasistencias',
    absentJustified: 'Con justificación',
    absentUnjustified: 'Sin justificación',
    noneListed: 'Ninguno.',
    noRecord: 'sin registro de asistencia',
    col: {
      no: 'No.',
      name: 'Nombre',
      post: 'Cargo',
      institution: 'Institución',
      attends: 'Asiste',
      onBehalfOf: 'En representación de',
      capacity: 'Calidad',
      postInstitution: 'Cargo e institución',
      movement: 'Movimiento',
      time: 'Hora',
      reason: 'Motivo',
      item: 'Punto',
      presenter: 'Presenta',
      code: 'Clave',
      agreement: 'Acuerdo',
      status: 'Estatus',
      progress: 'Avance %',
      note: 'Nota',
      responsible: 'Responsable',
      due: 'Fecha compromiso',
      subject: 'Asunto',
      tally: 'Votación',
      result: 'Resultado',
      indicator: 'Indicador',
      period: 'Periodo',
      value: 'Valor',
      goal: 'Meta',
      deadline: 'Plazo',
      signature: 'Firma',
      topic: 'Tema',
      detail: 'Detalle',
      destination: 'Destino',
      task: 'Tarea',
      done: 'Estado',
    },
    arrived: 'Llegada',
    left: 'Retiro',
    quorumStatement: (q: { base: number; present: number; required: number; pct: string; met: boolean }) =>
      `Se registró la asistencia de ${q.present} de los ${q.base} integrantes que cuentan para el quórum (integrantes ciudadanos y autoridades, en persona o por representación). La regla de la Mesa requiere más del ${q.pct} % de ese total, es decir, al menos ${q.required}. ` +
      (q.met ? 'En consecuencia, se declaró la existencia de quórum y la sesión se instaló válidamente.' : 'En consecuencia, no se alcanzó el quórum requerido.'),
    committeeAttendance: (present: number, base: number) => `Asistieron ${present} de los ${base} integrantes del comité.`,
    presenter: 'Presenta',
    noReport: 'Sin informe registrado.',
    seeFollowups: (n: number) => `El detalle del seguimiento se consigna en el apartado ${n} de esta acta.`,
    agreementsHere: (codes: string[], n: number) =>
      `${codes.length === 1 ? 'Acuerdo adoptado en este punto' : 'Acuerdos adoptados en este punto'}: ${codes.join(', ')} (apartado ${n}).`,
    notFollowed: 'No se dio seguimiento en esta sesión.',
    noFollowups: 'No había acuerdos de sesiones anteriores por dar seguimiento.',
    noAgreements: 'No se adoptaron acuerdos en esta sesión.',
    votesIntro: 'Se sometieron a votación los asuntos siguientes, con los resultados que se indican:',
    tally: { yes: 'A favor', no: 'En contra', blank: 'En blanco / abstención' } as Record<'yes' | 'no' | 'blank', string>,
    electorate: 'Padrón',
    result: { approved: 'Aprobado', rejected: 'Rechazado', invalid: 'Inválido (sin quórum de votación)', open: 'Sin resultado' },
    rate: 'por 100 mil hab.',
    cases: 'casos',
    oneCase: 'caso',
    closingText: (time: string | null) =>
      time === null
        ? 'No habiendo más asuntos que tratar, se dio por concluida la sesión.'
        : `No habiendo más asuntos que tratar, se dio por concluida la sesión a las ${time} horas del mismo día.`,
    citizenClosing: 'No habiendo más asuntos que tratar, se dio por concluida la reunión.',
    approvedIn: (title: string, on: string) => `La presente acta fue aprobada en la ${title}, el ${on}.`,
    approvedOn: (on: string) => `La presente acta fue aprobada el ${on}.`,
    citizenApprovedIn: (title: string, on: string) => `La presente minuta fue aprobada en la ${title}, el ${on}.`,
    citizenApprovedOn: (on: string) => `La presente minuta fue aprobada el ${on}.`,
    signaturesIntro: 'Firman la presente acta la coordinación de la Mesa, la secretaría técnica y las personas asistentes.',
    committeeSignaturesIntro: 'Firman la presente acta la coordinación del comité, la secretaría técnica y las personas asistentes.',
    citizenSignaturesIntro: 'Firman la presente minuta la coordinación de la Mesa, la secretaría técnica y los integrantes ciudadanos asistentes.',
    coordinator: 'Coordinación de la Mesa',
    committeeCoordinator: 'Coordinación del comité',
    secretary: 'Secretaría técnica',
    vacant: 'Cargo sin titular registrado',
    attendees: 'Personas asistentes',
    onBehalf: (name: string, post: string | null) => `En representación de ${name}${post ? `, ${post}` : ''}`,
    addendum: (n: number, at: string) => `Fe de erratas ${n}, ${at}`,
    addendumSeal: 'Sello',
    sealText: (date: string, time: string) =>
      `Esta acta fue firmada y sellada el ${date} a las ${time} horas. La huella SHA-256 de su contenido, impresa al pie de cada página, es:`,
    citizenSealText: (date: string, time: string) =>
      `Esta minuta fue firmada y sellada el ${date} a las ${time} horas. La huella SHA-256 de su contenido, impresa al pie de cada página, es:`,
    sealAfter: 'Toda corrección posterior se registra como fe de erratas con su propio sello; el contenido sellado no se modifica.',
    promoted: 'Incorporado al orden del día',
    notPromoted: 'No incorporado',
    noNote: 'Sin observaciones.',
    noTopics: 'No se propusieron temas.',
    noGeneral: 'No se definieron asuntos generales.',
    noChecklist: 'Sin tareas registradas.',
    doneLabel: 'Hecho',
    pendingLabel: 'Pendiente',
  },
  en: {
    docLabel: { plenary: 'Minutes of the session', committee_meeting: 'Minutes of the committee meeting', citizen_meeting: 'Minutes of the citizen meeting' },
    docName: { plenary: 'Minutes', committee_meeting: 'Minutes', citizen_meeting: 'Minutes' },
    date: 'Date',
    place: 'Venue',
    start: 'Started',
    end: 'Ended',
    convenedAt: 'Time',
    prepares: 'Prepares',
    notRecorded: 'Not recorded',
    placeUnknown: 'the venue given in the notice of meeting',
    opening: (c: { municipality: string; time: string; date: string; place: string; mesa: string; title: string; committee: string | null }) =>
      `In ${c.municipality}, at ${c.time} on ${c.date}, at ${c.place}, the members of ${c.committee ? `the ${c.committee} of ` : ''}the ${c.mesa} met for the ${c.title}, following the agenda sent with the notice of meeting.`,
    citizenOpening: (c: { municipality: string; time: string; date: string; place: string; mesa: string; plenary: string | null }) =>
      `In ${c.municipality}, at ${c.time} on ${c.date}, at ${c.place}, the citizen members of the ${c.mesa} met${c.plenary ? ` to prepare the ${c.plenary}` : ''}.`,
    draft: 'DRAFT: these minutes have not been approved or signed; their content may change.',
    draftCitizen: 'DRAFT: these minutes have not been approved or signed; their content may change.',
    approvedPending: (on: string) => `Approved on ${on}; awaiting signature and seal.`,
    footerDraft: 'Unsealed draft: not valid until signed',
    footerApproved: 'Approved, awaiting signature and seal',
    footerSeal: 'SHA-256 seal',
    citizenBanner: 'CITIZENS ONLY. For the citizen members of the Mesa only: never projected, never shared with officials, and part of no plenary document.',
    onlyCitizens: 'CITIZENS ONLY',
    confidential: 'CONFIDENTIAL',
    sections: {
      attendance: 'Attendance',
      quorum: 'Quorum',
      agenda: 'Agenda',
      proceedings: 'Proceedings',
      followups: 'Follow-up of earlier agreements',
      committeeFollowups: "Follow-up of the committee's agreements",
      agreements: 'Agreements adopted',
      votes: 'Votes',
      indicators: 'Indicators and goals',
      closing: 'Closing',
      signatures: 'Signatures',
      addenda: 'Errata',
      seal: 'Seal certificate',
      agendaReview: "Review of the plenary's agenda",
      topics: 'Topics proposed',
      generalMatters: 'General matters',
      checklist: 'Checklist',
      citizenVotes: 'Citizen votes',
    },
    attendanceSummary: (a: { total: number; citizens: number; officials: number; represented: number; others: number; absent: number; justified: number }) => {
      const parts = [`${a.citizens} citizen member${a.citizens === 1 ? '' : 's'}`];
      if (a.officials > 0 || a.represented > 0) parts.push(`${a.officials} official${a.officials === 1 ? '' : 's'} in person`);
      if (a.represented > 0) parts.push(`${a.represented} by representation`);
      if (a.others > 0) parts.push(a.others === 1 ? '1 honorary member or guest' : `${a.others} honorary members and guests`);
      const list = parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
      const absences = a.absent === 0 ? 'There were no absences.' : `${a.absent} absence${a.absent === 1 ? '' : 's'} were recorded (${a.justified} excused).`;
      return `${a.total} ${a.total === 1 ? 'person' : 'people'} attended: ${list}. ${absences}`;
    },
    citizensPresent: 'Citizen members',
    officialsPresent: 'Officials',
    substitutes: 'Substitutes and representatives',
    others: 'Honorary members, staff and guests',
    movements: 'Late arrivals and early departures',
    absences: 'Absences',
    absentJustified: 'Excused',
    absentUnjustified: 'Unexcused',
    noneListed: 'None.',
    noRecord: 'attendance not recorded',
    col: {
      no: 'No.',
      name: 'Name',
      post: 'Post',
      institution: 'Institution',
      attends: 'Attending',
      onBehalfOf: 'On behalf of',
      capacity: 'Capacity',
      postInstitution: 'Post and institution',
      movement: 'Movement',
      time: 'Time',
      reason: 'Reason',
      item: 'Item',
      presenter: 'Presenter',
      code: 'Code',
      agreement: 'Agreement',
      status: 'Status',
      progress: 'Progress %',
      note: 'Note',
      responsible: 'Responsible',
      due: 'Due date',
      subject: 'Subject',
      tally: 'Tally',
      result: 'Result',
      indicator: 'Indicator',
      period: 'Period',
      value: 'Value',
      goal: 'Goal',
      deadline: 'Deadline',
      signature: 'Signature',
      topic: 'Topic',
      detail: 'Detail',
      destination: 'Outcome',
      task: 'Task',
      done: 'Status',
    },
    arrived: 'Arrived',
    left: 'Left',
    quorumStatement: (q: { base: number; present: number; required: number; pct: string; met: boolean }) =>
      `${q.present} of the ${q.base} members who count for the quorum (citizen members and officials, in person or by representation) attended. The Mesa's rule requires more than ${q.pct}% of them, that is, at least ${q.required}. ` +
      (q.met ? 'The quorum was therefore declared and the session validly opened.' : 'The required quorum was therefore not reached.'),
    committeeAttendance: (present: number, base: number) => `${present} of the committee's ${base} members attended.`,
    presenter: 'Presenter',
    noReport: 'No report recorded.',
    seeFollowups: (n: number) => `The follow-up is recorded in detail in section ${n} of these minutes.`,
    agreementsHere: (codes: string[], n: number) => `${codes.length === 1 ? 'Agreement adopted under this item' : 'Agreements adopted under this item'}: ${codes.join(', ')} (section ${n}).`,
    notFollowed: 'Not followed up in this session.',
    noFollowups: 'There were no agreements of earlier sessions to follow up.',
    noAgreements: 'No agreements were adopted in this session.',
    votesIntro: 'The following matters were put to a vote, with the results shown:',
    tally: { yes: 'In favour', no: 'Against', blank: 'Blank / abstention' } as Record<'yes' | 'no' | 'blank', string>,
    electorate: 'Electorate',
    result: { approved: 'Approved', rejected: 'Rejected', invalid: 'Invalid (turnout below the rule)', open: 'No result' },
    rate: 'per 100,000 inhabitants',
    cases: 'cases',
    oneCase: 'case',
    closingText: (time: string | null) =>
      time === null ? 'There being no further business, the session was closed.' : `There being no further business, the session was closed at ${time} the same day.`,
    citizenClosing: 'There being no further business, the meeting was closed.',
    approvedIn: (title: string, on: string) => `These minutes were approved at the ${title}, on ${on}.`,
    approvedOn: (on: string) => `These minutes were approved on ${on}.`,
    citizenApprovedIn: (title: string, on: string) => `These minutes were approved at the ${title}, on ${on}.`,
    citizenApprovedOn: (on: string) => `These minutes were approved on ${on}.`,
    signaturesIntro: 'These minutes are signed by the coordination of the Mesa, the technical secretary and those who attended.',
    committeeSignaturesIntro: "These minutes are signed by the committee's coordination, the technical secretary and those who attended.",
    citizenSignaturesIntro: 'These minutes are signed by the coordination of the Mesa, the technical secretary and the citizen members who attended.',
    coordinator: 'Coordination of the Mesa',
    committeeCoordinator: 'Coordination of the committee',
    secretary: 'Technical secretary',
    vacant: 'No holder recorded',
    attendees: 'Attendees',
    onBehalf: (name: string, post: string | null) => `On behalf of ${name}${post ? `, ${post}` : ''}`,
    addendum: (n: number, at: string) => `Erratum ${n}, ${at}`,
    addendumSeal: 'Seal',
    sealText: (date: string, time: string) => `These minutes were signed and sealed on ${date} at ${time}. The SHA-256 fingerprint of their content, printed at the foot of every page, is:`,
    citizenSealText: (date: string, time: string) =>
      `These minutes were signed and sealed on ${date} at ${time}. The SHA-256 fingerprint of their content, printed at the foot of every page, is:`,
    sealAfter: 'Any later correction is recorded as an erratum with its own seal; the sealed content is never changed.',
    promoted: 'Added to the agenda',
    notPromoted: 'Not added',
    noNote: 'No remarks.',
    noTopics: 'No topics were proposed.',
    noGeneral: 'No general matters were defined.',
    noChecklist: 'No tasks recorded.',
    doneLabel: 'Done',
    pendingLabel: 'Pending',
  },
} as const;

type Words = (typeof TEXT)[Lang];

// ── Small pieces ────────────────────────────────────────────────────────────

const PRESENT: readonly AttendanceStatus[] = ['present', 'late', 'left_early'];
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: COLOR_RULE };
const CELL_MARGINS = { top: 60, bottom: 60, left: 90, right: 90 };

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleOf(s: Pick<ActaSessionInfo, 'kind' | 'plenaryType' | 'number' | 'year' | 'committeeName'>, language: Lang): string {
  return sessionTitle(s, language);
}

/** A title inside a sentence: "la Sesión plenaria…" reads as a name, "the Citizen meeting…" does not. */
function titleInSentence(s: Pick<ActaSessionInfo, 'kind' | 'plenaryType' | 'number' | 'year' | 'committeeName'>, language: Lang): string {
  const t = titleOf(s, language);
  return language === 'en' ? t.charAt(0).toLowerCase() + t.slice(1) : t;
}

/** "9c1b77d0 12ab…": the fingerprint in groups of eight, easy to read aloud and compare. */
export function groupedFingerprint(sha256: string): string {
  return (sha256.match(/.{1,8}/g) ?? []).join(' ');
}

function body(text: string, extra: { italics?: boolean; color?: string; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: STYLE.body,
    keepNext: extra.keepNext,
    alignment: AlignmentType.JUSTIFIED,
    children: [new TextRun({ text, italics: extra.italics, color: extra.color })],
  });
}

/** Multi-line prose as typed: one paragraph per line, blank lines dropped. */
function prose(text: string): Paragraph[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => body(l));
}

function muted(text: string): Paragraph {
  return body(text, { italics: true, color: COLOR_MUTED });
}

function subheading(text: string): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text, bold: true, color: COLOR_ACCENT })],
  });
}

function cellText(text: string, opts: { bold?: boolean; italics?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; small?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: opts.small ? STYLE.small : STYLE.tableText,
    alignment: opts.align,
    children: [new TextRun({ text, bold: opts.bold, italics: opts.italics })],
  });
}

/** Section headings are numbered as they appear, so a missing section leaves no gap. */
class Sections {
  constructor(private readonly planned: readonly string[]) {}

  /** The number a planned section has, so the text can point at a later one. */
  numberOf(key: string): number {
    const i = this.planned.indexOf(key);
    if (i === -1) throw new Error(`acta: section ${key} is not planned`);
    return i + 1;
  }

  heading(key: string, text: string): Paragraph {
    return new Paragraph({ style: STYLE.heading, children: [new TextRun(`${this.numberOf(key)}. ${text}`)] });
  }
}

/** A borderless label/value grid (date, place, times). */
function detailsGrid(rows: [string, string][]): Table {
  const labelWidth = 1900;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [labelWidth, TEXT_WIDTH - labelWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: rows.map(
      ([label, value]) =>
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
        }),
    ),
  });
}

/** Names in numbered columns, read down each column: compact for a long list of citizens. */
function nameColumns(names: readonly string[], columns = 2): Table {
  const perColumn = Math.ceil(names.length / columns);
  const width = Math.floor(TEXT_WIDTH / columns);
  const rows: TableRow[] = [];
  for (let r = 0; r < perColumn; r++) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: Array.from({ length: columns }, (_, c) => {
          const i = c * perColumn + r;
          const name = names[i];
          return new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { top: 20, bottom: 20, left: 0, right: 120 },
            children: [
              new Paragraph({
                style: STYLE.tableText,
                tabStops: [{ type: TabStopType.LEFT, position: 420 }],
                children: name === undefined ? [] : [new TextRun({ text: `${i + 1}.`, color: COLOR_MUTED }), new TextRun(`\t${name}`)],
              }),
            ],
          });
        }),
      }),
    );
  }
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows,
  });
}

/** A data table whose rows fall under group labels (order and power of government, kinds of attendee), in the shared table look. */
function groupedTable(
  columns: readonly Column[],
  groups: readonly { label: string; rows: (readonly string[])[] }[],
  options: { rowHeight?: number; boldColumn?: number } = {},
): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c) =>
        new TableCell({
          width: { size: c.width, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: FILL_HEADER },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: CELL_MARGINS,
          children: [new Paragraph({ style: STYLE.tableHead, children: [new TextRun(c.label)] })],
        }),
    ),
  });
  const rows: TableRow[] = [header];
  for (const g of groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: columns.length,
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: FILL_BAND },
            margins: CELL_MARGINS,
            children: [new Paragraph({ style: STYLE.tableText, keepNext: true, children: [new TextRun({ text: g.label, bold: true, color: COLOR_ACCENT })] })],
          }),
        ],
      }),
    );
    for (const cells of g.rows) {
      rows.push(
        new TableRow({
          cantSplit: true,
          ...(options.rowHeight ? { height: { value: options.rowHeight, rule: HeightRule.ATLEAST } } : {}),
          children: columns.map(
            (c, i) =>
              new TableCell({
                width: { size: c.width, type: WidthType.DXA },
                margins: CELL_MARGINS,
                verticalAlign: VerticalAlignTable.CENTER,
                children: [cellText(cells[i] ?? '', { bold: i === options.boldColumn, align: alignOf(c) })],
              }),
          ),
        }),
      );
    }
  }
  return new Table({
    width: { size: columns.reduce((s, c) => s + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows,
  });
}

function alignOf(c: Column): (typeof AlignmentType)[keyof typeof AlignmentType] {
  return c.align === 'center' ? AlignmentType.CENTER : c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

/** Officials in the order the guide lists them (cuadro 3): municipal, state, federal; executive, legislative, judicial. */
function byGovernment(people: readonly ActaPerson[]): ActaPerson[] {
  const rank = (p: ActaPerson) =>
    (p.order === null ? govOrders.length : govOrders.indexOf(p.order)) * 10 + (p.power === null ? govPowers.length : govPowers.indexOf(p.power));
  return people.map((p, i) => ({ p, i })).sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i).map((x) => x.p);
}

// ── Header, footer, title ─────────────────────────────────────────────────────

/** The citizen minutes' header: the Mesa, then CONFIDENCIAL · SOLO CIUDADANOS on every page. */
function citizenHeader(mesaName: string, t: Words): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOR_RULE, space: 4 } },
        children: [
          new TextRun({ text: mesaName, size: SIZE_SMALL, color: COLOR_MUTED }),
          new TextRun({ text: '\t' }),
          new TextRun({ text: `${t.confidential} · ${t.onlyCitizens}`, bold: true, size: SIZE_SMALL, color: '9C0006', characterSpacing: 20 }),
        ],
      }),
    ],
  });
}

/** Document name and "Página X de Y"; below, the seal's full fingerprint, or what the minutes still lack. */
function actaFooter(documentName: string, data: ActaDocumentData, t: Words): Footer {
  const run = { size: SIZE_SMALL - 1, color: COLOR_MUTED } as const;
  const page = data.language === 'es' ? ['Página ', ' de '] : ['Page ', ' of '];
  const seal = data.record.seal;
  const second =
    seal !== null
      ? [new TextRun({ ...run, text: `${t.footerSeal}: `, bold: true }), new TextRun({ ...run, text: groupedFingerprint(seal.sha256), font: 'Consolas' })]
      : [new TextRun({ ...run, text: data.record.status === 'approved' ? t.footerApproved : t.footerDraft, italics: true })];
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR_RULE, space: 4 } },
        children: [
          new TextRun({ ...run, text: documentName }),
          new TextRun({ ...run, children: ['\t', page[0]!, PageNumber.CURRENT, page[1]!, PageNumber.TOTAL_PAGES] }),
        ],
      }),
      new Paragraph({ spacing: { before: 20 }, children: second }),
    ],
  });
}

function titleBlock(data: ActaDocumentData, t: Words): Paragraph[] {
  const c = data.content;
  const out = [
    new Paragraph({ style: STYLE.title, children: [new TextRun(c.mesa.name)] }),
    new Paragraph({
      style: STYLE.subtitle,
      border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLOR_ACCENT, space: 8 } },
      children: [new TextRun(c.mesa.municipality)],
    }),
    new Paragraph({ style: STYLE.docLabel, spacing: { before: 240 }, children: [new TextRun(t.docLabel[c.session.kind])] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 240 },
      children: [new TextRun({ text: titleOf(c.session, data.language), bold: true, size: 24 })],
    }),
  ];
  if (c.mode === 'citizen_meeting') {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 200 },
        border: {
          top: { style: BorderStyle.SINGLE, size: 8, color: '9C0006', space: 4 },
          bottom: { style: BorderStyle.SINGLE, size: 8, color: '9C0006', space: 4 },
        },
        children: [new TextRun({ text: t.citizenBanner, bold: true, size: SIZE_SMALL, color: '9C0006' })],
      }),
    );
  }
  if (data.record.status !== 'signed') {
    const text =
      data.record.status === 'approved' && c.approval
        ? t.approvedPending(formatLongDate(c.approval.on, data.language))
        : c.mode === 'citizen_meeting'
          ? t.draftCitizen
          : t.draft;
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 200 },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF2CC' },
        children: [new TextRun({ text, bold: true, size: SIZE_SMALL })],
      }),
    );
  }
  return out;
}

function detailsAndOpening(data: ActaDocumentData, t: Words): (Paragraph | Table)[] {
  const c = data.content;
  const lang = data.language;
  const s = c.session;
  const day = s.scheduledAt.slice(0, 10);
  const scheduled = s.scheduledAt.slice(11, 16);
  const rows: [string, string][] = [
    [t.date, capitalizeFirst(formatLongDate(day, lang))],
    [t.place, s.place ?? NONE],
  ];
  if (c.mode === 'plenary') {
    rows.push([t.start, s.startedAt ? formatTime(s.startedAt, lang) : t.notRecorded], [t.end, s.endedAt ? formatTime(s.endedAt, lang) : t.notRecorded]);
  } else {
    rows.push([t.convenedAt, formatTime(scheduled, lang)]);
    if (c.plenary) rows.push([t.prepares, `${titleOf(c.plenary, lang)} (${formatShortDate(c.plenary.scheduledAt.slice(0, 10), lang)})`]);
  }
  const place = s.place ?? t.placeUnknown;
  const opening =
    c.mode === 'plenary'
      ? t.opening({
          municipality: c.mesa.municipality,
          time: s.startedAt ?? scheduled,
          date: formatLongDate(day, lang),
          place,
          mesa: c.mesa.name,
          title: titleInSentence(s, lang),
          committee: s.kind === 'committee_meeting' ? s.committeeName : null,
        })
      : t.citizenOpening({
          municipality: c.mesa.municipality,
          time: scheduled,
          date: formatLongDate(day, lang),
          place,
          mesa: c.mesa.name,
          plenary: c.plenary ? `${titleInSentence(c.plenary, lang)} (${formatShortDate(c.plenary.scheduledAt.slice(0, 10), lang)})` : null,
        });
  return [detailsGrid(rows), new Paragraph({ spacing: { after: 120 } }), body(opening)];
}

// ── Attendance ──────────────────────────────────────────────────────────────

function postAndInstitution(p: Pick<ActaPerson, 'post' | 'institution'>): string {
  return [p.post, p.institution].filter((x): x is string => !!x && x.trim() !== '').join(', ');
}

function attendanceSection(data: ActaDocumentData, t: Words, sections: Sections): (Paragraph | Table)[] {
  const lang = data.language;
  const people = data.content.attendance;
  const present = people.filter((p) => p.status !== null && PRESENT.includes(p.status));
  const citizens = present.filter((p) => p.kind === 'citizen');
  const officials = present.filter((p) => p.kind === 'official');
  const represented = people.filter((p) => p.status === 'represented');
  const others = present.filter((p) => p.kind !== 'citizen' && p.kind !== 'official');
  const justified = people.filter((p) => p.status === 'absent_justified');
  const unjustified = people.filter((p) => p.status === 'absent_unjustified' || p.status === null);
  const out: (Paragraph | Table)[] = [sections.heading('attendance', t.sections.attendance)];
  out.push(
    body(
      t.attendanceSummary({
        total: present.length + represented.length,
        citizens: citizens.length,
        officials: officials.length,
        represented: represented.length,
        others: others.length,
        absent: justified.length + unjustified.length,
        justified: justified.length,
      }),
    ),
  );

  out.push(subheading(`${t.citizensPresent} (${citizens.length})`));
  out.push(citizens.length === 0 ? muted(t.noneListed) : nameColumns(citizens.map((p) => p.name)));

  if (data.content.mode === 'plenary') {
    out.push(subheading(`${t.officialsPresent} (${officials.length})`));
    if (officials.length === 0) out.push(muted(t.noneListed));
    else {
      const groups = govOrders.flatMap((order) =>
        govPowers.flatMap((power) => {
          const rows = officials.filter((p) => p.order === order && p.power === power).map((p) => [p.name, p.post ?? NONE, p.institution ?? NONE]);
          return rows.length === 0 ? [] : [{ label: `${ORDER_LABEL[lang][order]} · ${POWER_LABEL[lang][power]}`, rows }];
        }),
      );
      // An official without order or power (imported before those were required) still appears.
      const loose = officials.filter((p) => p.order === null || p.power === null).map((p) => [p.name, p.post ?? NONE, p.institution ?? NONE]);
      if (loose.length > 0) groups.push({ label: KIND_LABEL[lang].official, rows: loose });
      out.push(
        groupedTable(
          [
            { label: t.col.name, width: 2900 },
            { label: t.col.post, width: 3500 },
            { label: t.col.institution, width: TEXT_WIDTH - 6400 },
          ],
          groups,
        ),
      );
    }

    if (represented.length > 0) {
      out.push(subheading(`${t.substitutes} (${represented.length})`));
      out.push(
        dataTable(
          [
            { label: t.col.attends, width: 3000 },
            { label: t.col.onBehalfOf, width: 2700 },
            { label: t.col.postInstitution, width: TEXT_WIDTH - 5700 },
          ],
          represented.map((p) => [p.substituteName ?? NONE, p.name, postAndInstitution(p) || KIND_LABEL[lang][p.kind]]),
        ),
      );
    }

    if (others.length > 0) {
      out.push(subheading(`${t.others} (${others.length})`));
      out.push(
        dataTable(
          [
            { label: t.col.name, width: 3000 },
            { label: t.col.capacity, width: 2200 },
            { label: t.col.postInstitution, width: TEXT_WIDTH - 5200 },
          ],
          others.map((p) => [p.name, KIND_LABEL[lang][p.kind], postAndInstitution(p) || NONE]),
        ),
      );
    }
  }

  const movements = people.flatMap((p) => {
    const rows: { name: string; what: string; at: string }[] = [];
    if (p.arrivedAt && p.status === 'late') rows.push({ name: p.name, what: t.arrived, at: p.arrivedAt });
    if (p.leftAt && p.status === 'left_early') rows.push({ name: p.name, what: t.left, at: p.leftAt });
    return rows;
  });
  if (movements.length > 0) {
    movements.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    out.push(subheading(t.movements));
    out.push(
      dataTable(
        [
          { label: t.col.name, width: 4800 },
          { label: t.col.movement, width: 2600 },
          { label: t.col.time, width: TEXT_WIDTH - 7400, align: 'center' },
        ],
        movements.map((m) => [m.name, m.what, formatTime(m.at, lang)]),
      ),
    );
  }

  out.push(subheading(`${t.absences} (${justified.length + unjustified.length})`));
  out.push(new Paragraph({ style: STYLE.body, keepNext: true, children: [new TextRun({ text: `${t.absentJustified} (${justified.length})`, bold: true })] }));
  out.push(
    justified.length === 0
      ? muted(t.noneListed)
      : dataTable(
          [
            { label: t.col.name, width: 3600 },
            { label: t.col.capacity, width: 2400 },
            { label: t.col.reason, width: TEXT_WIDTH - 6000 },
          ],
          justified.map((p) => [p.name, p.kind === 'official' ? (p.post ?? KIND_LABEL[lang].official) : KIND_LABEL[lang][p.kind], p.justification ?? NONE]),
        ),
  );
  out.push(new Paragraph({ style: STYLE.body, keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: `${t.absentUnjustified} (${unjustified.length})`, bold: true })] }));
  out.push(
    unjustified.length === 0
      ? muted(t.noneListed)
      : dataTable(
          [
            { label: t.col.name, width: 3600 },
            { label: t.col.capacity, width: TEXT_WIDTH - 3600 },
          ],
          unjustified.map((p) => [
            p.name,
            `${p.kind === 'official' ? (p.post ?? KIND_LABEL[lang].official) : KIND_LABEL[lang][p.kind]}${p.status === null ? ` (${t.noRecord})` : ''}`,
          ]),
        ),
  );
  return out;
}

// ── The plenary's sections ───────────────────────────────────────────────────

function quorumSection(c: PlenaryActaContent, t: Words, sections: Sections): Paragraph[] {
  if (c.quorum === null) {
    const members = c.attendance.length;
    const present = c.attendance.filter((p) => p.status !== null && (PRESENT.includes(p.status) || p.status === 'represented')).length;
    return [body(t.committeeAttendance(present, members))];
  }
  const q = c.quorum;
  return [sections.heading('quorum', t.sections.quorum), body(t.quorumStatement({ ...q, pct: String(q.pct) }))];
}

function agendaSection(c: PlenaryActaContent, t: Words, sections: Sections): (Paragraph | Table)[] {
  return [
    sections.heading('agenda', t.sections.agenda),
    dataTable(
      [
        { label: t.col.no, width: 620, align: 'center' },
        { label: t.col.item, width: 5786 },
        { label: t.col.presenter, width: TEXT_WIDTH - 6406 },
      ],
      c.items.map((i) => [String(i.position), [cellText(i.title, { bold: true })], i.presenter ?? NONE]),
    ),
  ];
}

function proceedingsSection(c: PlenaryActaContent, t: Words, sections: Sections): Paragraph[] {
  const out: Paragraph[] = [sections.heading('proceedings', t.sections.proceedings)];
  for (const item of c.items) {
    out.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { before: 200, after: 60 },
        children: [new TextRun({ text: `${item.position}. ${item.title}`, bold: true, color: COLOR_ACCENT })],
      }),
    );
    if (item.presenter) {
      out.push(
        new Paragraph({
          style: STYLE.body,
          keepNext: true,
          children: [new TextRun({ text: `${t.presenter}: `, italics: true, color: COLOR_MUTED }), new TextRun({ text: item.presenter, italics: true, color: COLOR_MUTED })],
        }),
      );
    }
    const text = prose(item.text);
    out.push(...(text.length > 0 ? text : [muted(t.noReport)]));
    if (item.kind === 'agreements_followup') out.push(muted(t.seeFollowups(sections.numberOf('followups'))));
    const codes = c.agreements.filter((a) => a.itemPosition === item.position).map((a) => a.code);
    if (codes.length > 0) out.push(muted(t.agreementsHere(codes, sections.numberOf('agreements'))));
  }
  return out;
}

function followupsSection(data: ActaDocumentData, c: PlenaryActaContent, t: Words, sections: Sections): (Paragraph | Table)[] {
  const lang = data.language;
  const title = c.session.kind === 'committee_meeting' ? t.sections.committeeFollowups : t.sections.followups;
  const out: (Paragraph | Table)[] = [sections.heading('followups', title)];
  if (c.followups.length === 0) return [...out, muted(t.noFollowups)];
  out.push(
    dataTable(
      [
        { label: t.col.code, width: 1400 },
        { label: t.col.agreement, width: 3406 },
        { label: t.col.status, width: 1150 },
        { label: t.col.progress, width: 1000, align: 'center' },
        { label: t.col.note, width: TEXT_WIDTH - 6956 },
      ],
      c.followups.map((f) => [
        [cellText(f.code, { bold: true })],
        f.text,
        statusLabel(f.status, lang),
        String(Math.round(f.progress)),
        f.recorded ? (f.note ?? NONE) : [cellText(t.notFollowed, { italics: true })],
      ]),
    ),
  );
  return out;
}

function agreementsSection(data: ActaDocumentData, c: PlenaryActaContent, t: Words, sections: Sections): (Paragraph | Table)[] {
  const lang = data.language;
  const out: (Paragraph | Table)[] = [sections.heading('agreements', t.sections.agreements)];
  if (c.agreements.length === 0) return [...out, muted(t.noAgreements)];
  out.push(
    dataTable(
      [
        { label: t.col.no, width: 560, align: 'center' },
        { label: t.col.code, width: 1400 },
        { label: t.col.agreement, width: 3646 },
        { label: t.col.responsible, width: 2500 },
        { label: t.col.due, width: TEXT_WIDTH - 8106, align: 'center' },
      ],
      c.agreements.map((a, i) => [
        String(i + 1),
        [cellText(a.code, { bold: true })],
        a.text,
        [
          ...(a.responsibles.length > 0 ? [cellText(a.responsibles.join('; '))] : []),
          ...(a.committee ? [cellText(a.committee, { small: true })] : []),
          ...(a.responsibles.length === 0 && !a.committee ? [cellText(NONE)] : []),
        ],
        a.dueOn ? formatShortDate(a.dueOn, lang) : NONE,
      ]),
    ),
  );
  return out;
}

function tallyText(v: ActaVote, t: Words): string {
  const lines = v.tally.map((x) => `${x.choice === 'candidate' ? (x.name ?? NONE) : t.tally[x.choice]}: ${x.votes}`);
  return [...lines, `${t.electorate}: ${v.electorate}`].join(' · ');
}

function votesTable(votes: readonly ActaVote[], t: Words): Table {
  return dataTable(
    [
      { label: t.col.subject, width: 3400 },
      { label: t.col.tally, width: 3906 },
      { label: t.col.result, width: TEXT_WIDTH - 7306 },
    ],
    votes.map((v) => [v.subject, tallyText(v, t), [cellText(v.result === null ? t.result.open : t.result[v.result], { bold: true })]]),
  );
}

const PERIOD_MONTHS: Record<Lang, readonly string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** '2026-01' → 'ene 2026' / 'Jan 2026'. */
function periodLabel(period: string, language: Lang): string {
  return `${PERIOD_MONTHS[language][Number(period.slice(5, 7)) - 1] ?? period.slice(5, 7)} ${period.slice(0, 4)}`;
}

function indicatorsSection(data: ActaDocumentData, c: PlenaryActaContent, t: Words, sections: Sections): (Paragraph | Table)[] {
  const lang = data.language;
  const rows = c.indicators ?? [];
  const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  return [
    sections.heading('indicators', t.sections.indicators),
    dataTable(
      [
        { label: t.col.indicator, width: 3406 },
        { label: t.col.period, width: 1200, align: 'center' },
        { label: t.col.value, width: 1600, align: 'center' },
        { label: t.col.goal, width: 1600, align: 'center' },
        { label: t.col.deadline, width: TEXT_WIDTH - 7806, align: 'center' },
      ],
      rows.map((r) => {
        const cases = (n: number) => `${fmt(n)} ${n === 1 ? t.oneCase : t.cases}`;
        return [
          r.name,
          periodLabel(r.period, lang),
          r.unit === 'rate_100k' ? `${fmt(r.value)} ${t.rate} (${cases(r.cases)})` : cases(r.value),
          r.target === null ? NONE : r.unit === 'rate_100k' ? `${fmt(r.target)} ${t.rate}` : cases(r.target),
          r.deadline ? formatShortDate(r.deadline, lang) : NONE,
        ];
      }),
    ),
    ...(data.chartImages ?? []).map((image) => chartParagraph(image)),
  ];
}

/** A chart across the text width, keeping its proportions. */
function chartParagraph(image: { png: Uint8Array; width: number; height: number }): Paragraph {
  // Twips to pixels at 96 dpi: 1440 twips an inch.
  const width = Math.floor((TEXT_WIDTH / 1440) * 96);
  const height = Math.round((width * image.height) / image.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // An explicit 'auto' rule: LibreOffice reads the defaults' bare line height as exact and would clip the image to one line.
    spacing: { before: 200, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    keepLines: true,
    children: [new ImageRun({ type: 'png', data: image.png, transformation: { width, height } })],
  });
}

function closingSection(data: ActaDocumentData, t: Words, sections: Sections): Paragraph[] {
  const c = data.content;
  const lang = data.language;
  const out: Paragraph[] = [sections.heading('closing', t.sections.closing)];
  out.push(body(c.mode === 'plenary' ? t.closingText(c.session.endedAt) : t.citizenClosing));
  if (c.approval) {
    const on = formatLongDate(c.approval.on, lang);
    const inSession = c.approval.inSession ? titleInSentence(c.approval.inSession, lang) : null;
    if (c.mode === 'plenary') out.push(body(inSession ? t.approvedIn(inSession, on) : t.approvedOn(on)));
    else out.push(body(inSession ? t.citizenApprovedIn(inSession, on) : t.citizenApprovedOn(on)));
  }
  return out;
}

// ── Signatures, addenda, seal ───────────────────────────────────────────────

/** Two signature boxes side by side: room to sign, a rule, the name and the office. */
function officerBlock(boxes: { office: string; officer: ActaOfficer | null }[], t: Words): Table {
  const width = Math.floor(TEXT_WIDTH / 2);
  const gap = 600;
  return new Table({
    width: { size: width * 2, type: WidthType.DXA },
    columnWidths: [width, width],
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        cantSplit: true,
        children: boxes.map(
          (b) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: { top: 0, bottom: 0, left: gap / 2, right: gap / 2 },
              children: [
                new Paragraph({ spacing: { before: 900 } }),
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  border: { top: { style: BorderStyle.SINGLE, size: 6, color: '404040', space: 4 } },
                  children: [new TextRun({ text: b.officer?.name ?? t.vacant, bold: b.officer !== null, italics: b.officer === null })],
                }),
                new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: b.office, size: SIZE_SMALL, color: COLOR_MUTED })] }),
              ],
            }),
        ),
      }),
    ],
  });
}

/** Who signs besides the officers, by category: citizens, officials, those who attended on someone's behalf, the rest. */
function signatureGroups(data: ActaDocumentData, t: Words): { label: string; rows: [string, string][] }[] {
  const c = data.content;
  const lang = data.language;
  const officers = new Set([c.officers.coordinator?.name, c.officers.secretary?.name].filter((x): x is string => !!x));
  const present = c.attendance.filter((p) => p.status !== null && PRESENT.includes(p.status) && !officers.has(p.name));
  const line = (p: ActaPerson): [string, string] => {
    const capacity = p.kind === 'official' ? postAndInstitution(p) : [KIND_LABEL[lang][p.kind], postAndInstitution(p)].filter((x) => x !== '').join(', ');
    return [p.name, capacity || KIND_LABEL[lang][p.kind]];
  };
  const groups = [
    { label: t.citizensPresent, rows: present.filter((p) => p.kind === 'citizen').map(line) },
    { label: t.officialsPresent, rows: byGovernment(present.filter((p) => p.kind === 'official')).map(line) },
    {
      label: t.substitutes,
      rows: c.attendance.filter((p) => p.status === 'represented').map((p): [string, string] => [p.substituteName ?? NONE, t.onBehalf(p.name, p.post)]),
    },
    { label: t.others, rows: present.filter((p) => p.kind !== 'citizen' && p.kind !== 'official').map(line) },
  ];
  return groups.filter((g) => g.rows.length > 0);
}

function signaturesSection(data: ActaDocumentData, t: Words, sections: Sections): (Paragraph | Table)[] {
  const c = data.content;
  const committee = c.session.kind === 'committee_meeting';
  const intro = c.mode === 'citizen_meeting' ? t.citizenSignaturesIntro : committee ? t.committeeSignaturesIntro : t.signaturesIntro;
  let n = 0;
  const groups = signatureGroups(data, t).map((g) => ({ label: g.label, rows: g.rows.map(([name, capacity]) => [String(++n), name, capacity, '']) }));
  return [
    sections.heading('signatures', t.sections.signatures),
    body(intro, { keepNext: true }),
    officerBlock(
      [
        { office: committee ? t.committeeCoordinator : t.coordinator, officer: c.officers.coordinator },
        { office: t.secretary, officer: c.officers.secretary },
      ],
      t,
    ),
    subheading(`${t.attendees} (${n})`),
    groups.length === 0
      ? muted(t.noneListed)
      : groupedTable(
          [
            { label: t.col.no, width: 520, align: 'center' },
            { label: t.col.name, width: 3000 },
            { label: t.col.postInstitution, width: 3000 },
            { label: t.col.signature, width: TEXT_WIDTH - 6520 },
          ],
          groups,
          { rowHeight: 640, boldColumn: 1 },
        ),
  ];
}

function addendaSection(data: ActaDocumentData, t: Words, sections: Sections): Paragraph[] {
  const out: Paragraph[] = [sections.heading('addenda', t.sections.addenda)];
  data.record.addenda.forEach((a, i) => {
    const at = `${formatShortDate(a.at.slice(0, 10), data.language)} ${formatTime(a.at.slice(11, 16), data.language)}`;
    out.push(subheading(t.addendum(i + 1, at)));
    out.push(...prose(a.body));
    out.push(
      new Paragraph({
        style: STYLE.body,
        children: [new TextRun({ text: `${t.addendumSeal}: `, size: SIZE_SMALL, color: COLOR_MUTED }), new TextRun({ text: groupedFingerprint(a.sha256), size: SIZE_SMALL, font: 'Consolas' })],
      }),
    );
  });
  return out;
}

function sealSection(data: ActaDocumentData, t: Words, sections: Sections): Paragraph[] {
  const seal = data.record.seal!;
  const date = formatLongDate(seal.sealedAt.slice(0, 10), data.language);
  const time = seal.sealedAt.slice(11, 16);
  return [
    sections.heading('seal', t.sections.seal),
    body(data.content.mode === 'citizen_meeting' ? t.citizenSealText(date, time) : t.sealText(date, time), { keepNext: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 120 },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: FILL_BAND },
      children: [new TextRun({ text: seal.sha256, font: 'Consolas', size: SIZE_SMALL + 1, bold: true })],
    }),
    body(t.sealAfter),
  ];
}

// ── The citizen meeting's sections ────────────────────────────────────────────

function agendaReviewSection(c: CitizenMinutesContent, t: Words, sections: Sections): Paragraph[] {
  const out: Paragraph[] = [sections.heading('agendaReview', t.sections.agendaReview)];
  if (c.agenda.length === 0) return [...out, muted(t.noneListed)];
  for (const item of c.agenda) {
    out.push(
      new Paragraph({
        keepNext: true,
        keepLines: true,
        spacing: { before: 160, after: 40 },
        children: [
          new TextRun({ text: `${item.position}. ${item.title}`, bold: true, color: COLOR_ACCENT }),
          ...(item.presenter ? [new TextRun({ text: ` (${t.presenter}: ${item.presenter})`, color: COLOR_MUTED, size: SIZE_SMALL })] : []),
        ],
      }),
    );
    const note = item.note ? prose(item.note) : [];
    out.push(...(note.length > 0 ? note : [muted(t.noNote)]));
  }
  return out;
}

function topicsTable(topics: CitizenMinutesContent['topics'], t: Words): Table {
  return dataTable(
    [
      { label: t.col.no, width: 560, align: 'center' },
      { label: t.col.topic, width: 2900 },
      { label: t.col.detail, width: 3846 },
      { label: t.col.destination, width: TEXT_WIDTH - 7306 },
    ],
    topics.map((x, i) => [String(i + 1), [cellText(x.title, { bold: true })], x.body ?? NONE, x.promoted ? t.promoted : t.notPromoted]),
  );
}

function citizenSections(data: ActaDocumentData, c: CitizenMinutesContent, t: Words, sections: Sections): (Paragraph | Table)[] {
  const proposed = c.topics.filter((x) => !x.isGeneralMatter);
  const general = c.topics.filter((x) => x.isGeneralMatter);
  const out: (Paragraph | Table)[] = [
    ...attendanceSection(data, t, sections),
    ...agendaReviewSection(c, t, sections),
    sections.heading('topics', t.sections.topics),
    proposed.length === 0 ? muted(t.noTopics) : topicsTable(proposed, t),
    sections.heading('generalMatters', t.sections.generalMatters),
    general.length === 0 ? muted(t.noGeneral) : topicsTable(general, t),
    sections.heading('checklist', t.sections.checklist),
    c.checklist.length === 0
      ? muted(t.noChecklist)
      : dataTable(
          [
            { label: t.col.no, width: 560, align: 'center' },
            { label: t.col.task, width: 6646 },
            { label: t.col.done, width: TEXT_WIDTH - 7206, align: 'center' },
          ],
          c.checklist.map((x, i) => [String(i + 1), x.label, [cellText(x.done ? t.doneLabel : t.pendingLabel, { bold: !x.done, align: AlignmentType.CENTER })]]),
        ),
  ];
  if (c.votes.length > 0) out.push(sections.heading('votes', t.sections.citizenVotes), votesTable(c.votes, t));
  return out;
}

// ── The document ──────────────────────────────────────────────────────────────

function plan(data: ActaDocumentData): string[] {
  const c = data.content;
  const tail = ['closing', 'signatures', ...(data.record.addenda.length > 0 ? ['addenda'] : []), ...(data.record.seal ? ['seal'] : [])];
  if (c.mode === 'citizen_meeting') {
    return ['attendance', 'agendaReview', 'topics', 'generalMatters', 'checklist', ...(c.votes.length > 0 ? ['votes'] : []), ...tail];
  }
  return [
    'attendance',
    ...(c.quorum ? ['quorum'] : []),
    'agenda',
    'proceedings',
    'followups',
    'agreements',
    ...(c.votes.length > 0 ? ['votes'] : []),
    ...(c.indicators && c.indicators.length > 0 ? ['indicators'] : []),
    ...tail,
  ];
}

/**
 * The acta of a plenary or committee meeting, or the minutes of a citizen meeting (marked SOLO
 * CIUDADANOS on every page): Letter portrait, CONFIDENCIAL in the header, "Página X de Y" and the
 * seal's fingerprint in the footer. Pure: the same data always gives the same document body.
 */
export function buildActaDocument(data: ActaDocumentData): Document {
  const t = TEXT[data.language];
  const c = data.content;
  const sections = new Sections(plan(data));
  const docName = `${t.docName[c.session.kind]} · ${titleOf(c.session, data.language)}`;
  const children: (Paragraph | Table)[] = [...titleBlock(data, t), ...detailsAndOpening(data, t)];
  if (c.mode === 'plenary') {
    children.push(
      ...attendanceSection(data, t, sections),
      ...quorumSection(c, t, sections),
      ...agendaSection(c, t, sections),
      ...proceedingsSection(c, t, sections),
      ...followupsSection(data, c, t, sections),
      ...agreementsSection(data, c, t, sections),
    );
    if (c.votes.length > 0) children.push(sections.heading('votes', t.sections.votes), body(t.votesIntro, { keepNext: true }), votesTable(c.votes, t));
    if (c.indicators && c.indicators.length > 0) children.push(...indicatorsSection(data, c, t, sections));
  } else {
    children.push(...citizenSections(data, c, t, sections));
  }
  children.push(...closingSection(data, t, sections), ...signaturesSection(data, t, sections));
  if (data.record.addenda.length > 0) children.push(...addendaSection(data, t, sections));
  if (data.record.seal) children.push(...sealSection(data, t, sections));
  children.push(new Paragraph({ style: STYLE.note, children: [new TextRun(confidentialityNote(data.language))] }));
  return new Document({
    title: docName,
    creator: c.mesa.name,
    description: confidentialityNote(data.language),
    styles: documentStyles(data.language),
    sections: [
      {
        properties: letterPage,
        headers: { default: c.mode === 'citizen_meeting' ? citizenHeader(c.mesa.name, t) : confidentialHeader(c.mesa.name, data.language) },
        footers: { default: actaFooter(docName, data, t) },
        children,
      },
    ],
  });
}
