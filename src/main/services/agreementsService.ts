import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { agreementRepository } from '../db/repositories/agreementRepository.js';
import { auditRepository } from '../db/repositories/auditRepository.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { exportRepository } from '../db/repositories/exportRepository.js';
import { matrixRepository, type MatrixDbRow } from '../db/repositories/matrixRepository.js';
import { mesaRepository } from '../db/repositories/mesaRepository.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { plenaryReadRepository } from '../db/repositories/plenaryReadRepository.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import { buildMatrixDocument } from '../export/docx/matrixDocument.js';
import { writeDocxFile, writeFileAtomic } from '../export/docx/writeDocx.js';
import { matrixCsv, matrixXlsx } from '../export/plaintext/matrixPlaintext.js';
import { issue, parseAgreementsSheet, tableFromCsv, type ParsedAgreementsSheet, type SheetAgreementRow } from '../import/agreementsSheet.js';
import { readXlsx } from '../import/xlsx.js';
import { filterMatrix, isOverdue, sortMatrix, STATUS_WORDS, type MatrixFilter, type MatrixRow, type MatrixSort } from '../../shared/domain/agreements.js';
import { agreementCode, agreementPrefix, isOpenAgreement, type AgreementStatus } from '../../shared/domain/live.js';
import { nameKey } from '../../shared/domain/people.js';
import { sessionTitle, type PlenaryType } from '../../shared/domain/sessions.js';
import type { Visibility } from '../../shared/domain/visibility.js';
import {
  agreementSheetColumns,
  type AgreementDetailDto,
  type AgreementHistoryDto,
  type AgreementImportIssueDto,
  type AgreementImportRowDto,
  type AgreementsImportInput,
  type AgreementsImportPreviewDto,
  type AgreementsImportResultDto,
  type CommitteeAgreementsDto,
  type ExportWrittenDto,
  type MatrixDocxExportDto,
  type MatrixPlaintextExportDto,
} from '../../shared/ipc/dto/agreements.js';
import type { SessionDto } from '../../shared/ipc/contract.js';
import { requirePlaintextConfirmation } from './plaintextConfirmation.js';
import type { ServiceContext } from './serviceContext.js';
import type { ProjectionService } from './projectionService.js';
import { inDocuments } from './suggestedPaths.js';
import type { MatrixProjectionDto } from '../../shared/ipc/dto/agreements.js';
import type { ProjectionMatrixDto } from '../../shared/ipc/dto/projection.js';

/** Rows per projected page: readable from the back of the room. */
const PROJECTED_ROWS = 8;

/**
 * The agreements matrix (issue 7): the coordinator's whole matrix and its plenary-safe
 * variant, one agreement's detail, a committee's current agreements, the spreadsheet import
 * and the exports. Filters and sorts are the shared pure ones, so every surface agrees.
 */
