import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { agendaRepository, type AgendaItemRow } from '../db/repositories/agendaRepository.js';
import { plenaryReadRepository, type OpenAgreementRow } from '../db/repositories/plenaryReadRepository.js';
import { preparationRepository } from '../db/repositories/preparationRepository.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { estimatedEnd, inPreparation, sessionTitle, type AgendaItemKind, type PlenaryType, type SessionKind } from '../../shared/domain/sessions.js';
import type { AgendaDto, AgendaItemDto, AgendaItemInputDto, OpenAgreementDto, SessionDto } from '../../shared/ipc/contract.js';
import type { ServiceContext } from './serviceContext.js';

type Audit = (action: 'insert' | 'update' | 'delete', table: 'agenda_items' | 'preparation_notes' | 'citizen_topics', id: number) => void;

/** Clock times of each item, laid end to end from the session's start. */
export function withTimes(rows: readonly AgendaItemRow[], scheduledAt: string): AgendaItemDto[] {
  let elapsed: number[] = [];
  return rows.map((r) => {
    const startsAt = estimatedEnd(scheduledAt, elapsed);
    elapsed = [...elapsed, r.minutes_allotted];
    return {
      id: r.id,
      sessionId: r.session_id,
      position: r.position,
      kind: r.kind,
      title: r.title,
      presenterPersonId: r.presenter_person_id,
      presenterCommitteeId: r.presenter_committee_id,
      presenterInstitution: r.presenter_institution,
      presenterLabel: r.presenter_label,
      minutesAllotted: r.minutes_allotted,
      description: r.description,
      startsAt,
      endsAt: estimatedEnd(scheduledAt, elapsed),
    };
  });
}

export function openAgreementDto(r: OpenAgreementRow): OpenAgreementDto {
  return {
    id: r.id,
    code: r.code,
    text: r.text,
    status: r.status,
    progress: r.progress,
    dueOn: r.due_on,
    committeeName: r.committee_name,
    sessionTitle: sessionTitle({ kind: r.session_kind as SessionKind, plenaryType: r.plenary_type as PlenaryType | null, number: r.session_number, year: r.session_year, committeeName: null }),
  };
}

/** Kinds that close an agenda: new items go before them. */
const TAIL_KINDS: readonly AgendaItemKind[] = ['general_matters', 'closing'];

export class AgendaService {
  constructor(private readonly ctx: ServiceContext) {}

  get(sessionId: number): AgendaDto {
    const db = this.ctx.db();
    const session = this.session(db, sessionId);
    const items = withTimes(agendaRepository.items(db, sessionId), session.scheduledAt);
    const open = session.kind === 'plenary' ? plenaryReadRepository.openAgreementsBefore(db, session.scheduledAt) : [];
    return {
      session,
      items,
      totalMinutes: items.reduce((a, i) => a + i.minutesAllotted, 0),
      estimatedEnd: items.at(-1)?.endsAt ?? session.scheduledAt.slice(11, 16),
      openAgreements: open.map(openAgreementDto),
    };
  }

  add(sessionId: number, item: AgendaItemInputDto, position: number | null): AgendaDto {
    this.ctx.write((db, audit) => {
      this.editable(db, sessionId);
      this.checkPresenter(db, item);
      AgendaService.insertItem(db, audit, sessionId, item, position);
    });
    return this.get(sessionId);
  }

  update(id: number, item: AgendaItemInputDto): AgendaDto {
    const sessionId = this.ctx.write((db, audit) => {
      const row = this.item(db, id);
      this.editable(db, row.session_id);
      this.checkPresenter(db, item);
      agendaRepository.update(db, id, item);
      audit('update', 'agenda_items', id);
      return row.session_id;
    });
    return this.get(sessionId);
  }

