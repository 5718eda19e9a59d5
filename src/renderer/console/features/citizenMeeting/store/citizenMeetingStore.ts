import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { CitizenMeetingDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export interface TopicInput {
  title: string;
  body: string | null;
  isGeneralMatter: boolean;
}

/** Citizen-only content: it lives in this store alone and is forgotten when the shell locks. */
export interface CitizenMeetingState {
  meeting: CitizenMeetingDto | null;
  busy: boolean;
  error: AppError | null;

  load(id: number): Promise<void>;
  updateMeeting(facts: { scheduledAt: string; place: string | null }): Promise<boolean>;
  setNote(agendaItemId: number, body: string): Promise<boolean>;
  addTopic(topic: TopicInput): Promise<boolean>;
  updateTopic(id: number, topic: TopicInput): Promise<boolean>;
  removeTopic(id: number): Promise<boolean>;
  promoteTopic(id: number, minutesAllotted: number): Promise<boolean>;
  addChecklistItem(label: string): Promise<boolean>;
  setChecklistItem(id: number, done: boolean): Promise<boolean>;
  removeChecklistItem(id: number): Promise<boolean>;
  reset(): void;
}

export const useCitizenMeetingStore = create<CitizenMeetingState>()((set, get) => {
  const guard = generationGuard();

  /** Every call answers the whole meeting. */
  async function change(call: (meetingId: number) => Promise<CitizenMeetingDto>): Promise<boolean> {
    const { meeting } = get();
    if (!meeting) return false;
    const isCurrent = guard.current();
    set({ busy: true, error: null });
    try {
      const next = await call(meeting.meeting.id);
      if (!isCurrent()) return false;
      set({ meeting: next, busy: false });
      return true;
    } catch (err) {
      if (isCurrent()) set({ busy: false, error: toAppError(err) });
      return false;
    }
  }

  return {
    meeting: null,
    busy: false,
    error: null,

    async load(id) {
      const isCurrent = guard.current();
      set({ meeting: null, error: null });
      try {
        const meeting = await api.citizenMeetings.get({ id });
        if (isCurrent()) set({ meeting });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },
    updateMeeting(facts) {
      // sessions.update answers the session only: the meeting is read again around it.
      return change(async (id) => {
        await api.sessions.update({ id, ...facts });
        return api.citizenMeetings.get({ id });
      });
    },
    setNote(agendaItemId, body) {
      return change((meetingId) => api.citizenMeetings.setNote({ meetingId, agendaItemId, body }));
    },
    addTopic(topic) {
      return change((meetingId) => api.citizenMeetings.addTopic({ meetingId, ...topic }));
    },
    updateTopic(id, topic) {
      return change(() => api.citizenMeetings.updateTopic({ id, ...topic }));
    },
    removeTopic(id) {
      return change(() => api.citizenMeetings.removeTopic({ id }));
    },
    promoteTopic(id, minutesAllotted) {
      return change(() => api.citizenMeetings.promoteTopic({ id, minutesAllotted }));
    },
    addChecklistItem(label) {
      return change((meetingId) => api.citizenMeetings.addChecklistItem({ meetingId, label }));
    },
    setChecklistItem(id, done) {
      return change(() => api.citizenMeetings.setChecklistItem({ id, done }));
    },
    removeChecklistItem(id) {
      return change(() => api.citizenMeetings.removeChecklistItem({ id }));
    },
    reset() {
      guard.reset();
      set(useCitizenMeetingStore.getInitialState(), true);
    },
  };
});