export class AgreementsService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly projection: ProjectionService,
    private readonly documentsDir: string | undefined,
  ) {}

  /**
   * Puts a filtered matrix on the projector, plenary-visible agreements only, rebuilt on every
   * publish so a follow-up recorded meanwhile shows; null gives the projector back.
   */
  project(p: MatrixProjectionDto | null): void {
    this.projection.setMatrix(p === null ? null : (language) => this.matrixProjection(p, language));
  }

  suggestExportPath(format: 'docx' | 'csv' | 'xlsx'): string {
    return inDocuments(this.documentsDir, `Matriz de acuerdos ${this.ctx.today()}.${format}`);
  }

  private matrixProjection(p: MatrixProjectionDto, language: 'es' | 'en'): ProjectionMatrixDto {
    const today = this.ctx.today();
    const rows = this.select(this.plenaryMatrix(), p.filter, p.sort, today);
    const pages = Math.max(1, Math.ceil(rows.length / PROJECTED_ROWS));
    const page = Math.min(Math.max(0, p.page), pages - 1);
    const counts = { pendiente: 0, en_proceso: 0, cumplido: 0, cancelado: 0, overdue: 0 };
    for (const r of rows) {
      counts[r.status] += 1;
      if (isOverdue(r, today)) counts.overdue += 1;
    }
    return {
      language,
      mesaName: mesaRepository.get(this.ctx.db()).name,
      title: p.title,
      filterSummary: this.filterSummary(p.filter, language),
      rows: rows.slice(page * PROJECTED_ROWS, (page + 1) * PROJECTED_ROWS).map((r) => ({
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
      total: rows.length,
      counts,
    };
  }

  /** Every agreement, citizen-only ones included: the coordinator's own matrix. */
  matrix(): MatrixRow[] {
    return matrixRows(matrixRepository.rows(this.ctx.db()));
  }

  /** Without anything citizen-only: for the projector and documents the plenary sees. */
  plenaryMatrix(): MatrixRow[] {
    return matrixRows(plenaryReadRepository.matrixRows(this.ctx.db()));
  }

  detail(id: number): AgreementDetailDto {
    const db = this.ctx.db();
    const row = matrixRepository.one(db, id);
    if (!row) throw new AppFailure('not_found', 'Ese acuerdo no existe.');
    const session = sessionRepository.get(db, row.session_id)!;
    const followups = agreementRepository.followups(db, id);
    const history = [
      ...auditRepository.forEntity(db, 'agreements', [id]).map((e) => ({ ...e, what: 'agreement' as const })),
      ...auditRepository
        .forEntity(db, 'agreement_responsibles', agreementRepository.responsibles(db, id).map((r) => r.id))
        .map((e) => ({ ...e, what: 'responsible' as const })),
      ...auditRepository.forEntity(db, 'agreement_followups', followups.map((f) => f.id)).map((e) => ({ ...e, what: 'followup' as const })),
    ]
      .sort((a, b) => a.id - b.id)
      .map((e): AgreementHistoryDto => ({ at: e.at, actor: e.actor, action: e.action, what: e.what }));
    return {
      agreement: matrixRow(row),
      visibility: row.visibility,
      session: { id: session.id, title: session.title, date: session.scheduledAt.slice(0, 10), kind: session.kind, status: session.status },
      followUps: followups.map((f) => ({
        id: f.id,
        on: f.recorded_on,
        sessionId: f.session_id,
        session:
          f.session_kind === null
            ? null
            : sessionTitle({ kind: f.session_kind, plenaryType: f.plenary_type, number: f.session_number!, year: f.session_year!, committeeName: f.session_committee }),
        status: f.status,
        progress: f.progress,
        note: f.note,
      })),
      history,
    };
  }

  /**
   * What a committee's monthly meeting reads (cuadro 8): its open agreements, and those
   * fulfilled or cancelled since its last meeting. Plenary-safe: outsiders and officials may sit
   * on a committee.
   */
  committeeAgreements(committeeId: number): CommitteeAgreementsDto {
    const db = this.ctx.db();
    const today = this.ctx.today();
    const committee = committeeRepository.get(db, committeeId, today);
    if (!committee) throw new AppFailure('not_found', 'Ese comité no existe.');
    const lastMeetingOn = sessionRepository.lastCommitteeMeetingBefore(db, committeeId, today);
    const rows = this.plenaryMatrix().filter((r) => r.committeeId === committeeId);
    const closedSince = (r: MatrixRow) => lastMeetingOn === null || (r.lastFollowUp !== null && r.lastFollowUp.on > lastMeetingOn);
    return {
      committee: { id: committee.id, name: committee.name },
      lastMeetingOn,
      rows: [...rows.filter((r) => isOpenAgreement(r.status)), ...rows.filter((r) => !isOpenAgreement(r.status) && closedSince(r))],
    };
  }

  /**
   * Reads the sheet and checks every row against the workspace; writes nothing. Without
   * `createMissing`, a row naming an unknown committee or person is an error.
   */
  async importPreview(input: AgreementsImportInput, options: { createMissing?: boolean } = {}): Promise<AgreementsImportPreviewDto> {
    const parsed = await parseInput(input);
    return this.plan(this.ctx.db(), parsed, options.createMissing ?? false).preview;
  }

  /** All rows or none: one transaction; a single bad row writes nothing. */
  async importApply(input: AgreementsImportInput, options: { createMissing: boolean }): Promise<AgreementsImportResultDto> {
    const parsed = await parseInput(input);
    return this.ctx.write((db, audit) => {
      const { preview, work } = this.plan(db, parsed, options.createMissing);
      if (preview.invalidRows > 0) {
        throw new AppFailure('invalid_argument', `El archivo tiene ${preview.invalidRows} fila(s) con problemas; no se importó nada. Revise la vista previa.`);
      }
      const today = this.ctx.today();
      const result: AgreementsImportResultDto = { imported: 0, followUps: 0, createdSessions: [], createdCommittees: [], createdPeople: [] };

      const sessionIds = new Map<string, number>();
      for (const s of work.newSessions) {
        const id = sessionRepository.insert(db, {
          kind: 'plenary',
          plenaryType: s.plenaryType,
          number: s.number,
          year: s.year,
          committeeId: null,
          preparesSessionId: null,
          // The sheet gives the day only.
          scheduledAt: `${s.date}T00:00`,
          place: null,
        });
        sessionRepository.setStatus(db, id, 'closed');
        audit('insert', 'sessions', id);
        sessionIds.set(s.key, id);
        result.createdSessions.push({ id, title: s.title });
      }
      const committeeIds = new Map<string, number>();
      for (const c of work.newCommittees) {
        const id = committeeRepository.insert(db, { name: c.name, kind: 'working', axis: null, createdOn: today });
        audit('insert', 'committees', id);
        committeeIds.set(c.key, id);
        result.createdCommittees.push({ id, name: c.name });
      }
      const personIds = new Map<string, number>();
      for (const p of work.newPeople) {
        const id = peopleRepository.insert(db, {
          kind: 'collaborator',
          fullName: p.name,
          email: null,
          phone: null,
          post: null,
          institution: null,
          order: null,
          power: null,
          substituteId: null,
          joinedOn: today,
          leftOn: null,
          leaveReason: null,
          notes: `Registrada al importar la matriz de acuerdos el ${today}; revise su tipo y sus datos.`,
        });
        audit('insert', 'people', id);
        personIds.set(p.key, id);
        result.createdPeople.push({ id, name: p.name });
      }

      for (const a of work.agreements) {
        const sessionId = typeof a.session === 'number' ? a.session : sessionIds.get(a.session)!;
        const id = agreementRepository.insert(db, {
          sessionId,
          agendaItemId: null,
          seq: a.seq,
          code: a.code,
          text: a.row.text,
          committeeId: a.committee === null ? null : typeof a.committee === 'number' ? a.committee : committeeIds.get(a.committee)!,
          dueOn: a.row.dueOn,
          visibility: a.visibility,
        });
        if (a.row.status !== 'pendiente' || a.row.progress !== 0) agreementRepository.setProgress(db, id, a.row.status, a.row.progress);
        audit('insert', 'agreements', id);
        for (const r of a.responsibles) {
          audit('insert', 'agreement_responsibles', agreementRepository.addResponsible(db, id, typeof r === 'number' ? r : personIds.get(r)!));
        }
        if (a.row.followUp !== null) {
          const followupId = agreementRepository.insertFollowup(db, {
            agreementId: id,
            sessionId: null,
            recordedOn: today,
            status: a.row.status,
            progress: a.row.progress,
            note: a.row.followUp,
            visibility: a.visibility,
          });
          audit('insert', 'agreement_followups', followupId);
          result.followUps += 1;
        }
        result.imported += 1;
      }
      return result;
    });
  }

  /** The filtered matrix as a landscape DOCX table, once the user confirmed it leaves the workspace; logged with its SHA-256. */
  async exportDocx(dto: MatrixDocxExportDto): Promise<ExportWrittenDto> {
    requirePlaintextConfirmation(dto.confirmedLeavesWorkspace, 'La matriz de acuerdos en DOCX');
    const file = targetFile(dto.path, '.docx');
    const today = this.ctx.today();
    const all = dto.plenaryOnly ? this.plenaryMatrix() : this.matrix();
    const rows = this.select(all, dto.filter, dto.sort, today);
    const summary = this.filterSummary(dto.filter, dto.language);
    if (!dto.plenaryOnly) {
      const plenaryIds = new Set(this.plenaryMatrix().map((r) => r.id));
      if (rows.some((r) => !plenaryIds.has(r.id))) summary.push(dto.language === 'es' ? 'Incluye acuerdos solo para ciudadanos.' : 'Includes citizen-only agreements.');
    }
    const mesa = mesaRepository.get(this.ctx.db());
    const doc = buildMatrixDocument({
      language: dto.language,
      mesa: { name: mesa.name, municipality: mesa.municipality },
      title: dto.language === 'es' ? 'Matriz de acuerdos' : 'Agreements matrix',
      filterSummary: summary,
      generatedOn: today,
      today,
      rows,
    });
    const written = await writeDocxFile(doc, file);
    this.logExport('agreements_matrix', file, written);
    return { ...written, rows: rows.length };
  }

  /**
   * The filtered matrix as CSV or XLSX: a plaintext copy outside the encrypted workspace, so
   * only with the user's explicit confirmation; logged like every export.
   */
  async exportPlaintext(dto: MatrixPlaintextExportDto): Promise<ExportWrittenDto> {
    if (dto.confirmedLeavesWorkspace !== true) {
      throw new AppFailure('forbidden', 'Un archivo CSV o XLSX queda fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.');
    }
    const file = targetFile(dto.path, dto.format === 'csv' ? '.csv' : '.xlsx');
    const today = this.ctx.today();
    const rows = this.select(this.matrix(), dto.filter, dto.sort, today);
    const bytes = dto.format === 'csv' ? Buffer.from(matrixCsv(rows, today), 'utf8') : await matrixXlsx(rows, today);
    const written = await writeFileAtomic(bytes, file);
    this.logExport(`agreements_matrix_${dto.format}`, file, written);
    return { ...written, rows: rows.length };
  }

  private select(rows: MatrixRow[], filter: MatrixFilter, sort: MatrixSort | null, today: string): MatrixRow[] {
    const filtered = filterMatrix(rows, filter, today);
    return sort ? sortMatrix(filtered, sort, today) : filtered;
  }

  private logExport(kind: string, file: string, written: { sha256: string; bytes: number }): void {
    this.ctx.write((db, audit) => {
      audit('insert', 'exports', exportRepository.insert(db, { sessionId: null, kind, filename: path.basename(file), sha256: written.sha256, size: written.bytes }));
    });
  }

  /** One line per active filter, in the document's language. */
  private filterSummary(filter: MatrixFilter, language: 'es' | 'en'): string[] {
    const db = this.ctx.db();
    const es = language === 'es';
    const lines: string[] = [];
    if (filter.statuses && filter.statuses.length > 0) {
      const words = filter.statuses.map((s) => (es ? STATUS_WORDS[s] : STATUS_EN[s]));
      lines.push(`${es ? 'Estatus' : 'Status'}: ${words.join(', ')}`);
    }
    if (filter.committeeId !== undefined) {
      const name = filter.committeeId === null ? (es ? 'sin comité' : 'no committee') : (committeeRepository.get(db, filter.committeeId, this.ctx.today())?.name ?? `#${filter.committeeId}`);
      lines.push(`${es ? 'Comité' : 'Committee'}: ${name}`);
    }
    if (filter.committeeName !== undefined) lines.push(`${es ? 'Comité' : 'Committee'}: ${filter.committeeName}`);
    if (filter.responsibleId !== undefined) {
      const name = peopleRepository.get(db, filter.responsibleId, this.ctx.today())?.fullName ?? `#${filter.responsibleId}`;
      lines.push(`${es ? 'Responsable' : 'Responsible'}: ${name}`);
    }
    if (filter.overdue === true) lines.push(es ? 'Solo vencidos' : 'Overdue only');
    if (filter.overdue === false) lines.push(es ? 'Sin vencidos' : 'Not overdue');
    if (filter.from || filter.to) {
      lines.push(
        es
          ? `Sesiones${filter.from ? ` desde el ${filter.from}` : ''}${filter.to ? ` hasta el ${filter.to}` : ''}`
          : `Sessions${filter.from ? ` from ${filter.from}` : ''}${filter.to ? ` to ${filter.to}` : ''}`,
      );
    }
    if (filter.text?.trim()) lines.push(`${es ? 'Texto' : 'Text'}: «${filter.text.trim()}»`);
    return lines;
  }

  /** Resolves every row against the workspace: sessions, codes, committees, people. */
  private plan(db: Db, parsed: ParsedAgreementsSheet, createMissing: boolean): { preview: AgreementsImportPreviewDto; work: ImportWork } {
    const today = this.ctx.today();
    const rows = parsed.rows.map((row) => ({ row, issues: [...row.issues] }));
    const sessions = new SessionResolver(sessionRepository.list(db), today, (k) => sessionRepository.nextNumber(db, { kind: 'plenary', plenaryType: k.plenaryType, committeeId: null, year: k.year }));
    const targets = sessions.resolve(rows);

    // Codes: a clave already used, or repeated in the file, is an error; a blank one is generated.
    const existingCodes = new Set(agreementRepository.codes(db).map(codeKey));
    const firstLine = new Map<string, number>();
    const givenOk = new Set<string>();
    for (const r of rows) {
      if (r.row.code === null) continue;
      const key = codeKey(r.row.code);
      if (existingCodes.has(key)) r.issues.push(issue('clave', 'duplicate_existing', { value: r.row.code }));
      else if (firstLine.has(key)) r.issues.push(issue('clave', 'duplicate_in_file', { value: r.row.code, expected: String(firstLine.get(key)) }));
      else givenOk.add(key);
      if (!firstLine.has(key)) firstLine.set(key, r.row.line);
    }
    const reserved = new Set([...existingCodes, ...givenOk]);
    const codes = assignCodes(
      rows,
      targets,
      reserved,
      (id) => agreementRepository.ofSession(db, id).map((a) => a.seq),
      (t) => sessions.codeShape(t),
    );

    // The same text twice in one session is the same agreement: a sheet imported again, or a pasted row.
    const textKey = (session: string, text: string) => `${session}|${nameKey(text)}`;
    const existingTexts = new Set(agreementRepository.sessionTexts(db).map((a) => textKey(`#${a.session_id}`, a.text)));
    const textLine = new Map<string, number>();
    rows.forEach((r, i) => {
      const t = targets[i];
      if (!t || r.row.text === '') return;
      const key = textKey('existing' in t ? `#${t.existing.id}` : t.key, r.row.text);
      if (existingTexts.has(key)) r.issues.push(issue('acuerdo', 'duplicate_text', { value: sessions.title(t) }));
      else if (textLine.has(key)) r.issues.push(issue('acuerdo', 'duplicate_text', { expected: String(textLine.get(key)) }));
      else textLine.set(key, r.row.line);
    });

    // Committees and people: matched without case or accents; unknown ones are offered for creation.
    const committees = new Map<string, number>();
    for (const c of committeeRepository.list(db, today)) if (!committees.has(committeeKey(c.name))) committees.set(committeeKey(c.name), c.id);
    const people = new Map<string, number>();
    for (const p of peopleRepository.names(db)) if (!people.has(nameKey(p.full_name))) people.set(nameKey(p.full_name), p.id);
    const missingCommittees = new Map<string, { name: string; lines: number[] }>();
    const missingPeople = new Map<string, { name: string; lines: number[] }>();
    const committeeOf: (number | string | null)[] = [];
    const responsiblesOf: (number | string)[][] = [];
    for (const r of rows) {
      let committee: number | string | null = null;
      if (r.row.committee !== null) {
        const key = committeeKey(r.row.committee);
        const id = committees.get(key);
        if (id !== undefined) committee = id;
        else {
          const missing = missingCommittees.get(key) ?? { name: r.row.committee, lines: [] };
          missing.lines.push(r.row.line);
          missingCommittees.set(key, missing);
          committee = key;
          if (!createMissing) r.issues.push(issue('comite', 'unknown_committee', { value: r.row.committee }));
        }
      }
      committeeOf.push(committee);
      responsiblesOf.push(
        r.row.responsibles.map((name) => {
          const key = nameKey(name);
          const id = people.get(key);
          if (id !== undefined) return id;
          const missing = missingPeople.get(key) ?? { name, lines: [] };
          missing.lines.push(r.row.line);
          missingPeople.set(key, missing);
          if (!createMissing) r.issues.push(issue('responsables', 'unknown_person', { value: name }));
          return key;
        }),
      );
    }

    const previewRows: AgreementImportRowDto[] = rows.map((r, i) => ({
      line: r.row.line,
      code: codes[i]?.code ?? null,
      text: r.row.text,
      session: targets[i] ? sessions.title(targets[i]) : null,
      issues: r.issues.sort((a, b) => columnRank(a) - columnRank(b)),
    }));
    const valid = rows.filter((r) => r.issues.length === 0);
    const newSessions = sessions.toCreate();
    const preview: AgreementsImportPreviewDto = {
      format: parsed.format,
      delimiter: parsed.delimiter,
      missingColumns: parsed.missingColumns,
      ignoredColumns: parsed.ignoredColumns,
      header: parsed.header,
      columns: parsed.columns,
      rows: previewRows,
      validRows: valid.length,
      invalidRows: rows.length - valid.length,
      followUps: valid.filter((r) => r.row.followUp !== null).length,
      newSessions: newSessions.map((s) => ({ title: s.title, date: s.date, lines: s.lines })),
      missingCommittees: [...missingCommittees.values()],
      missingPeople: [...missingPeople.values()],
      createMissing,
    };
    const work: ImportWork = {
      newSessions,
      newCommittees: [...missingCommittees].map(([key, c]) => ({ key, name: c.name })),
      newPeople: [...missingPeople].map(([key, p]) => ({ key, name: p.name })),
      // Written only when every row is valid; a valid row has its session and code.
      agreements: rows.flatMap((r, i) => {
        const target = targets[i];
        const code = codes[i];
        if (r.issues.length > 0 || !target || !code) return [];
        return {
          row: r.row,
          session: 'existing' in target ? target.existing.id : target.key,
          visibility: 'existing' in target && target.existing.kind === 'citizen_meeting' ? 'citizens' : 'plenary',
          seq: code.seq,
          code: code.code,
          committee: committeeOf[i]!,
          responsibles: responsiblesOf[i]!,
        } satisfies ImportWork['agreements'][number];
      }),
    };
    return { preview, work };
  }
}

const STATUS_EN: Record<AgreementStatus, string> = { pendiente: 'pending', en_proceso: 'in progress', cumplido: 'fulfilled', cancelado: 'cancelled' };

/** Rows of the matrix query; a session's title is worded once, not once per agreement. */
function matrixRows(rows: MatrixDbRow[]): MatrixRow[] {
  const titles = new Map<number, string>();
  return rows.map((r) => {
    let title = titles.get(r.session_id);
    if (title === undefined) {
      title = sessionTitle({ kind: r.session_kind, plenaryType: r.plenary_type, number: r.session_number, year: r.session_year, committeeName: r.session_committee });
      titles.set(r.session_id, title);
    }
    return matrixRow(r, title);
  });
}

export function matrixRow(
  r: MatrixDbRow,
  session = sessionTitle({ kind: r.session_kind, plenaryType: r.plenary_type, number: r.session_number, year: r.session_year, committeeName: r.session_committee }),
): MatrixRow {
  const responsibles = JSON.parse(r.responsibles) as [number, string][];
  return {
    id: r.id,
    code: r.code,
    text: r.text,
    sessionId: r.session_id,
    session,
    sessionDate: r.scheduled_at.slice(0, 10),
    committeeId: r.committee_id,
    committee: r.committee,
    responsibleIds: responsibles.map(([id]) => id),
    responsible: responsibles.map(([, name]) => name),
    dueOn: r.due_on,
    status: r.status,
    progress: r.progress,
    lastFollowUp: r.last_on === null ? null : { on: r.last_on, status: r.last_status!, progress: r.last_progress ?? 0, note: r.last_note },
    followUps: r.followups,
  };
}

/** The CLI's and the export's words: the row's JSON as `agreements list --json` prints it. */
export function matrixListItem(r: MatrixRow, today: string) {
  return {
    code: r.code,
    text: r.text,
    sessionId: r.sessionId,
    session: r.session,
    committee: r.committee,
    responsible: r.responsible,
    dueDate: r.dueOn,
    status: STATUS_WORDS[r.status],
    progress: r.progress,
    overdue: isOverdue(r, today),
    lastFollowUp: r.lastFollowUp?.on ?? null,
  };
}

async function parseInput(input: AgreementsImportInput): Promise<ParsedAgreementsSheet> {
  switch (input.format) {
    case 'csv':
      return parseAgreementsSheet(tableFromCsv(input.text), input.mapping);
    case 'xlsx': {
      const sheet = await readXlsx(input.bytes);
      return parseAgreementsSheet({ format: 'xlsx', delimiter: null, header: sheet.header, records: sheet.records }, input.mapping);
    }
  }
}

function targetFile(target: string, extension: string): string {
  const file = path.resolve(target);
  if (!file.toLowerCase().endsWith(extension)) throw new AppFailure('invalid_argument', `El archivo debe terminar en ${extension}.`);
  if (!fs.existsSync(path.dirname(file))) throw new AppFailure('file_not_found', `No existe la carpeta ${path.dirname(file)}.`);
  return file;
}

/** Codes compare without case or surrounding spaces: "pl-3/2025-01" is "PL-3/2025-01". */
const codeKey = (code: string) => code.trim().toUpperCase();

/** "Prevención" is the "Comité de prevención". */
const committeeKey = (name: string) => nameKey(name).replace(/^comite (de (la |las |los |el )?)?/, '');

function columnRank(i: AgreementImportIssueDto): number {
  return i.column === null ? -1 : agreementSheetColumns.indexOf(i.column);
}

interface PlannedRow {
  row: SheetAgreementRow;
  issues: AgreementImportIssueDto[];
}

interface NewSession {
  key: string;
  plenaryType: PlenaryType;
  number: number;
  year: number;
  date: string;
  title: string;
  lines: number[];
}

interface ImportWork {
  newSessions: NewSession[];
  newCommittees: { key: string; name: string }[];
  newPeople: { key: string; name: string }[];
  agreements: {
    row: SheetAgreementRow;
    /** An existing session's id, or the key of one to create. */
    session: number | string;
    visibility: Visibility;
    seq: number;
    code: string;
    /** An existing committee's id, the key of one to create, or none. */
    committee: number | string | null;
    responsibles: (number | string)[];
  }[];
}

type SessionTarget = { existing: SessionDto } | { key: string };

/** A session to create, while rows are still being read. `number` null: numbered after the others of its year. */
interface Pending {
  key: string;
  plenaryType: PlenaryType;
  number: number | null;
  year: number | null;
  date: string | null;
  lines: number[];
}

const plenaryKey = (type: PlenaryType, number: number, year: number) => `plenary|${type}|${number}|${year}`;

/**
 * Finds the session each row names. A plenary named by number ("3/2025", "Extraordinaria
 * 1/2025") or by title is looked up; one named by its day only is the plenary held that day.
 * A missing plenary is created (closed) once its day is known; other kinds are never created.
 */
class SessionResolver {
  private readonly byTitle = new Map<string, SessionDto>();
  private readonly byKey = new Map<string, SessionDto>();
  private readonly plenariesOn = new Map<string, SessionDto[]>();
  private readonly pending = new Map<string, Pending>();
  private created: NewSession[] = [];

  constructor(
    sessions: readonly SessionDto[],
    private readonly today: string,
    private readonly nextNumber: (k: { plenaryType: PlenaryType; year: number }) => number,
  ) {
    for (const s of sessions) {
      this.byTitle.set(nameKey(s.title), s);
      if (s.kind === 'citizen_meeting') this.byKey.set(`citizen_meeting|${s.number}|${s.year}`, s);
      if (s.kind === 'plenary') {
        this.byKey.set(plenaryKey(s.plenaryType ?? 'ordinary', s.number, s.year), s);
        const day = s.scheduledAt.slice(0, 10);
        this.plenariesOn.set(day, [...(this.plenariesOn.get(day) ?? []), s]);
      }
    }
  }

  resolve(rows: PlannedRow[]): (SessionTarget | null)[] {
    const targets: (SessionTarget | null)[] = rows.map(() => null);
    const byDay: number[] = [];
    rows.forEach((r, i) => {
      const { session: name, sessionDate: date } = r.row;
      if (name === null) {
        if (date !== null) byDay.push(i);
        return;
      }
      const existing = this.byTitle.get(nameKey(name.text)) ?? this.existingByNumber(name);
      if (existing) {
        const day = existing.scheduledAt.slice(0, 10);
        if (date !== null && date !== day) r.issues.push(issue('fecha_sesion', 'session_date_mismatch', { value: existing.title, expected: day }));
        this.checkHeld(r, existing);
        targets[i] = { existing };
      } else if (name.number === null || name.year === null) {
        if (date !== null) byDay.push(i);
        else r.issues.push(issue('sesion', 'unknown_session', { value: name.text }));
      } else if (name.kind !== 'plenary') {
        r.issues.push(issue('sesion', 'session_not_creatable', { value: name.text }));
      } else {
        const key = plenaryKey(name.plenaryType ?? 'ordinary', name.number, name.year);
        const p = this.pending.get(key) ?? { key, plenaryType: name.plenaryType ?? 'ordinary', number: name.number, year: name.year, date: null, lines: [] };
        this.pending.set(key, p);
        p.lines.push(r.row.line);
        if (date !== null) {
          if (p.date === null) p.date = date;
          else if (p.date !== date) r.issues.push(issue('fecha_sesion', 'session_date_mismatch', { value: this.pendingTitle(p), expected: p.date }));
        }
        targets[i] = { key };
      }
    });

    // Rows that give only the day: the plenary held that day, existing or named by another row.
    for (const i of byDay) {
      const r = rows[i]!;
      const date = r.row.sessionDate!;
      const existing = this.plenariesOn.get(date) ?? [];
      const named = [...this.pending.values()].filter((p) => p.number !== null && p.date === date);
      const candidates = existing.length > 0 ? existing.length : named.length;
      if (candidates > 1) {
        r.issues.push(issue('fecha_sesion', 'session_ambiguous', { expected: date }));
      } else if (existing[0]) {
        this.checkHeld(r, existing[0]);
        targets[i] = { existing: existing[0] };
      } else if (named[0]) {
        named[0].lines.push(r.row.line);
        targets[i] = { key: named[0].key };
      } else {
        const plenaryType = r.row.session?.kind === 'plenary' ? (r.row.session.plenaryType ?? 'ordinary') : 'ordinary';
        const key = `plenary|${plenaryType}|day|${date}`;
        const p = this.pending.get(key) ?? { key, plenaryType, number: null, year: Number(date.slice(0, 4)), date, lines: [] };
        this.pending.set(key, p);
        p.lines.push(r.row.line);
        targets[i] = { key };
      }
    }

    // Numbers for sessions known by their day only: after the existing ones and those the file names, in date order.
    const taken = new Map<string, number>();
    for (const p of this.pending.values()) {
      if (p.number === null) continue;
      const k = `${p.plenaryType}|${p.year}`;
      taken.set(k, Math.max(taken.get(k) ?? 0, p.number));
    }
    const unnumbered = [...this.pending.values()].filter((p) => p.number === null).sort((a, b) => (a.date! < b.date! ? -1 : 1));
    for (const p of unnumbered) {
      const k = `${p.plenaryType}|${p.year}`;
      p.number = Math.max(this.nextNumber({ plenaryType: p.plenaryType, year: p.year! }), (taken.get(k) ?? 0) + 1);
      taken.set(k, p.number);
    }

    // A session to create needs its day, in its year, and already held.
    const bad = new Map<string, Parameters<typeof issue>>();
    for (const p of this.pending.values()) {
      const title = this.pendingTitle(p);
      if (p.date === null) bad.set(p.key, ['fecha_sesion', 'session_needs_date', { value: title }]);
      else if (Number(p.date.slice(0, 4)) !== p.year) bad.set(p.key, ['fecha_sesion', 'session_year_mismatch', { value: title, expected: String(p.year) }]);
      else if (p.date > this.today) bad.set(p.key, ['fecha_sesion', 'session_in_future', { value: title }]);
    }
    rows.forEach((r, i) => {
      const t = targets[i];
      const problem = t && 'key' in t ? bad.get(t.key) : undefined;
      if (problem) {
        r.issues.push(issue(...problem));
        targets[i] = null;
      }
    });
    this.created = [...this.pending.values()]
      .filter((p) => !bad.has(p.key))
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0))
      .map((p) => ({ key: p.key, plenaryType: p.plenaryType, number: p.number!, year: p.year!, date: p.date!, title: this.pendingTitle(p), lines: p.lines }));
    return targets;
  }

  /** Agreements of a session still to come are recorded live, not imported. */
  private checkHeld(r: PlannedRow, s: SessionDto): void {
    const day = s.scheduledAt.slice(0, 10);
    if (day > this.today) r.issues.push(issue('sesion', 'session_not_held', { value: s.title, expected: day }));
  }

  toCreate(): NewSession[] {
    return this.created;
  }

  title(t: SessionTarget): string {
    return 'existing' in t ? t.existing.title : this.pendingTitle(this.pending.get(t.key)!);
  }

  /** The session-like shape agreementCode needs. */
  codeShape(t: SessionTarget) {
    if ('existing' in t) return t.existing;
    const p = this.pending.get(t.key)!;
    return { kind: 'plenary' as const, plenaryType: p.plenaryType, committeeId: null, number: p.number!, year: p.year! };
  }

  private existingByNumber(name: NonNullable<SheetAgreementRow['session']>): SessionDto | undefined {
    if (name.number === null || name.year === null) return undefined;
    if (name.kind === 'plenary') return this.byKey.get(plenaryKey(name.plenaryType ?? 'ordinary', name.number, name.year));
    if (name.kind === 'citizen_meeting') return this.byKey.get(`citizen_meeting|${name.number}|${name.year}`);
    return undefined;
  }

  /** Called once every pending session has its number. */
  private pendingTitle(p: Pending): string {
    return sessionTitle({ kind: 'plenary', plenaryType: p.plenaryType, number: p.number!, year: p.year!, committeeName: null });
  }
}

