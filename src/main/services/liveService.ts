import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { agreementRepository } from '../db/repositories/agreementRepository.js';
import { rosterRepository } from '../db/repositories/attendanceRepository.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { liveRepository } from '../db/repositories/liveRepository.js';
import { minutesRepository } from '../db/repositories/minutesRepository.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { plenaryReadRepository, type FollowupRow, type LiveItemRow, type SessionAgreementRow } from '../db/repositories/plenaryReadRepository.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import {
  agreementCode,
  attendanceCounts,
  countsForQuorum,
  itemSpentSeconds,
  localInstant,
  localInstantMs,
  normalizedFollowup,
  quorum,
  type CloseWarning,
} from '../../shared/domain/live.js';
import { isActiveOn } from '../../shared/domain/people.js';
import type {
  AgreementDto,
  AgreementInputDto,
  AttendanceInputDto,
  AttendeeDto,
  FollowupInputDto,
  FollowupRowDto,
  LiveChoicesDto,
  LiveDraftDto,
  LiveItemDto,
  LiveSessionDto,
  ProjectorMode,
  SessionDto,
} from '../../shared/ipc/contract.js';
import { withTimes } from './agendaService.js';
import type { ProjectionService } from './projectionService.js';
import { RulesService } from './rulesService.js';
import type { ServiceContext } from './serviceContext.js';

const EMPTY_DRAFT: LiveDraftDto = { agreement: null, followup: null };

/** Item kinds whose minutes need no report of their own. */
const NO_NOTES_NEEDED = new Set(['introductions', 'closing', 'agreements_followup']);

/**
 * The live session (the guide's 3.4.4). Every call is one transaction committed before it
 * returns, so a crash loses nothing that was answered; then the projector is told.
 */
