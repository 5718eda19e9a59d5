/**
 * The agreements matrix for the fake transport, in memory, answering the way main's
 * AgreementsService does: the same DTOs, filtered and sorted with the shared rules, the
 * plenary-only projection paged by 8, a small sheet reader for the import (canonical header,
 * mapping, the common row problems, sessions to create, unknown committees and people) and
 * exports that write nothing but answer what was asked. Plaintext exports are refused without
 * the confirmation, like main.
 */
import {
  filterMatrix,
  isOverdue,
  sortMatrix,
  statusFromWord,
  type MatrixFilter,
  type MatrixRow,
  type MatrixSort,
} from '../../../src/shared/domain/agreements.js';
import { isOpenAgreement, type AgreementStatus } from '../../../src/shared/domain/live.js';
import { nameKey } from '../../../src/shared/domain/people.js';
import type { Visibility } from '../../../src/shared/domain/visibility.js';
import type {
  AgreementDetailDto,
  AgreementFollowUpDto,
  AgreementHistoryDto,
  AgreementImportIssueDto,
  AgreementImportRowDto,
  AgreementSheetColumn,
  AgreementsImportPreviewDto,
  AgreementsSheetDto,
  MatrixProjectionDto,
  MatrixViewDto,
} from '../../../src/shared/ipc/contract.js';
import type { ProjectionViewDto } from '../../../src/shared/ipc/events.js';
import { agreementSheetColumns } from '../../../src/shared/ipc/dto/agreements.js';
import { fail, ok } from '../../../src/shared/ipc/result.js';
import type { createFakeMesa } from './fakeMesa.js';

type FakeMesa = ReturnType<typeof createFakeMesa>;

export type SeedAgreement = MatrixRow & { visibility?: Visibility };

export interface AgreementsSeed {
  rows?: SeedAgreement[];
  views?: MatrixViewDto[];
  /** Follow-ups and audit history per agreement id; a row without history gets its insert. */
  followUps?: Record<number, AgreementFollowUpDto[]>;
  history?: Record<number, AgreementHistoryDto[]>;
  /** A committee's last meeting before today, by committee id. */
  lastMeetings?: Record<number, string>;
}

/** Rows per projected page, as main. */
const PROJECTED_ROWS = 8;

