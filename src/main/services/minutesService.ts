import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { rosterRepository } from '../db/repositories/attendanceRepository.js';
import { exportRepository } from '../db/repositories/exportRepository.js';
import { mesaRepository } from '../db/repositories/mesaRepository.js';
import { minutesRepository, type AttachmentRow, type MinutesRow } from '../db/repositories/minutesRepository.js';
import { plenaryReadRepository, type ActaSessionRow } from '../db/repositories/plenaryReadRepository.js';
import { roleTermRepository } from '../db/repositories/roleTermRepository.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import { buildActaDocument, type ActaContent, type ActaDocumentData, type ActaPerson, type ActaSessionInfo, type ActaVote, type CitizenMinutesContent, type PlenaryActaContent } from '../export/docx/actaDocument.js';
import { indicatorChartPng } from '../charts/indicatorChart.js';
import { writeDocxFile, writeFileAtomic } from '../export/docx/writeDocx.js';
import { isIsoDay } from '../../shared/domain/dates.js';
import { indicatorValue } from '../../shared/domain/indicators.js';
import { localInstant, quorum } from '../../shared/domain/live.js';
import { inOffice } from '../../shared/domain/roles.js';
import type { SessionDto } from '../../shared/ipc/contract.js';
import {
  MAX_ATTACHMENT_BYTES,
  type AttachmentMime,
  type ExportVerificationDto,
  type MinutesAttachmentContentDto,
  type MinutesAttachmentDto,
  type MinutesAttachmentInputDto,
  type MinutesDto,
  type MinutesExportWrittenDto,
  type MinutesItemDto,
  type MinutesLanguage,
} from '../../shared/ipc/dto/minutes.js';
import { CitizenMeetingService } from './citizenMeetingService.js';
import { IndicatorsService } from './indicatorsService.js';
import { requirePlaintextConfirmation } from './plaintextConfirmation.js';
import { RulesService } from './rulesService.js';
import type { ServiceContext } from './serviceContext.js';
import { inDocuments } from './suggestedPaths.js';
import { VotesService } from './votesService.js';

const sha256 = (data: string | Buffer): string => crypto.createHash('sha256').update(data).digest('hex');

/** The seal's input: the same content always gives the same text, whatever order its keys were built in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** An addendum's seal chains it to the acta it corrects and to the moment it was written. */
export function addendumSeal(parentSeal: string, at: string, body: string): string {
  return sha256(`${parentSeal}\n${at}\n${body}`);
}

/** What a scanner produces, recognised by the first bytes of the file. */
export function sniffMime(bytes: Buffer): AttachmentMime | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

const HELD = new Set(['closed', 'signed']);
const MSG = {
  notHeld: 'La sesión aún no se ha celebrado y cerrado: su acta se redacta después del cierre.',
  signed: 'El acta ya está firmada y sellada: no admite cambios. Una corrección se registra como fe de erratas.',
  approved: 'El acta ya fue aprobada: su texto ya no cambia. Si hay un error, fírmela y registre una fe de erratas.',
  citizenItems: 'La minuta de una reunión ciudadana se redacta con las notas de preparación de la reunión, no punto por punto aquí.',
} as const;

const byName = new Intl.Collator('es', { sensitivity: 'base' });
const hhmm = (instant: string | null): string | null => (instant === null ? null : instant.slice(11, 16));

/**
 * The minutes of a held session (issue 8): draft → approved → signed. Signing seals a canonical
 * JSON of everything the acta shows; the document of a signed acta is always rebuilt from that
 * sealed content, so it never drifts. A plenary's or committee meeting's acta reads only the
 * plenary read path; a citizen meeting's minutes read the citizen meeting's own service and
 * are a separate document, marked SOLO CIUDADANOS.
 */