export class LiveService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly projection: ProjectionService,
  ) {}

  current(): number | null {
    return liveRepository.liveSessionId(this.ctx.db());
  }

  /** A citizen meeting can be read (its roster, to record attendance once held) but never run live. */
  get(sessionId: number): LiveSessionDto {
    const db = this.ctx.db();
    const session = this.session(db, sessionId);
    const clock = liveRepository.sessionClock(db, sessionId);
    const nowDate = this.ctx.now();
    const items = this.items(db, session, clock.current_item_id);
    const roster = rosterRepository.roster(db, sessionId).map(
      (r): AttendeeDto => ({
        personId: r.person_id,
        name: r.name,
        kind: r.kind,
        post: r.post,
        institution: r.institution,
        countsForQuorum: countsForQuorum(r.kind),
        status: r.status,
        arrivedAt: r.arrived_at,
        leftAt: r.left_at,
        substituteName: r.substitute_name,
        justification: r.justification,
      }),
    );
    const agreements = plenaryReadRepository.sessionAgreements(db, sessionId).map(agreementDto);
    const followups = this.followupRows(db, session).map(followupDto);
    const draft = (liveRepository.draft(db, sessionId) as LiveDraftDto | null) ?? EMPTY_DRAFT;
    const rules = RulesService.read(db);
    return {
      session,
      startedAt: clock.started_at,
      endedAt: clock.ended_at,
      currentItemId: clock.current_item_id,
      items,
      roster,
      counts: attendanceCounts(roster),
      quorum: quorum(roster, rules.plenaryQuorumPct),
      agreements,
      nextCode: agreementCode(session, agreementRepository.nextSeq(db, sessionId)),
      followups,
      draft,
      projector: this.projection.mode(),
      closeWarnings: closeWarnings(items, roster, followups),
      now: localInstant(nowDate),
    };
  }

  choices(sessionId: number): LiveChoicesDto {
    const db = this.ctx.db();
    const session = this.session(db, sessionId);
    const day = session.scheduledAt.slice(0, 10);
    return {
      committees: committeeRepository
        .list(db, day)
        .filter((c) => c.dissolvedOn === null || c.dissolvedOn > day)
        .map((c) => ({ id: c.id, name: c.name })),
      people: peopleRepository
        .list(db, {}, day)
        .filter((p) => p.kind !== 'guest' && isActiveOn(p, day))
        .map((p) => ({ id: p.id, name: p.fullName, kind: p.kind, institution: p.institution })),
      indicators: plenaryReadRepository.indicators(db).map((i) => ({ id: i.id, name: i.name })),
    };
  }

  start(sessionId: number): LiveSessionDto {
    this.ctx.write((db, audit) => {
      const session = this.session(db, sessionId);
      if (session.status === 'live') return;
      if (session.kind === 'citizen_meeting') throw new AppFailure('forbidden', 'Una reunión ciudadana no se conduce en la consola de la plenaria.');
      if (session.status !== 'convened') throw new AppFailure('conflict', 'Solo una sesión convocada puede iniciarse: envíe antes la orden del día.');
      const other = liveRepository.liveSessionId(db);
      if (other !== null) throw new AppFailure('conflict', 'Ya hay otra sesión en curso; ciérrela antes de iniciar esta.');
      const first = plenaryReadRepository.liveItems(db, sessionId)[0];
      if (!first) throw new AppFailure('conflict', 'La orden del día está vacía.');
      const at = localInstant(this.ctx.now());
      liveRepository.start(db, sessionId, at);
      liveRepository.setCurrentItem(db, sessionId, first.id);
      liveRepository.enterItem(db, first.id, at);
      audit('update', 'sessions', sessionId);
      audit('update', 'agenda_items', first.id);
    });
    return this.changed(sessionId);
  }

  goTo(sessionId: number, itemId: number): LiveSessionDto {
    this.ctx.write((db, audit) => {
      const session = this.session(db, sessionId);
      if (session.status !== 'live') throw new AppFailure('conflict', 'La sesión no está en curso.');
      const items = plenaryReadRepository.liveItems(db, sessionId);
      const target = items.find((i) => i.id === itemId);
      if (!target) throw new AppFailure('not_found', 'Ese punto no está en la orden del día de esta sesión.');
      const { current_item_id: currentId } = liveRepository.sessionClock(db, sessionId);
      if (currentId === itemId) return;
      const now = this.ctx.now();
      const at = localInstant(now);
      const current = items.find((i) => i.id === currentId);
      if (current?.started_at) {
        liveRepository.leaveItem(db, current.id, at, Math.floor((now.getTime() - localInstantMs(current.started_at)) / 1000));
        audit('update', 'agenda_items', current.id);
      }
      liveRepository.enterItem(db, itemId, at);
      liveRepository.setCurrentItem(db, sessionId, itemId);
      audit('update', 'agenda_items', itemId);
      audit('update', 'sessions', sessionId);
    });
    return this.changed(sessionId);
  }

  setAttendance(input: AttendanceInputDto): LiveSessionDto {
    this.ctx.write((db, audit) => {
      // Attendance is the one thing a held citizen meeting records here (the compliance rule counts it).
      const session = this.recording(db, input.sessionId, true);
      const onRoster = rosterRepository.roster(db, input.sessionId).some((r) => r.person_id === input.personId);
      if (!onRoster) throw new AppFailure('not_found', 'Esa persona no está en la lista de asistencia de esta sesión.');
      if (input.status === null) {
        const existing = rosterRepository.find(db, input.sessionId, input.personId);
        if (existing) {
          audit('delete', 'attendance', existing.id);
          rosterRepository.remove(db, existing.id);
        }
        return;
      }
      const nowTime = session.status === 'live' ? localInstant(this.ctx.now()).slice(11, 16) : null;
      const time = input.time ?? nowTime;
      if (input.status === 'represented' && !input.substituteName) throw new AppFailure('invalid_argument', 'Escriba el nombre de quien asiste en representación.');
      if ((input.status === 'late' || input.status === 'left_early') && time === null) throw new AppFailure('invalid_argument', 'Indique la hora (HH:MM).');
      const { id, created } = rosterRepository.upsert(db, {
        sessionId: input.sessionId,
        personId: input.personId,
        status: input.status,
        arrivedAt: input.status === 'late' ? time : null,
        leftAt: input.status === 'left_early' ? time : null,
        substituteName: input.status === 'represented' ? input.substituteName : null,
        justification: input.status === 'absent_justified' ? input.justification : null,
      });
      audit(created ? 'insert' : 'update', 'attendance', id);
    });
    return this.changed(input.sessionId);
  }

  setItemNotes(itemId: number, notes: string): LiveSessionDto {
    const sessionId = this.ctx.write((db, audit) => {
      const item = db.prepare('SELECT session_id FROM agenda_items WHERE id = ?').get(itemId) as { session_id: number } | undefined;
      if (!item) throw new AppFailure('not_found', 'Ese punto no existe.');
      this.recording(db, item.session_id);
      liveRepository.setNotes(db, itemId, notes);
      audit('update', 'agenda_items', itemId);
      return item.session_id;
    });
    return this.get(sessionId);
  }

  setDraft(sessionId: number, draft: LiveDraftDto): void {
    const db = this.ctx.db();
    const session = this.session(db, sessionId);
    if (session.status !== 'live') throw new AppFailure('conflict', 'La sesión no está en curso.');
    liveRepository.setDraft(db, sessionId, draft);
    this.projection.publish();
  }

  addAgreement(sessionId: number, input: AgreementInputDto): LiveSessionDto {
    this.ctx.write((db, audit) => {
      const session = this.recording(db, sessionId);
      this.checkAgreement(db, session, input);
      const seq = agreementRepository.nextSeq(db, sessionId);
      const id = agreementRepository.insert(db, {
        sessionId,
        agendaItemId: input.agendaItemId,
        seq,
        code: agreementCode(session, seq),
        text: input.text,
        committeeId: input.committeeId,
        dueOn: input.dueOn,
        visibility: 'plenary',
      });
      audit('insert', 'agreements', id);
      for (const personId of input.responsibleIds) audit('insert', 'agreement_responsibles', agreementRepository.addResponsible(db, id, personId));
      this.clearAgreementDraft(db, sessionId, null);
    });
    return this.changed(sessionId);
  }

  updateAgreement(id: number, input: AgreementInputDto): LiveSessionDto {
    const sessionId = this.ctx.write((db, audit) => {
      const existing = agreementRepository.get(db, id);
      if (!existing) throw new AppFailure('not_found', 'Ese acuerdo no existe.');
      const session = this.recording(db, existing.session_id);
      this.checkAgreement(db, session, input);
      agreementRepository.update(db, id, input);
      audit('update', 'agreements', id);
      const wanted = new Set(input.responsibleIds);
      const kept = new Set<number>();
      for (const r of agreementRepository.responsibles(db, id)) {
        if (wanted.has(r.person_id)) {
          kept.add(r.person_id);
        } else {
          audit('delete', 'agreement_responsibles', r.id);
          agreementRepository.removeResponsible(db, r.id);
        }
      }
      for (const personId of input.responsibleIds) {
        if (!kept.has(personId)) audit('insert', 'agreement_responsibles', agreementRepository.addResponsible(db, id, personId));
      }
      this.clearAgreementDraft(db, session.id, id);
      return session.id;
    });
    return this.changed(sessionId);
  }

  removeAgreement(id: number): LiveSessionDto {
    const sessionId = this.ctx.write((db, audit) => {
      const existing = agreementRepository.get(db, id);
      if (!existing) throw new AppFailure('not_found', 'Ese acuerdo no existe.');
      const session = this.recording(db, existing.session_id);
      if (agreementRepository.followupIds(db, id).length > 0) throw new AppFailure('conflict', 'Ese acuerdo ya tiene seguimiento; no puede borrarse.');
      for (const r of agreementRepository.responsibles(db, id)) audit('delete', 'agreement_responsibles', r.id);
      audit('delete', 'agreements', id);
      agreementRepository.remove(db, id);
      // The codes are read aloud and go into the minutes: keep them 01, 02, 03 without gaps.
      agreementRepository.ofSession(db, session.id).forEach((a, i) => {
        if (a.seq !== i + 1) {
          agreementRepository.renumber(db, a.id, i + 1, agreementCode(session, i + 1));
          audit('update', 'agreements', a.id);
        }
      });
      this.clearAgreementDraft(db, session.id, id);
      return session.id;
    });
    return this.changed(sessionId);
  }

  recordFollowup(input: FollowupInputDto): LiveSessionDto {
    this.ctx.write((db, audit) => {
      const session = this.recording(db, input.sessionId);
      if (!this.followupRows(db, session).some((r) => r.agreement_id === input.agreementId)) {
        throw new AppFailure('not_found', 'Ese acuerdo no está entre los que se leen en esta sesión.');
      }
      const { status, progress } = normalizedFollowup(input.status, input.progress);
      const existing = agreementRepository.followupIn(db, input.agreementId, input.sessionId);
      if (existing) {
        agreementRepository.updateFollowup(db, existing.id, { status, progress, note: input.note });
        audit('update', 'agreement_followups', existing.id);
      } else {
        const id = agreementRepository.insertFollowup(db, {
          agreementId: input.agreementId,
          sessionId: input.sessionId,
          recordedOn: session.scheduledAt.slice(0, 10),
          status,
          progress,
          note: input.note,
        });
        audit('insert', 'agreement_followups', id);
      }
      agreementRepository.setProgress(db, input.agreementId, status, progress);
      audit('update', 'agreements', input.agreementId);
      const draft = liveRepository.draft(db, input.sessionId) as LiveDraftDto | null;
      if (draft?.followup?.agreementId === input.agreementId) liveRepository.setDraft(db, input.sessionId, { ...draft, followup: null });
    });
    return this.changed(input.sessionId);
  }

  setProjector(mode: ProjectorMode): void {
    this.projection.setMode(mode);
  }

  close(sessionId: number): LiveSessionDto {
    this.ctx.write((db, audit) => {
      const session = this.session(db, sessionId);
      if (session.status !== 'live') throw new AppFailure('conflict', 'La sesión no está en curso.');
      const now = this.ctx.now();
      const at = localInstant(now);
      const { current_item_id: currentId } = liveRepository.sessionClock(db, sessionId);
      const current = plenaryReadRepository.liveItems(db, sessionId).find((i) => i.id === currentId);
      if (current?.started_at) {
        liveRepository.leaveItem(db, current.id, at, Math.floor((now.getTime() - localInstantMs(current.started_at)) / 1000));
        audit('update', 'agenda_items', current.id);
      }
      liveRepository.end(db, sessionId, at);
      liveRepository.clearDraft(db, sessionId);
      audit('update', 'sessions', sessionId);
    });
    this.projection.setMode('live');
    return this.changed(sessionId);
  }

  /** Tells the projector, then answers the console. */
  private changed(sessionId: number): LiveSessionDto {
    this.projection.publish();
    return this.get(sessionId);
  }

  private items(db: Db, session: SessionDto, currentItemId: number | null): LiveItemDto[] {
    const rows = plenaryReadRepository.liveItems(db, session.id);
    const timed = withTimes(rows, session.scheduledAt);
    return rows.map((r: LiveItemRow, i) => ({
      ...timed[i]!,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      spentSeconds: r.spent_seconds,
      notes: r.notes ?? '',
      state: r.id === currentItemId ? 'current' : r.ended_at !== null ? 'done' : 'pending',
    }));
  }

  private followupRows(db: Db, session: SessionDto): FollowupRow[] {
    return plenaryReadRepository.followupRows(db, session.id, session.scheduledAt, session.kind === 'committee_meeting' ? session.committeeId : null);
  }

  private checkAgreement(db: Db, session: SessionDto, input: AgreementInputDto): void {
    if (input.agendaItemId !== null && !plenaryReadRepository.liveItems(db, session.id).some((i) => i.id === input.agendaItemId)) {
      throw new AppFailure('not_found', 'Ese punto no está en la orden del día de esta sesión.');
    }
    if (input.committeeId !== null && !committeeRepository.get(db, input.committeeId, this.ctx.today())) throw new AppFailure('not_found', 'Ese comité no existe.');
    for (const personId of input.responsibleIds) {
      if (!peopleRepository.get(db, personId, this.ctx.today())) throw new AppFailure('not_found', 'Una de las personas responsables no existe.');
    }
  }

  /** A saved agreement is no longer a draft; the other half of the draft stays. */
  private clearAgreementDraft(db: Db, sessionId: number, agreementId: number | null): void {
    const draft = liveRepository.draft(db, sessionId) as LiveDraftDto | null;
    if (draft?.agreement && draft.agreement.agreementId === agreementId) liveRepository.setDraft(db, sessionId, { ...draft, agreement: null });
  }

  /** Attendance, notes, agreements and follow-ups are recorded while live, and corrected once closed until the minutes are signed. */
  private recording(db: Db, sessionId: number, allowCitizenMeeting = false): SessionDto {
    const session = this.session(db, sessionId);
    if (session.kind === 'citizen_meeting' && !allowCitizenMeeting) throw new AppFailure('forbidden', 'Una reunión ciudadana no se conduce en la consola de la plenaria.');
    if (session.status === 'signed' || minutesRepository.isSigned(db, sessionId)) {
      throw new AppFailure('conflict', 'El acta de esta sesión ya está firmada y sellada: no admite cambios. Una corrección se registra como fe de erratas.');
    }
    if (session.status !== 'live' && session.status !== 'closed') throw new AppFailure('conflict', 'Solo se registra en una sesión en curso o recién cerrada.');
    return session;
  }

  private session(db: Db, id: number): SessionDto {
    const s = sessionRepository.get(db, id);
    if (!s) throw new AppFailure('not_found', 'Esa sesión no existe.');
    return s;
  }
}

