import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { agendaRepository } from '../db/repositories/agendaRepository.js';
import { minutesRepository } from '../db/repositories/minutesRepository.js';
import { preparationRepository } from '../db/repositories/preparationRepository.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import type { CitizenMeetingDto, SessionDto } from '../../shared/ipc/contract.js';
import { AgendaService, withTimes } from './agendaService.js';
import { inPreparation } from '../../shared/domain/sessions.js';
import type { ServiceContext } from './serviceContext.js';

/**
 * The coordinator's citizen-only preparation of a plenary (3.4.3). Everything it stores is
 * citizen-only; the one thing that crosses into the plenary is a promoted topic's title.
 */
export class CitizenMeetingService {
  constructor(private readonly ctx: ServiceContext) {}

  get(id: number): CitizenMeetingDto {
    const db = this.ctx.db();
    const meeting = this.meeting(db, id);
    const plenary = meeting.preparesSessionId === null ? null : (sessionRepository.get(db, meeting.preparesSessionId) ?? null);
    return {
      meeting,
      plenary,
      agenda: plenary ? withTimes(agendaRepository.items(db, plenary.id), plenary.scheduledAt) : [],
      notes: preparationRepository.notes(db, id),
      topics: preparationRepository.topics(db, id),
      checklist: preparationRepository.checklist(db, id),
    };
  }

  /** An empty note removes it. */
  setNote(meetingId: number, agendaItemId: number, body: string): CitizenMeetingDto {
    this.ctx.write((db, audit) => {
      const meeting = this.editableMeeting(db, meetingId);
      const item = agendaRepository.get(db, agendaItemId);
      if (!item || item.session_id !== meeting.preparesSessionId) throw new AppFailure('not_found', 'Ese punto no está en la orden del día de la plenaria que se prepara.');
      const existing = preparationRepository.noteId(db, meetingId, agendaItemId);
      const text = body.trim();
      if (existing !== undefined && text === '') {
        preparationRepository.deleteNote(db, existing);
        audit('delete', 'preparation_notes', existing);
      } else if (existing !== undefined) {
        preparationRepository.updateNote(db, existing, text);
        audit('update', 'preparation_notes', existing);
      } else if (text !== '') {
        audit('insert', 'preparation_notes', preparationRepository.insertNote(db, meetingId, agendaItemId, text));
      }
    });
    return this.get(meetingId);
  }

  addTopic(meetingId: number, t: { title: string; body: string | null; isGeneralMatter: boolean }): CitizenMeetingDto {
    this.ctx.write((db, audit) => {
      this.editableMeeting(db, meetingId);
      audit('insert', 'citizen_topics', preparationRepository.insertTopic(db, meetingId, t));
    });
    return this.get(meetingId);
  }

  updateTopic(id: number, t: { title: string; body: string | null; isGeneralMatter: boolean }): CitizenMeetingDto {
    const meetingId = this.ctx.write((db, audit) => {
      const topic = this.topic(db, id);
      this.editableMeeting(db, topic.meetingId);
      preparationRepository.updateTopic(db, id, t);
      audit('update', 'citizen_topics', id);
      return topic.meetingId;
    });
    return this.get(meetingId);
  }

  removeTopic(id: number): CitizenMeetingDto {
    const meetingId = this.ctx.write((db, audit) => {
      const topic = this.topic(db, id);
      this.editableMeeting(db, topic.meetingId);
      preparationRepository.deleteTopic(db, id);
      audit('delete', 'citizen_topics', id);
      return topic.meetingId;
    });
    return this.get(meetingId);
  }

  /**
   * Puts the topic on the plenary's agenda: a new plenary-visible item with the topic's title
   * only (a general matter goes before the closing, anything else before the general matters).
   * The topic's body and every preparation note stay citizen-only.
   */
  promoteTopic(id: number, minutesAllotted: number): CitizenMeetingDto {
    const meetingId = this.ctx.write((db, audit) => {
      const topic = this.topic(db, id);
      if (topic.promotedItemId !== null) throw new AppFailure('conflict', 'Ese tema ya está en la orden del día.');
      const meeting = this.editableMeeting(db, topic.meetingId);
      const plenary = sessionRepository.get(db, meeting.preparesSessionId!);
      if (!plenary || !inPreparation(plenary.status)) throw new AppFailure('conflict', 'La orden del día de esa plenaria ya no se puede modificar.');
      const itemId = AgendaService.insertItem(
        db,
        audit,
        plenary.id,
        {
          kind: topic.isGeneralMatter ? 'general_matters' : 'other',
          title: topic.title,
          presenterPersonId: null,
          presenterCommitteeId: null,
          presenterInstitution: null,
          minutesAllotted,
          description: null,
        },
        null,
      );
      preparationRepository.setPromoted(db, id, itemId);
      audit('update', 'citizen_topics', id);
      return topic.meetingId;
    });
    return this.get(meetingId);
  }

  addChecklistItem(meetingId: number, label: string): CitizenMeetingDto {
    this.ctx.write((db, audit) => {
      this.editableMeeting(db, meetingId);
      audit('insert', 'checklist_items', preparationRepository.insertChecklistItem(db, meetingId, label));
    });
    return this.get(meetingId);
  }

  setChecklistItem(id: number, done: boolean): CitizenMeetingDto {
    const meetingId = this.ctx.write((db, audit) => {
      const item = this.checklistItem(db, id);
      this.editableMeeting(db, item.sessionId);
      preparationRepository.setChecklistDone(db, id, done);
      audit('update', 'checklist_items', id);
      return item.sessionId;
    });
    return this.get(meetingId);
  }

  removeChecklistItem(id: number): CitizenMeetingDto {
    const meetingId = this.ctx.write((db, audit) => {
      const item = this.checklistItem(db, id);
      this.editableMeeting(db, item.sessionId);
      preparationRepository.deleteChecklistItem(db, id);
      audit('delete', 'checklist_items', id);
      return item.sessionId;
    });
    return this.get(meetingId);
  }

  private meeting(db: Db, id: number): SessionDto {
    const s = sessionRepository.get(db, id);
    if (!s || s.kind !== 'citizen_meeting') throw new AppFailure('not_found', 'Esa reunión ciudadana no existe.');
    return s;
  }

  /** Once its minutes are signed, what the meeting prepared is part of a sealed record: it no longer changes. */
  private editableMeeting(db: Db, id: number): SessionDto {
    const meeting = this.meeting(db, id);
    if (meeting.status === 'signed' || minutesRepository.isSigned(db, id)) {
      throw new AppFailure('conflict', 'La minuta de esta reunión ciudadana ya está firmada y sellada: su preparación no admite cambios. Una corrección se registra como fe de erratas.');
    }
    return meeting;
  }

  private topic(db: Db, id: number) {
    const t = preparationRepository.topic(db, id);
    if (!t) throw new AppFailure('not_found', 'Ese tema no existe.');
    return t;
  }

  private checklistItem(db: Db, id: number) {
    const c = preparationRepository.checklistItem(db, id);
    if (!c) throw new AppFailure('not_found', 'Ese elemento de la lista no existe.');
    return c;
  }
}