export class MinutesService {
  private readonly citizenMeetings: CitizenMeetingService;
  private readonly votes: VotesService;
  private readonly indicators: IndicatorsService;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly documentsDir: string | undefined,
  ) {
    this.citizenMeetings = new CitizenMeetingService(ctx);
    this.votes = new VotesService(ctx);
    this.indicators = new IndicatorsService(ctx);
  }

  get(sessionId: number): MinutesDto {
    const db = this.ctx.db();
    const session = this.session(db, sessionId);
    const row = minutesRepository.bySession(db, sessionId);
    const status = row?.status ?? 'draft';
    const held = HELD.has(session.status);
    const editable = held && status === 'draft' && session.status === 'closed';
    const approvalSession = row?.approved_in_session_id ? sessionRepository.get(db, row.approved_in_session_id) : undefined;
    const prefix = session.kind === 'citizen_meeting' ? 'citizen_minutes' : 'minutes';
    return {
      sessionId,
      sessionKind: session.kind,
      sessionTitle: session.title,
      sessionStatus: session.status,
      scheduledAt: session.scheduledAt,
      status,
      language: row?.language ?? 'es',
      editable,
      readOnlyReason: editable ? null : !held ? MSG.notHeld : status === 'signed' ? MSG.signed : MSG.approved,
      items: session.kind === 'citizen_meeting' ? [] : this.items(db, sessionId, row),
      approval: row?.approved_at ? { on: row.approved_at, inSessionId: row.approved_in_session_id, inSessionTitle: approvalSession?.title ?? null } : null,
      seal:
        row?.seal_sha256 && row.sealed_at && row.sealed_content !== null
          ? { sha256: row.seal_sha256, sealedAt: row.sealed_at, intact: sha256(row.sealed_content) === row.seal_sha256 }
          : null,
      addenda: row ? minutesRepository.addenda(db, row.id).map((a) => ({ id: a.id, at: a.created_at, body: a.body, sha256: a.seal_sha256 })) : [],
      attachments: minutesRepository.attachments(db, sessionId).map(attachmentDto),
      exports: minutesRepository
        .exportsOf(db, sessionId, ['draft', 'approved', 'signed'].map((s) => `${prefix}_${s}`).concat('attachment'))
        .map((e) => ({ id: e.id, kind: e.kind, filename: e.filename, sha256: e.sha256, size: e.size, at: e.created_at })),
    };
  }

  /** The secretary's text for one item; an empty text, or the notes themselves, goes back to printing the notes. */
  setItemText(sessionId: number, itemId: number, text: string): MinutesDto {
    this.ctx.write((db, audit) => {
      const session = this.session(db, sessionId);
      if (session.kind === 'citizen_meeting') throw new AppFailure('invalid_argument', MSG.citizenItems);
      const row = this.draftRow(db, session, audit);
      const item = plenaryReadRepository.liveItems(db, sessionId).find((i) => i.id === itemId);
      if (!item) throw new AppFailure('not_found', 'Ese punto no está en el orden del día de esta sesión.');
      const texts = JSON.parse(row.item_texts) as Record<string, string>;
      const clean = text.replace(/\r\n/g, '\n').trim();
      if (clean === '' || clean === (item.notes ?? '').trim()) delete texts[String(itemId)];
      else texts[String(itemId)] = clean;
      minutesRepository.setItemTexts(db, row.id, texts);
      audit('update', 'minutes', row.id);
    });
    return this.get(sessionId);
  }

  setLanguage(sessionId: number, language: MinutesLanguage): MinutesDto {
    this.ctx.write((db, audit) => {
      const session = this.heldSession(db, sessionId);
      const row = this.row(db, session, audit);
      if (row.status === 'signed') throw new AppFailure('conflict', MSG.signed);
      minutesRepository.setLanguage(db, row.id, language);
      audit('update', 'minutes', row.id);
    });
    return this.get(sessionId);
  }

  /**
   * Records the approval, normally at the next session of the same kind (the next plenary for a
   * plenary's acta); `approvedOn` is that session's day. An approval can be corrected until signing.
   */
  approve(sessionId: number, approvedInSessionId: number | null, approvedOn: string): MinutesDto {
    this.ctx.write((db, audit) => {
      const session = this.heldSession(db, sessionId);
      const row = this.row(db, session, audit);
      if (row.status === 'signed') throw new AppFailure('conflict', MSG.signed);
      if (!isIsoDay(approvedOn)) throw new AppFailure('invalid_argument', 'Fecha de aprobación no válida (AAAA-MM-DD).');
      const day = session.scheduledAt.slice(0, 10);
      if (approvedOn < day) throw new AppFailure('invalid_argument', 'El acta no puede aprobarse antes de la sesión que describe.');
      if (approvedOn > this.ctx.today()) throw new AppFailure('invalid_argument', 'La fecha de aprobación no puede ser futura.');
      if (approvedInSessionId !== null) {
        const approving = sessionRepository.get(db, approvedInSessionId);
        if (!approving) throw new AppFailure('not_found', 'La sesión en que se aprueba no existe.');
        if (approving.kind !== session.kind || approving.committeeId !== session.committeeId) {
          throw new AppFailure('invalid_argument', 'El acta se aprueba en una sesión del mismo tipo (la de una plenaria, en otra plenaria).');
        }
        if (approving.scheduledAt <= session.scheduledAt) throw new AppFailure('invalid_argument', 'El acta se aprueba en una sesión posterior.');
        if (!['live', 'closed', 'signed'].includes(approving.status)) throw new AppFailure('conflict', 'La sesión en que se aprueba aún no se ha celebrado.');
        if (approving.scheduledAt.slice(0, 10) !== approvedOn) throw new AppFailure('invalid_argument', 'La fecha de aprobación es la de la sesión en que se aprueba.');
      }
      minutesRepository.approve(db, row.id, approvedOn, approvedInSessionId);
      audit('update', 'minutes', row.id);
    });
    return this.get(sessionId);
  }

  /**
   * Signs and seals: the canonical JSON of everything the acta shows is stored with its SHA-256,
   * and the session becomes 'signed'. From then on the minutes and the session's record are
   * read-only; a correction is an addendum.
   */
  sign(sessionId: number): MinutesDto {
    this.ctx.write((db, audit) => {
      const session = this.heldSession(db, sessionId);
      const row = this.row(db, session, audit);
      if (row.status === 'signed' || session.status === 'signed') throw new AppFailure('conflict', MSG.signed);
      const content = canonicalJson(this.content(db, session, row));
      const sealedAt = localInstant(this.ctx.now());
      minutesRepository.seal(db, row.id, { sealedAt, sha256: sha256(content), content });
      audit('update', 'minutes', row.id);
      sessionRepository.setStatus(db, sessionId, 'signed');
      audit('update', 'sessions', sessionId);
    });
    return this.get(sessionId);
  }

  /** A fe de erratas: sealed on its own (the acta's seal, the moment and the text), never an edit. */
  addAddendum(sessionId: number, body: string): MinutesDto {
    this.ctx.write((db, audit) => {
      const session = this.session(db, sessionId);
      const row = minutesRepository.bySession(db, sessionId);
      if (!row || row.status !== 'signed' || !row.seal_sha256) throw new AppFailure('conflict', 'Solo un acta firmada y sellada recibe fe de erratas; antes de firmarla, corrija el texto.');
      const text = body.replace(/\r\n/g, '\n').trim();
      if (text === '') throw new AppFailure('invalid_argument', 'Escriba la corrección.');
      if (text.length > 20_000) throw new AppFailure('invalid_argument', 'La fe de erratas es demasiado larga (máximo 20 000 caracteres).');
      const at = localInstant(this.ctx.now());
      const id = minutesRepository.insertAddendum(db, {
        minutesId: row.id,
        body: text,
        sha256: addendumSeal(row.seal_sha256, at, text),
        at,
        visibility: session.kind === 'citizen_meeting' ? 'citizens' : 'plenary',
      });
      audit('insert', 'minutes_addenda', id);
    });
    return this.get(sessionId);
  }

  /** Keeps the scanned signed copy (PDF, PNG or JPEG, up to 25 MB) inside the encrypted workspace. */
  attach(sessionId: number, input: MinutesAttachmentInputDto): MinutesDto {
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    const filename = (input.filename.split(/[\\/]/).pop() ?? '').trim();
    if (filename === '' || filename.length > 200) throw new AppFailure('invalid_argument', 'El nombre del archivo falta o es demasiado largo.');
    if (bytes.length === 0) throw new AppFailure('invalid_argument', 'El archivo está vacío.');
    if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppFailure('invalid_argument', 'El archivo pesa más de 25 MB; escanéelo con menor resolución.');
    const mime = sniffMime(bytes);
    if (mime === null) throw new AppFailure('invalid_argument', 'Solo se adjuntan archivos PDF, PNG o JPEG (el contenido de este archivo no es ninguno de ellos).');
    this.ctx.write((db, audit) => {
      const session = this.heldSession(db, sessionId);
      const row = this.row(db, session, audit);
      const id = minutesRepository.insertAttachment(db, {
        sessionId,
        minutesId: row.id,
        kind: input.kind ?? 'signed_minutes',
        filename,
        mime,
        sha256: sha256(bytes),
        content: Buffer.from(bytes),
        visibility: session.kind === 'citizen_meeting' ? 'citizens' : 'plenary',
      });
      audit('insert', 'attachments', id);
    });
    return this.get(sessionId);
  }

  attachment(id: number): MinutesAttachmentContentDto {
    const row = minutesRepository.attachment(this.ctx.db(), id);
    if (!row) throw new AppFailure('not_found', 'Ese archivo adjunto no existe.');
    const { content, ...meta } = row;
    return { ...attachmentDto(meta), bytes: new Uint8Array(content) };
  }

  /** Writes an attachment back out (atomically), once the user confirmed it, and logs the copy like any export. */
  async exportAttachment(id: number, target: string, confirmedLeavesWorkspace: boolean): Promise<MinutesExportWrittenDto> {
    requirePlaintextConfirmation(confirmedLeavesWorkspace, 'La copia del archivo adjunto');
    const row = minutesRepository.attachment(this.ctx.db(), id);
    if (!row) throw new AppFailure('not_found', 'Ese archivo adjunto no existe.');
    const file = checkedTarget(target, null);
    const written = await writeFileAtomic(row.content, file);
    this.ctx.write((db, audit) => {
      audit('insert', 'exports', exportRepository.insert(db, { sessionId: row.session_id, kind: 'attachment', filename: path.basename(file), sha256: written.sha256, size: written.bytes }));
    });
    return written;
  }

  /**
   * The acta as DOCX (a citizen meeting's minutes as their own document). A signed acta is built
   * from its sealed content, never from the tables. Unencrypted, so only once the user confirmed
   * it; the file's SHA-256 is logged with its session.
   */
  async exportDocx(sessionId: number, target: string, language: MinutesLanguage | undefined, confirmedLeavesWorkspace: boolean): Promise<MinutesExportWrittenDto> {
    requirePlaintextConfirmation(confirmedLeavesWorkspace, 'El acta (o la minuta) en DOCX');
    const file = checkedTarget(target, '.docx');
    const data = this.documentData(sessionId, language);
    const written = await writeDocxFile(buildActaDocument({ ...data, chartImages: actaChartImages(data) }), file);
    const kind = `${data.content.mode === 'citizen_meeting' ? 'citizen_minutes' : 'minutes'}_${data.record.status}`;
    this.ctx.write((db, audit) => {
      audit('insert', 'exports', exportRepository.insert(db, { sessionId, kind, filename: path.basename(file), sha256: written.sha256, size: written.bytes }));
    });
    return written;
  }

  /** Is this file exactly one Plenaria exported? Any logged export counts: acta, agenda, matrix, attachment. */
  async verifyFile(target: string): Promise<ExportVerificationDto> {
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(path.resolve(target));
    } catch {
      throw new AppFailure('file_not_found', `No se puede leer el archivo ${target}.`);
    }
    const digest = sha256(bytes);
    const db = this.ctx.db();
    const row = minutesRepository.exportBySha256(db, digest);
    if (!row || row.size !== bytes.length) return { match: false, sha256: digest };
    const session = row.session_id === null ? undefined : sessionRepository.get(db, row.session_id);
    return {
      match: true,
      sha256: digest,
      exportId: row.id,
      kind: row.kind,
      filename: row.filename,
      exportedAt: row.created_at,
      sessionId: row.session_id,
      sessionTitle: session?.title ?? null,
    };
  }

  suggestExportPath(sessionId: number): string {
    const s = this.session(this.ctx.db(), sessionId);
    const safe = s.title.replace(/[^\p{L}\p{N} _-]/gu, '-');
    return inDocuments(this.documentsDir, `${s.kind === 'citizen_meeting' ? 'Minuta' : 'Acta'} - ${safe}.docx`);
  }

  /** What the document shows: the sealed content once signed, else the session's record as it stands. */
  documentData(sessionId: number, language?: MinutesLanguage): ActaDocumentData {
    const db = this.ctx.db();
    const session = this.heldSession(db, sessionId);
    const row = minutesRepository.bySession(db, sessionId);
    const sealed = row?.status === 'signed' && row.sealed_content !== null && row.seal_sha256 !== null && row.sealed_at !== null;
    if (sealed && sha256(row.sealed_content!) !== row.seal_sha256) {
      throw new AppFailure('conflict', 'El contenido sellado de esta acta no coincide con su sello: el archivo fue alterado fuera de Plenaria.');
    }
    const content = sealed ? (JSON.parse(row.sealed_content!) as ActaContent) : this.content(db, session, row);
    return {
      language: language ?? row?.language ?? 'es',
      content,
      record: {
        status: row?.status ?? 'draft',
        seal: sealed ? { sha256: row.seal_sha256!, sealedAt: row.sealed_at! } : null,
        addenda: row ? minutesRepository.addenda(db, row.id).map((a) => ({ at: a.created_at, body: a.body, sha256: a.seal_sha256 })) : [],
      },
    };
  }

  // ── Content ─────────────────────────────────────────────────────────────

  private content(db: Db, session: SessionDto, row: MinutesRow | undefined): ActaContent {
    return session.kind === 'citizen_meeting' ? this.citizenContent(db, session, row) : this.plenaryContent(db, session.id, row);
  }

  /** Everything here comes from the plenary read path: nothing citizen-only can reach the acta. */
  private plenaryContent(db: Db, sessionId: number, row: MinutesRow | undefined): PlenaryActaContent {
    const s = plenaryReadRepository.actaSession(db, sessionId);
    if (!s) throw new AppFailure('not_found', 'Esa sesión no existe.');
    const day = s.scheduled_at.slice(0, 10);
    const mesa = mesaRepository.get(db);
    const people = plenaryReadRepository.actaAttendance(db, sessionId).map(
      (r): ActaPerson => ({
        name: r.name,
        kind: r.kind,
        post: r.post,
        institution: r.institution,
        order: r.gov_order,
        power: r.gov_power,
        status: r.status,
        arrivedAt: r.arrived_at,
        leftAt: r.left_at,
        substituteName: r.substitute_name,
        justification: r.justification,
      }),
    );
    people.sort((a, b) => byName.compare(a.name, b.name));
    const texts = JSON.parse(plenaryReadRepository.minutesItemTexts(db, sessionId) ?? '{}') as Record<string, string>;
    const items = plenaryReadRepository.liveItems(db, sessionId);
    const positions = new Map(items.map((i) => [i.id, i.position]));
    // Those who left early were in the room when the quorum was declared.
    const q = quorum(
      people.map((p) => ({ kind: p.kind, status: p.status === 'left_early' ? 'present' : p.status })),
      RulesService.read(db).plenaryQuorumPct,
    );
    const officers = plenaryReadRepository.signingOfficers(db, day);
    const secretary = officers.find((o) => o.role === 'technical_secretary');
    const coordinator = s.kind === 'committee_meeting' ? s.committee_coordinator : (officers.find((o) => o.role === 'coordinator')?.name ?? null);
    // A rate is the indicators module's annualized rate, rounded to what the acta prints (and seals).
    const indicators = (items.some((i) => i.kind === 'indicators') ? plenaryReadRepository.actaIndicators(db, day) : []).map((r) => ({
      name: r.name,
      unit: r.unit,
      period: r.period,
      cases: r.value,
      value: Math.round(indicatorValue(r.unit, r.value, r.population) * 10) / 10,
      target: r.target,
      deadline: r.deadline,
    }));
    const approvedIn = row?.approved_in_session_id ? plenaryReadRepository.actaSession(db, row.approved_in_session_id) : undefined;
    return {
      format: 'plenaria.acta/1',
      mode: 'plenary',
      mesa: { name: mesa.name, municipality: mesa.municipality },
      session: actaSessionInfo(s),
      attendance: people,
      quorum: s.kind === 'plenary' ? { base: q.base, present: q.inRoom, required: q.required, pct: q.pct, met: q.met } : null,
      items: items.map((i) => ({
        position: i.position,
        kind: i.kind,
        title: i.title,
        presenter: i.presenter_label,
        text: texts[String(i.id)] ?? i.notes ?? '',
      })),
      followups: plenaryReadRepository.followupRows(db, sessionId, s.scheduled_at, s.kind === 'committee_meeting' ? s.committee_id : null).map((f) =>
        f.recorded_status === null
          ? { code: f.code, text: f.text, status: f.status, progress: f.progress, note: null, recorded: false }
          : { code: f.code, text: f.text, status: f.recorded_status, progress: f.recorded_progress ?? 0, note: f.recorded_note, recorded: true },
      ),
      agreements: plenaryReadRepository.sessionAgreements(db, sessionId).map((a) => ({
        code: a.code,
        text: a.text,
        committee: a.committee_name,
        responsibles: (JSON.parse(a.responsibles) as [number, string][]).map(([, name]) => name),
        dueOn: a.due_on,
        itemPosition: a.agenda_item_id === null ? null : (positions.get(a.agenda_item_id) ?? null),
      })),
      votes: plenaryReadRepository.actaVotes(db, sessionId, day).map(
        (v): ActaVote => ({
          subject: v.subject,
          result: v.result,
          electorate: v.electorate,
          tally: [
            { choice: 'yes', name: null, votes: v.yes },
            { choice: 'no', name: null, votes: v.no },
            { choice: 'blank', name: null, votes: v.abstain },
          ],
        }),
      ),
      indicators: indicators.length > 0 ? indicators : null,
      charts: items.some((i) => i.kind === 'indicators') ? this.indicators.plenarySeriesAsOf(day).filter((series) => series.points.length > 0) : null,
      officers: { coordinator: coordinator ? { name: coordinator } : null, secretary: secretary ? { name: secretary.name } : null },
      approval: row?.approved_at ? { on: row.approved_at, inSession: approvedIn ? sessionRef(actaSessionInfo(approvedIn)) : null } : null,
    };
  }

  /** Read through the citizen meeting's own service and repositories; never mixed into a plenary document. */
  private citizenContent(db: Db, session: SessionDto, row: MinutesRow | undefined): CitizenMinutesContent {
    const cm = this.citizenMeetings.get(session.id);
    const day = session.scheduledAt.slice(0, 10);
    const mesa = mesaRepository.get(db);
    const people = rosterRepository.roster(db, session.id).map(
      (r): ActaPerson => ({
        name: r.name,
        kind: r.kind,
        post: r.post,
        institution: r.institution,
        order: null,
        power: null,
        status: r.status,
        arrivedAt: r.arrived_at,
        leftAt: r.left_at,
        substituteName: r.substitute_name,
        justification: r.justification,
      }),
    );
    people.sort((a, b) => byName.compare(a.name, b.name));
    const terms = roleTermRepository.list(db, this.ctx.today()).filter((t) => inOffice(t, day));
    const officer = (role: 'coordinator' | 'technical_secretary') => {
      const t = terms.find((x) => x.role === role);
      return t ? { name: t.personName } : null;
    };
    const votes = this.votes
      .list()
      .filter((v) => v.status === 'closed' && v.closesOn === day)
      .reverse()
      .map(
        (v): ActaVote => ({
          subject: v.subject,
          result: v.admission ? (v.admission.outcome === 'admitted' ? 'approved' : v.admission.outcome === 'invalid' ? 'invalid' : 'rejected') : v.election!.outcome === 'elected' ? 'approved' : v.election!.outcome === 'invalid' ? 'invalid' : 'rejected',
          electorate: v.electorate,
          tally: v.admission
            ? [
                { choice: 'yes', name: null, votes: v.ballots.filter((b) => b.choice === 'yes').length },
                { choice: 'no', name: null, votes: v.ballots.filter((b) => b.choice === 'no').length },
              ]
            : [...v.candidates.map((c) => ({ choice: 'candidate' as const, name: c.name, votes: c.votes })), { choice: 'blank', name: null, votes: v.ballots.filter((b) => b.choice === 'blank').length }],
        }),
      );
    const approvedIn = row?.approved_in_session_id ? sessionRepository.get(db, row.approved_in_session_id) : undefined;
    return {
      format: 'plenaria.minuta-ciudadana/1',
      mode: 'citizen_meeting',
      mesa: { name: mesa.name, municipality: mesa.municipality },
      session: dtoSessionInfo(session),
      plenary: cm.plenary ? dtoSessionInfo(cm.plenary) : null,
      attendance: people,
      agenda: cm.agenda.map((i) => ({ position: i.position, title: i.title, presenter: i.presenterLabel, note: cm.notes[i.id] ?? null })),
      topics: cm.topics.map((x) => ({ title: x.title, body: x.body, isGeneralMatter: x.isGeneralMatter, promoted: x.promotedItemId !== null })),
      checklist: cm.checklist.map((x) => ({ label: x.label, done: x.done })),
      votes,
      officers: { coordinator: officer('coordinator'), secretary: officer('technical_secretary') },
      approval: row?.approved_at ? { on: row.approved_at, inSession: approvedIn ? sessionRef(dtoSessionInfo(approvedIn)) : null } : null,
    };
  }

  private items(db: Db, sessionId: number, row: MinutesRow | undefined): MinutesItemDto[] {
    const texts = JSON.parse(row?.item_texts ?? '{}') as Record<string, string>;
    return plenaryReadRepository.liveItems(db, sessionId).map((i) => ({
      itemId: i.id,
      position: i.position,
      kind: i.kind,
      title: i.title,
      notes: i.notes ?? '',
      text: texts[String(i.id)] ?? null,
    }));
  }

  // ── Guards ──────────────────────────────────────────────────────────────

  private session(db: Db, id: number): SessionDto {
    const s = sessionRepository.get(db, id);
    if (!s) throw new AppFailure('not_found', 'Esa sesión no existe.');
    return s;
  }

  private heldSession(db: Db, id: number): SessionDto {
    const s = this.session(db, id);
    if (!HELD.has(s.status)) throw new AppFailure('conflict', MSG.notHeld);
    return s;
  }

  /** The minutes row, created as a draft the first time something is recorded. */
  private row(db: Db, session: SessionDto, audit: (action: 'insert', table: 'minutes', id: number) => void): MinutesRow {
    const existing = minutesRepository.bySession(db, session.id);
    if (existing) return existing;
    const id = minutesRepository.insert(db, session.id, session.kind === 'citizen_meeting' ? 'citizens' : 'plenary');
    audit('insert', 'minutes', id);
    return minutesRepository.bySession(db, session.id)!;
  }

  private draftRow(db: Db, session: SessionDto, audit: (action: 'insert', table: 'minutes', id: number) => void): MinutesRow {
    if (!HELD.has(session.status)) throw new AppFailure('conflict', MSG.notHeld);
    const row = this.row(db, session, audit);
    if (row.status === 'signed' || session.status === 'signed') throw new AppFailure('conflict', MSG.signed);
    if (row.status === 'approved') throw new AppFailure('conflict', MSG.approved);
    return row;
  }
}