type CodeShape = Parameters<typeof agreementCode>[0];

/**
 * Each row's place in its session and its code. A clave that spells the session's own code
 * ("PL-3/2025-02" in plenary 3/2025) keeps that place; the others go after the session's
 * existing agreements, and a blank clave is generated there, skipping any code already taken.
 */
function assignCodes(
  rows: readonly PlannedRow[],
  targets: readonly (SessionTarget | null)[],
  reserved: ReadonlySet<string>,
  seqsOf: (sessionId: number) => number[],
  shapeOf: (t: SessionTarget) => CodeShape,
): ({ seq: number; code: string } | null)[] {
  const used = new Map<string, Set<number>>();
  const next = new Map<string, number>();
  const keyOf = (t: SessionTarget) => ('existing' in t ? `#${t.existing.id}` : t.key);
  const usedOf = (t: SessionTarget): Set<number> => {
    const key = keyOf(t);
    let u = used.get(key);
    if (!u) {
      u = new Set('existing' in t ? seqsOf(t.existing.id) : []);
      used.set(key, u);
      next.set(key, Math.max(0, ...u) + 1);
    }
    return u;
  };
  const out: ({ seq: number; code: string } | null)[] = rows.map(() => null);
  rows.forEach((r, i) => {
    const t = targets[i];
    if (!t || r.row.code === null) return;
    const shape = shapeOf(t);
    const m = /^(.*)-(\d+)$/.exec(r.row.code.trim());
    if (!m || codeKey(m[1]!) !== codeKey(`${agreementPrefix(shape)}-${shape.number}/${shape.year}`)) return;
    const seq = Number(m[2]);
    const u = usedOf(t);
    if (seq > 0 && !u.has(seq)) {
      u.add(seq);
      out[i] = { seq, code: r.row.code };
    }
  });
  rows.forEach((r, i) => {
    const t = targets[i];
    if (!t || out[i]) return;
    const u = usedOf(t);
    const shape = shapeOf(t);
    let seq = next.get(keyOf(t))!;
    while (u.has(seq) || (r.row.code === null && reserved.has(codeKey(agreementCode(shape, seq))))) seq++;
    u.add(seq);
    next.set(keyOf(t), seq + 1);
    out[i] = { seq, code: r.row.code ?? agreementCode(shape, seq) };
  });
  return out;
}