  remove(id: number): AgendaDto {
    const sessionId = this.ctx.write((db, audit) => {
      const row = this.item(db, id);
      this.editable(db, row.session_id);
      // The item's citizen-only notes go with it; a topic promoted to it becomes unpromoted.
      for (const noteId of preparationRepository.noteIdsForItem(db, id)) {
        preparationRepository.deleteNote(db, noteId);
        audit('delete', 'preparation_notes', noteId);
      }
      for (const topicId of preparationRepository.topicIdsPromotedTo(db, id)) {
        preparationRepository.setPromoted(db, topicId, null);
        audit('update', 'citizen_topics', topicId);
      }
      agendaRepository.remove(db, id);
      audit('delete', 'agenda_items', id);
      const ids = agendaRepository.items(db, row.session_id).map((i) => i.id);
      for (const changed of agendaRepository.renumber(db, ids)) audit('update', 'agenda_items', changed);
      return row.session_id;
    });
    return this.get(sessionId);
  }

  move(id: number, toPosition: number): AgendaDto {
    const sessionId = this.ctx.write((db, audit) => {
      const row = this.item(db, id);
      this.editable(db, row.session_id);
      const ids = agendaRepository.items(db, row.session_id).map((i) => i.id).filter((x) => x !== id);
      const target = Math.min(Math.max(toPosition, 1), ids.length + 1);
      ids.splice(target - 1, 0, id);
      for (const changed of agendaRepository.renumber(db, ids)) audit('update', 'agenda_items', changed);
      return row.session_id;
    });
    return this.get(sessionId);
  }

  /** Inserts at a 1-based position (null: before general matters and closing) and renumbers. */
  static insertItem(db: Db, audit: Audit, sessionId: number, item: AgendaItemInputDto, position: number | null): number {
    const existing = agendaRepository.items(db, sessionId);
    const tailStart = existing.findIndex((i) => TAIL_KINDS.includes(i.kind) && (item.kind !== 'general_matters' || i.kind === 'closing'));
    const index = position === null ? (tailStart === -1 ? existing.length : tailStart) : Math.min(Math.max(position, 1), existing.length + 1) - 1;
    const id = agendaRepository.insert(db, sessionId, existing.length + 1, item);
    audit('insert', 'agenda_items', id);
    const ids = existing.map((i) => i.id);
    ids.splice(index, 0, id);
    for (const changed of agendaRepository.renumber(db, ids)) if (changed !== id) audit('update', 'agenda_items', changed);
    if (agendaRepository.get(db, id)!.position !== existing.length + 1) audit('update', 'agenda_items', id);
    return id;
  }

  private session(db: Db, id: number): SessionDto {
    const s = sessionRepository.get(db, id);
    if (!s) throw new AppFailure('not_found', 'Esa sesión no existe.');
    return s;
  }

  private item(db: Db, id: number): AgendaItemRow {
    const row = agendaRepository.get(db, id);
    if (!row) throw new AppFailure('not_found', 'Ese punto de la orden del día no existe.');
    return row;
  }

  /** The agenda is prepared before the session; once it is live the secretary follows it. */
  private editable(db: Db, sessionId: number): void {
    const s = this.session(db, sessionId);
    if (s.kind === 'citizen_meeting') {
      throw new AppFailure('forbidden', 'La reunión ciudadana trabaja sobre la orden del día de la plenaria; lleve un tema a esa orden del día.');
    }
    if (!inPreparation(s.status)) {
      throw new AppFailure('conflict', 'La orden del día ya no se puede modificar: la sesión ya empezó.');
    }
  }

  private checkPresenter(db: Db, item: AgendaItemInputDto): void {
    const given = [item.presenterPersonId, item.presenterCommitteeId, item.presenterInstitution].filter((v) => v !== null).length;
    if (given > 1) throw new AppFailure('invalid_argument', 'Indique quién presenta: una persona, un comité o una institución, no varios.');
    if (item.presenterPersonId !== null && !peopleRepository.kindOf(db, item.presenterPersonId)) throw new AppFailure('not_found', 'La persona que presenta no existe.');
    if (item.presenterCommitteeId !== null && !committeeRepository.exists(db, item.presenterCommitteeId)) throw new AppFailure('not_found', 'El comité que presenta no existe.');
  }
}