export function createFakeAgreements(seed: AgreementsSeed, mesa: FakeMesa, today: string, emit: (view: ProjectionViewDto) => void) {
  const rows: SeedAgreement[] = (seed.rows ?? []).map((r) => ({ ...r }));
  let views: MatrixViewDto[] = [...(seed.views ?? [])];
  let nextId = Math.max(0, ...rows.map((r) => r.id)) + 1;
  const createdCommittees = new Map<number, string>();
  const createdPeople = new Map<number, string>();
  let nextCommittee = 1000;
  let nextPerson = 1000;
  const projected: { current: MatrixProjectionDto | null } = { current: null };

  const strip = ({ visibility: _v, ...row }: SeedAgreement): MatrixRow => row;
  const plenary = () => rows.filter((r) => (r.visibility ?? 'plenary') === 'plenary').map(strip);
  const select = (all: MatrixRow[], filter: MatrixFilter, sort: MatrixSort | null) => {
    const filtered = filterMatrix(all, filter, today);
    return sort ? sortMatrix(filtered, sort, today) : filtered;
  };

  function committeeNames(): Map<number, string> {
    const names = new Map<number, string>();
    for (const [id, c] of mesa.committees) names.set(id, c.name);
    for (const r of rows) if (r.committeeId !== null && r.committee !== null) names.set(r.committeeId, r.committee);
    for (const [id, name] of createdCommittees) names.set(id, name);
    return names;
  }

  function peopleNames(): Map<number, string> {
    const names = new Map<number, string>();
    for (const [id, p] of mesa.people) names.set(id, p.fullName);
    for (const r of rows) r.responsibleIds.forEach((id, i) => names.set(id, r.responsible[i]!));
    for (const [id, name] of createdPeople) names.set(id, name);
    return names;
  }

  function publish(): void {
    const p = projected.current;
    if (p === null) {
      emit({ screen: 'neutral', mesaName: 'Mesa' });
      return;
    }
    const list = select(plenary(), p.filter, p.sort);
    const pages = Math.max(1, Math.ceil(list.length / PROJECTED_ROWS));
    const page = Math.min(Math.max(0, p.page), pages - 1);
    const counts = { pendiente: 0, en_proceso: 0, cumplido: 0, cancelado: 0, overdue: 0 };
    for (const r of list) {
      counts[r.status] += 1;
      if (isOverdue(r, today)) counts.overdue += 1;
    }
    emit({
      screen: 'matrix',
      matrix: {
        language: 'es',
        mesaName: 'Mesa',
        title: p.title,
        filterSummary: [],
        rows: list.slice(page * PROJECTED_ROWS, (page + 1) * PROJECTED_ROWS).map((r) => ({
          code: r.code,
          text: r.text,
          session: r.session,
          responsible: [r.committee, ...r.responsible].filter(Boolean).join('; ') || null,
          dueOn: r.dueOn,
          status: r.status,
          progress: r.progress,
          overdue: isOverdue(r, today),
        })),
        page,
        pages,
        total: list.length,
        counts,
      },
    });
  }

  const handlers = {
    agreements: {
      matrix: () => ok(rows.map(strip)),
      detail: ({ id }: { id: number }) => {
        const row = rows.find((r) => r.id === id);
        if (!row) return fail('not_found', 'Ese acuerdo no existe.');
        const visibility = row.visibility ?? 'plenary';
        const detail: AgreementDetailDto = {
          agreement: strip(row),
          visibility,
          session: {
            id: row.sessionId,
            title: row.session,
            date: row.sessionDate,
            kind: visibility === 'citizens' ? 'citizen_meeting' : 'plenary',
            status: 'closed',
          },
          followUps: seed.followUps?.[id] ?? [],
          history: seed.history?.[id] ?? [{ at: `${row.sessionDate}T18:00:00.000Z`, actor: 'secretaria', action: 'insert', what: 'agreement' }],
        };
        return ok(detail);
      },
      committee: ({ committeeId }: { committeeId: number }) => {
        const name = committeeNames().get(committeeId);
        if (name === undefined) return fail('not_found', 'Ese comité no existe.');
        const lastMeetingOn = seed.lastMeetings?.[committeeId] ?? null;
        const mine = plenary().filter((r) => r.committeeId === committeeId);
        const closedSince = (r: MatrixRow) => lastMeetingOn === null || (r.lastFollowUp !== null && r.lastFollowUp.on > lastMeetingOn);
        return ok({
          committee: { id: committeeId, name },
          lastMeetingOn,
          rows: [...mine.filter((r) => isOpenAgreement(r.status)), ...mine.filter((r) => !isOpenAgreement(r.status) && closedSince(r))],
        });
      },
      importPreview: ({ sheet, createMissing }: { sheet: AgreementsSheetDto; createMissing: boolean }) => {
        const read = readSheet(sheet);
        if (!read.ok) return read;
        return ok(plan(read.value, createMissing).preview);
      },
      importApply: ({ sheet, createMissing }: { sheet: AgreementsSheetDto; createMissing: boolean }) => {
        const read = readSheet(sheet);
        if (!read.ok) return read;
        const { preview, work } = plan(read.value, createMissing);
        if (preview.invalidRows > 0) {
          return fail('invalid_argument', `El archivo tiene ${preview.invalidRows} fila(s) con problemas; no se importó nada. Revise la vista previa.`);
        }
        const result = { imported: 0, followUps: 0, createdSessions: [] as { id: number; title: string }[], createdCommittees: [] as { id: number; name: string }[], createdPeople: [] as { id: number; name: string }[] };
        const sessionIds = new Map<string, number>();
        for (const s of preview.newSessions) {
          const id = 500 + sessionIds.size;
          sessionIds.set(s.title, id);
          result.createdSessions.push({ id, title: s.title });
        }
        for (const c of preview.missingCommittees) {
          const id = nextCommittee++;
          createdCommittees.set(id, c.name);
          result.createdCommittees.push({ id, name: c.name });
        }
        for (const p of preview.missingPeople) {
          const id = nextPerson++;
          createdPeople.set(id, p.name);
          result.createdPeople.push({ id, name: p.name });
        }
        const committeeId = (name: string | null) =>
          name === null ? null : [...committeeNames()].find(([, n]) => nameKey(n) === nameKey(name))?.[0] ?? null;
        const personId = (name: string) => [...peopleNames()].find(([, n]) => nameKey(n) === nameKey(name))![0];
        for (const w of work) {
          const responsibleIds = w.responsibles.map(personId);
          rows.push({
            id: nextId++,
            code: w.code,
            text: w.text,
            sessionId: w.sessionId ?? sessionIds.get(w.session)!,
            session: w.session,
            sessionDate: w.sessionDate,
            committeeId: committeeId(w.committee),
            committee: w.committee,
            responsibleIds,
            responsible: responsibleIds.map((id) => peopleNames().get(id)!),
            dueOn: w.dueOn,
            status: w.status,
            progress: w.progress,
            lastFollowUp: w.followUp === null ? null : { on: today, status: w.status, progress: w.progress, note: w.followUp },
            followUps: w.followUp === null ? 0 : 1,
          });
          result.imported += 1;
          if (w.followUp !== null) result.followUps += 1;
        }
        return ok(result);
      },
      exportDocx: ({ filter, sort, path, plenaryOnly, confirmedLeavesWorkspace }: { filter: MatrixFilter; sort: MatrixSort | null; path: string; language: 'es' | 'en'; plenaryOnly: boolean; confirmedLeavesWorkspace: boolean }) => {
        if (confirmedLeavesWorkspace !== true) {
          return fail('forbidden', 'La matriz de acuerdos en DOCX se escribe sin cifrar, fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.');
        }
        if (!path.toLowerCase().endsWith('.docx')) return fail('invalid_argument', 'El archivo debe terminar en .docx.');
        const list = select(plenaryOnly ? plenary() : rows.map(strip), filter, sort);
        return ok({ path, sha256: '9c4e2a7b1f03'.padEnd(64, '0'), bytes: 24_576, rows: list.length });
      },
      exportPlaintext: (args: { filter: MatrixFilter; sort: MatrixSort | null; path: string; format: 'csv' | 'xlsx'; confirmedLeavesWorkspace: boolean }) => {
        if (args.confirmedLeavesWorkspace !== true) {
          return fail('forbidden', 'Un archivo CSV o XLSX queda fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.');
        }
        if (!args.path.toLowerCase().endsWith(`.${args.format}`)) return fail('invalid_argument', `El archivo debe terminar en .${args.format}.`);
        const list = select(rows.map(strip), args.filter, args.sort);
        return ok({ path: args.path, sha256: '5d1b77e0aa42'.padEnd(64, '0'), bytes: 8_192, rows: list.length });
      },
      suggestExportPath: ({ format }: { format: 'docx' | 'csv' | 'xlsx' }) => ok(`/home/secretaria/Documentos/Matriz de acuerdos ${today}.${format}`),
      views: () => ok(views),
      saveView: (view: MatrixViewDto) => {
        const name = view.name.trim();
        if (!name) return fail('invalid_argument', 'Escriba un nombre para la vista.');
        views = [...views.filter((v) => v.name !== name), { ...view, name }].sort((a, b) => a.name.localeCompare(b.name, 'es'));
        return ok(views);
      },
      removeView: ({ name }: { name: string }) => {
        if (!views.some((v) => v.name === name)) return fail('not_found', 'No hay una vista guardada con ese nombre.');
        views = views.filter((v) => v.name !== name);
        return ok(views);
      },
      project: ({ projection }: { projection: MatrixProjectionDto | null }) => {
        projected.current = projection;
        publish();
        return ok(undefined);
      },
    },
  };

  /** The sheet's rows resolved against the matrix, the Mesa and what the file itself names. */
  function plan(sheet: ReadSheet, createMissing: boolean) {
    const committees = new Set([...committeeNames().values()].map(committeeKey));
    const people = new Set([...peopleNames().values()].map(nameKey));
    const sessions = new Map(rows.map((r) => [nameKey(r.session), { id: r.sessionId, title: r.session, date: r.sessionDate }]));
    const codes = new Set(rows.map((r) => r.code.toUpperCase()));
    const missingCommittees = new Map<string, { name: string; lines: number[] }>();
    const missingPeople = new Map<string, { name: string; lines: number[] }>();
    const newSessions = new Map<string, { title: string; date: string; lines: number[] }>();
    const previewRows: AgreementImportRowDto[] = [];
    const work: Work[] = [];
    let followUps = 0;

    for (const r of sheet.rows) {
      const issues = [...r.issues];
      let session: { id: number | null; title: string; date: string } | null = null;
      if (r.session !== null || r.sessionDate !== null) {
        const existing = r.session === null ? undefined : sessions.get(nameKey(r.session));
        const numbered = r.session === null ? null : /(\d+)\s*\/\s*(\d{4})/.exec(r.session);
        if (existing) session = existing;
        else if (r.sessionDate === null) issues.push(issueOf('fecha_sesion', 'session_needs_date', r.session ?? undefined));
        else if (r.sessionDate > today) issues.push(issueOf('fecha_sesion', 'session_in_future', r.session ?? undefined));
        else {
          const title = `Sesión plenaria ordinaria ${numbered ? `${numbered[1]}/${numbered[2]}` : `${newSessions.size + 1}/${r.sessionDate.slice(0, 4)}`}`;
          const planned = newSessions.get(title) ?? { title, date: r.sessionDate, lines: [] };
          planned.lines.push(r.line);
          newSessions.set(title, planned);
          session = { id: null, title, date: r.sessionDate };
        }
      }
      if (r.code !== null && codes.has(r.code.toUpperCase())) issues.push(issueOf('clave', 'duplicate_existing', r.code));
      if (r.committee !== null && !committees.has(committeeKey(r.committee))) {
        const missing = missingCommittees.get(committeeKey(r.committee)) ?? { name: r.committee, lines: [] };
        missing.lines.push(r.line);
        missingCommittees.set(committeeKey(r.committee), missing);
        if (!createMissing) issues.push(issueOf('comite', 'unknown_committee', r.committee));
      }
      for (const name of r.responsibles) {
        if (people.has(nameKey(name))) continue;
        const missing = missingPeople.get(nameKey(name)) ?? { name, lines: [] };
        missing.lines.push(r.line);
        missingPeople.set(nameKey(name), missing);
        if (!createMissing) issues.push(issueOf('responsables', 'unknown_person', name));
      }
      const code = r.code ?? (session ? `PL-${session.title.split(' ').at(-1)}-${String(previewRows.length + 1).padStart(2, '0')}` : null);
      // In the columns' order, as main gives them.
      issues.sort((a, b) => (a.column === null ? -1 : agreementSheetColumns.indexOf(a.column)) - (b.column === null ? -1 : agreementSheetColumns.indexOf(b.column)));
      previewRows.push({ line: r.line, code, text: r.text, session: session?.title ?? null, issues });
      if (issues.length === 0 && session && code) {
        if (r.followUp !== null) followUps += 1;
        work.push({ ...r, code, session: session.title, sessionId: session.id, sessionDate: session.date });
      }
    }
    const invalidRows = previewRows.filter((r) => r.issues.length > 0).length;
    const preview: AgreementsImportPreviewDto = {
      format: sheet.format,
      delimiter: sheet.delimiter,
      missingColumns: agreementSheetColumns.filter((c) => !sheet.columns.includes(c)),
      ignoredColumns: sheet.header.filter((_, i) => sheet.columns[i] === null && sheet.header[i] !== ''),
      header: sheet.header,
      columns: sheet.columns,
      rows: previewRows,
      validRows: previewRows.length - invalidRows,
      invalidRows,
      followUps,
      newSessions: [...newSessions.values()],
      missingCommittees: [...missingCommittees.values()],
      missingPeople: [...missingPeople.values()],
      createMissing,
    };
    return { preview, work };
  }

  return {
    handlers,
    rows,
    /** What the projector is showing of the matrix, as main would have it. */
    projected: () => projected.current,
    views: () => views,
  };
}