export function agreementDto(r: SessionAgreementRow): AgreementDto {
  const responsibles = (JSON.parse(r.responsibles) as [number, string][]).map(([personId, name]) => ({ personId, name }));
  return {
    id: r.id,
    sessionId: r.session_id,
    agendaItemId: r.agenda_item_id,
    seq: r.seq,
    code: r.code,
    text: r.text,
    committeeId: r.committee_id,
    committeeName: r.committee_name,
    responsibles,
    dueOn: r.due_on,
    status: r.status,
    progress: r.progress,
  };
}

export function followupDto(r: FollowupRow): FollowupRowDto {
  return {
    agreementId: r.agreement_id,
    code: r.code,
    text: r.text,
    committeeName: r.committee_name,
    responsible: r.responsible,
    dueOn: r.due_on,
    status: r.status,
    progress: r.progress,
    recorded: r.recorded_status === null ? null : { status: r.recorded_status, progress: r.recorded_progress ?? 0, note: r.recorded_note },
  };
}

function closeWarnings(items: readonly LiveItemDto[], roster: readonly AttendeeDto[], followups: readonly FollowupRowDto[]): CloseWarning[] {
  const warnings: CloseWarning[] = [];
  const pending = roster.filter((r) => r.status === null).length;
  if (pending > 0) warnings.push({ code: 'attendance_pending', count: pending });
  const unread = followups.filter((f) => f.recorded === null).length;
  if (unread > 0) warnings.push({ code: 'followups_pending', count: unread });
  const notReached = items.filter((i) => i.startedAt === null).map((i) => i.position);
  if (notReached.length > 0) warnings.push({ code: 'items_not_reached', positions: notReached });
  const withoutNotes = items.filter((i) => i.startedAt !== null && !NO_NOTES_NEEDED.has(i.kind) && i.notes.trim() === '').map((i) => i.position);
  if (withoutNotes.length > 0) warnings.push({ code: 'items_without_notes', positions: withoutNotes });
  return warnings;
}

/** Seconds left on the current item at `nowMs` (negative once over time). */
export function secondsLeft(item: { minutesAllotted: number; spentSeconds: number; startedAt: string | null }, nowMs: number): number {
  return item.minutesAllotted * 60 - itemSpentSeconds({ ...item, isCurrent: true }, nowMs);
}