/** The acta's indicator charts as PNG, drawn from its (sealed) content, never from the tables. */
export function actaChartImages(data: ActaDocumentData): { png: Uint8Array; width: number; height: number }[] {
  if (data.content.mode !== 'plenary') return [];
  return (data.content.charts ?? []).map((series) => ({ ...CHART_SIZE, png: indicatorChartPng(series, { ...CHART_SIZE, language: data.language }) }));
}

// Wide enough for a year of month labels, small enough that a dozen render in well under a second.
const CHART_SIZE = { width: 1200, height: 560 };

function attachmentDto(r: AttachmentRow): MinutesAttachmentDto {
  return { id: r.id, kind: r.kind, filename: r.filename, mime: r.mime, size: r.size, sha256: r.sha256, addedAt: r.created_at };
}

function actaSessionInfo(s: ActaSessionRow): ActaSessionInfo {
  return {
    kind: s.kind,
    plenaryType: s.plenary_type,
    number: s.number,
    year: s.year,
    committeeName: s.committee_name,
    scheduledAt: s.scheduled_at,
    place: s.place,
    startedAt: hhmm(s.started_at),
    endedAt: hhmm(s.ended_at),
  };
}

function dtoSessionInfo(s: SessionDto): ActaSessionInfo {
  return {
    kind: s.kind,
    plenaryType: s.plenaryType,
    number: s.number,
    year: s.year,
    committeeName: s.committeeName,
    scheduledAt: s.scheduledAt,
    place: s.place,
    startedAt: null,
    endedAt: null,
  };
}

function sessionRef(s: ActaSessionInfo): NonNullable<PlenaryActaContent['approval']>['inSession'] {
  return { kind: s.kind, plenaryType: s.plenaryType, number: s.number, year: s.year, committeeName: s.committeeName };
}

function checkedTarget(target: string, extension: '.docx' | null): string {
  const file = path.resolve(target);
  if (extension && !file.toLowerCase().endsWith(extension)) throw new AppFailure('invalid_argument', `El archivo debe terminar en ${extension}.`);
  if (!fs.existsSync(path.dirname(file))) throw new AppFailure('file_not_found', `No existe la carpeta ${path.dirname(file)}.`);
  return file;
}