interface SheetRow {
  line: number;
  code: string | null;
  text: string;
  session: string | null;
  sessionDate: string | null;
  committee: string | null;
  responsibles: string[];
  dueOn: string | null;
  status: AgreementStatus;
  progress: number;
  followUp: string | null;
  issues: AgreementImportIssueDto[];
}

type Work = Omit<SheetRow, 'session' | 'sessionDate' | 'code'> & { code: string; session: string; sessionId: number | null; sessionDate: string };

interface ReadSheet {
  format: 'csv' | 'xlsx';
  delimiter: ',' | ';' | null;
  header: string[];
  columns: (AgreementSheetColumn | null)[];
  rows: SheetRow[];
}

const committeeKey = (name: string) => nameKey(name).replace(/^comite (de (la |las |los |el )?)?/, '');

function issueOf(column: AgreementSheetColumn | null, code: AgreementImportIssueDto['code'], value?: string): AgreementImportIssueDto {
  return { column, code, ...(value === undefined ? {} : { value }), message: `${column ?? 'fila'}: ${code}` };
}

/** "Fecha sesión" → fecha_sesion. */
function canonical(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, '_')
    .replace(/[^a-z0-9_]/g, '');
}

function day(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return value;
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : null;
}

/** Quoted fields with the separator or doubled quotes inside, as spreadsheets write them. */
function splitLine(line: string, delimiter: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out.map((v) => v.trim());
}

