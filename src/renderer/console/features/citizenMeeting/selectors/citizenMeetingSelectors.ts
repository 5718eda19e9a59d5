import { inPreparation } from '../../../../../shared/domain/sessions.js';
import type { CitizenMeetingState } from '../store/citizenMeetingStore.js';

export const citizenMeetingSelectors = {
  load: (s: CitizenMeetingState) => s.load,
  meeting: (s: CitizenMeetingState) => s.meeting,
  error: (s: CitizenMeetingState) => s.error,
  agenda: (s: CitizenMeetingState) => ({ agenda: s.meeting?.agenda ?? null, notes: s.meeting?.notes ?? null }),
  meetingEdit: (s: CitizenMeetingState) => ({ busy: s.busy, updateMeeting: s.updateMeeting }),
  note: (s: CitizenMeetingState) => ({ busy: s.busy, setNote: s.setNote }),
  topics: (s: CitizenMeetingState) => ({ topics: s.meeting?.topics ?? null, busy: s.busy, addTopic: s.addTopic }),
  topic: (s: CitizenMeetingState) => ({
    busy: s.busy,
    updateTopic: s.updateTopic,
    removeTopic: s.removeTopic,
    promoteTopic: s.promoteTopic,
    plenaryEditable: s.meeting?.plenary ? inPreparation(s.meeting.plenary.status) : false,
  }),
  checklist: (s: CitizenMeetingState) => ({
    checklist: s.meeting?.checklist ?? null,
    busy: s.busy,
    addChecklistItem: s.addChecklistItem,
    setChecklistItem: s.setChecklistItem,
    removeChecklistItem: s.removeChecklistItem,
  }),
};
