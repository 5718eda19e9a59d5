import { describe, expect, it } from 'vitest';
import { openServices, person } from '../support/servicesHarness.js';

const SEALED = /minuta de esta reunión ciudadana ya está firmada y sellada/;

describe('minutes: a signed citizen meeting', () => {
  it('refuses every change to its preparation once its minutes are signed, and changes nothing', () => {
    const { s, setNow } = openServices('2026-08-01');
    const ana = s.people.create(person('Ana Ruiz'));
    const plenary = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: '2026-08-07T17:00', place: null, committeeId: null, preparesSessionId: null, number: null });
    const meeting = s.sessions.create({ kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2026-08-03T18:30', place: 'Casa ciudadana', committeeId: null, preparesSessionId: plenary.id, number: null });
    const item = s.agenda.get(plenary.id).items[2]!;
    s.citizenMeetings.setNote(meeting.id, item.id, 'Preguntar por las cifras.');
    const topic = s.citizenMeetings.addTopic(meeting.id, { title: 'Alumbrado', body: null, isGeneralMatter: false }).topics[0]!;
    const check = s.citizenMeetings.addChecklistItem(meeting.id, 'Imprimir la matriz').checklist[0]!;
    setNow('2026-08-03T20:30:00');
    s.sessions.setStatus(meeting.id, 'closed');
    s.live.setAttendance({ sessionId: meeting.id, personId: ana.id, status: 'present', time: null, substituteName: null, justification: null });
    // Closed but not signed: the preparation can still be corrected.
    s.citizenMeetings.setChecklistItem(check.id, true);
    s.minutes.sign(meeting.id);
    const before = s.citizenMeetings.get(meeting.id);

    const edits: [string, () => unknown][] = [
      ['setNote', () => s.citizenMeetings.setNote(meeting.id, item.id, 'Otra nota')],
      ['addTopic', () => s.citizenMeetings.addTopic(meeting.id, { title: 'Nuevo', body: null, isGeneralMatter: true })],
      ['updateTopic', () => s.citizenMeetings.updateTopic(topic.id, { title: 'Cambiado', body: null, isGeneralMatter: false })],
      ['removeTopic', () => s.citizenMeetings.removeTopic(topic.id)],
      ['promoteTopic', () => s.citizenMeetings.promoteTopic(topic.id, 10)],
      ['addChecklistItem', () => s.citizenMeetings.addChecklistItem(meeting.id, 'Otra tarea')],
      ['setChecklistItem', () => s.citizenMeetings.setChecklistItem(check.id, false)],
      ['removeChecklistItem', () => s.citizenMeetings.removeChecklistItem(check.id)],
    ];
    for (const [name, edit] of edits) {
      let error: unknown;
      try {
        edit();
      } catch (err) {
        error = err;
      }
      expect(error, name).toMatchObject({ code: 'conflict', message: expect.stringMatching(SEALED) });
    }
    expect(s.citizenMeetings.get(meeting.id)).toEqual(before);
    expect(s.minutes.get(meeting.id).seal?.intact).toBe(true);
    expect(s.workspace.verify().ok).toBe(true);
  });
});