/** An XLSX in the fake is a CSV sent as base64: enough to prove the bytes travel as main expects. */
function readSheet(sheet: AgreementsSheetDto) {
  const text = (sheet.format === 'csv' ? sheet.text : new TextDecoder().decode(Uint8Array.from(atob(sheet.base64), (c) => c.charCodeAt(0)))).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  const headerLine = lines[0] ?? '';
  const delimiter = (headerLine.split(';').length > headerLine.split(',').length ? ';' : ',') as ',' | ';';
  const header = splitLine(headerLine, delimiter);
  const taken = new Set<AgreementSheetColumn>();
  const columns = header.map((name): AgreementSheetColumn | null => {
    const mapped = Object.hasOwn(sheet.mapping, name) ? sheet.mapping[name]! : ((agreementSheetColumns as readonly string[]).includes(canonical(name)) ? (canonical(name) as AgreementSheetColumn) : null);
    if (mapped === null || taken.has(mapped)) return null;
    taken.add(mapped);
    return mapped;
  });
  if (!taken.has('acuerdo') || !(taken.has('sesion') || taken.has('fecha_sesion'))) {
    return fail('invalid_argument', `Faltan columnas obligatorias en el encabezado: acuerdo, sesion o fecha_sesion.`);
  }
  const rows: SheetRow[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const values = splitLine(line, delimiter);
    const cell = (c: AgreementSheetColumn) => {
      const at = columns.indexOf(c);
      return at < 0 ? '' : (values[at] ?? '');
    };
    const issues: AgreementImportIssueDto[] = [];
    const date = (c: AgreementSheetColumn) => {
      const v = cell(c);
      if (v === '') return null;
      const d = day(v);
      if (d === null) issues.push(issueOf(c, 'invalid_date', v));
      return d;
    };
    const text = cell('acuerdo');
    if (text === '') issues.push(issueOf('acuerdo', 'required'));
    const statusWord = cell('estatus');
    const status = statusWord === '' ? 'pendiente' : statusFromWord(statusWord);
    if (status === null) issues.push(issueOf('estatus', 'unknown_status', statusWord));
    const progressText = cell('avance').replace('%', '').trim();
    const progress = progressText === '' ? 0 : Number(progressText);
    if (!Number.isInteger(progress) || progress < 0 || progress > 100) issues.push(issueOf('avance', 'invalid_progress', cell('avance')));
    rows.push({
      line: i + 2,
      code: cell('clave') || null,
      text,
      session: cell('sesion') || null,
      sessionDate: date('fecha_sesion'),
      committee: cell('comite') || null,
      responsibles: cell('responsables')
        .split(';')
        .map((n) => n.trim())
        .filter(Boolean),
      dueOn: date('fecha_compromiso'),
      status: status ?? 'pendiente',
      progress: Number.isInteger(progress) ? progress : 0,
      followUp: cell('seguimiento') || null,
      issues,
    });
  });
  return ok<ReadSheet>({ format: sheet.format, delimiter: sheet.format === 'csv' ? delimiter : null, header, columns, rows });
}

const STATUSES: AgreementStatus[] = ['pendiente', 'en_proceso', 'cumplido', 'cancelado'];
const COMMITTEES: [number, string][] = [
  [1, 'Comité de prevención social de la violencia'],
  [2, 'Comité de indicadores'],
  [3, 'Comité anti robo de autos'],
  [4, 'Comité de secuestro y extorsión'],
];
const PEOPLE: [number, string][] = [
  [1, 'María Fernanda Ortiz Salas'],
  [2, 'José Luis Carrasco Peña'],
  [6, 'Gabriel Quintana Leyva'],
  [7, 'Patricia Villalobos Anaya'],
];

/**
 * `count` agreements over monthly plenaries ending before `today`, deterministic: every fifth
 * has no committee, every seventh is citizen-only, statuses and due dates cycle so some are overdue.
 */
export function manyAgreements(count: number, today: string): SeedAgreement[] {
  const out: SeedAgreement[] = [];
  const perSession = 50;
  const sessions = Math.ceil(count / perSession);
  const start = new Date(`${today}T00:00:00Z`);
  for (let i = 0; i < count; i++) {
    const s = Math.floor(i / perSession);
    const sessionDate = new Date(start);
    sessionDate.setUTCDate(sessionDate.getUTCDate() - 7 * (sessions - s));
    const date = sessionDate.toISOString().slice(0, 10);
    const due = new Date(sessionDate);
    due.setUTCDate(due.getUTCDate() + 30 + (i % 60));
    const committee = i % 5 === 4 ? null : COMMITTEES[i % COMMITTEES.length]!;
    const person = PEOPLE[i % PEOPLE.length]!;
    // Shifted every four rows, so that every committee has agreements of every status.
    const status = STATUSES[(i + Math.floor(i / 4)) % STATUSES.length]!;
    const number = s + 1;
    const seq = (i % perSession) + 1;
    out.push({
      id: i + 1,
      code: `PL-${number}/${date.slice(0, 4)}-${String(seq).padStart(2, '0')}`,
      text: `Acuerdo número ${i + 1}: revisar el avance del programa ${['de alumbrado', 'de patrullaje', 'de denuncias', 'escolar', 'vecinal'][i % 5]} en la colonia ${['Centro', 'Las Huertas', 'El Mirador', 'Felipe Ángeles'][i % 4]}.`,
      sessionId: number,
      session: `Sesión plenaria ordinaria ${number}/${date.slice(0, 4)}`,
      sessionDate: date,
      committeeId: committee?.[0] ?? null,
      committee: committee?.[1] ?? null,
      responsibleIds: [person[0]],
      responsible: [person[1]],
      dueOn: i % 9 === 0 ? null : due.toISOString().slice(0, 10),
      status,
      progress: status === 'cumplido' ? 100 : status === 'en_proceso' ? (i * 7) % 90 + 5 : 0,
      lastFollowUp: i % 3 === 0 ? null : { on: date, status, progress: 0, note: null },
      followUps: i % 3 === 0 ? 0 : 1,
      visibility: i % 7 === 6 ? 'citizens' : 'plenary',
    });
  }
  return out;
}
