import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useCitizenMeetingStore } from '../../src/renderer/console/features/citizenMeeting/store/citizenMeetingStore.js';
import { argsOf } from './support/openSection.js';
import { openSessions, SESSIONS, sessionRow } from './support/openSessions.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

/** The next plenary (id 2) with its citizen meeting (id 3). */
async function openMeeting() {
  const started = await openSessions({
    ...SESSIONS,
    sessions: [...SESSIONS.sessions!, { kind: 'citizen_meeting', scheduledAt: '2026-03-12T18:00', place: 'Casa ciudadana', preparesSessionId: 2 }],
  });
  await started.user.click(within(sessionRow('Reunión ciudadana')).getByRole('button'));
  await screen.findAllByTestId('prep-note');
  return started;
}

const topicRow = (title: string) => screen.getAllByTestId('topic-row').find((r) => r.textContent!.includes(title))!;

describe('citizen meeting', () => {
  it('is marked citizen-only in the list and on its screen, above everything else', async () => {
    await openMeeting();
    const banner = screen.getByTestId('citizen-only-banner');
    expect(banner.textContent).toBe(
      'Solo ciudadanosSolo ciudadanos — este contenido nunca se proyecta ni aparece en documentos de la plenaria.',
    );
    expect(screen.getByTestId('citizen-meeting').firstElementChild).toBe(banner);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('Reunión ciudadana 1/2026');
    expect(screen.getByTestId('open-plenary').textContent).toBe('Sesión plenaria ordinaria 1/2026 · 17 mar 2026, 17:00');
  });

  it('shows the draft plenary agenda read-only with one note per item, saved on leaving the box and by the button', async () => {
    const { fake, user } = await openMeeting();
    const items = screen.getAllByTestId('prep-item');
    expect(items).toHaveLength(8);
    expect(items[2]!.textContent).toContain('17:40–18:20Informes de las autoridades');
    expect(screen.queryByTestId('agenda-item-title')).toBeNull();

    const notes = screen.getAllByTestId('prep-note');
    await user.type(notes[2]!, 'Pedir a la Fiscalía cifras de extorsión por colonia.');
    await user.tab();
    expect(argsOf(fake, 'citizenMeetings', 'setNote')).toEqual([
      { meetingId: 3, agendaItemId: 11, body: 'Pedir a la Fiscalía cifras de extorsión por colonia.' },
    ]);
    await expect.poll(() => within(items[2]!).getByTestId('prep-note-state').textContent).toBe('Nota guardada.');

    await user.type(screen.getAllByTestId('prep-note')[0]!, 'Breve.');
    expect(within(screen.getAllByTestId('prep-item')[0]!).getByTestId('prep-note-state').textContent).toBe('Cambios sin guardar.');
    await user.click(within(screen.getAllByTestId('prep-item')[0]!).getByTestId('prep-note-save'));
    expect(argsOf(fake, 'citizenMeetings', 'setNote')[1]).toEqual({ meetingId: 3, agendaItemId: 9, body: 'Breve.' });
    expect(fake.sessions.notes.get('3:11')).toBe('Pedir a la Fiscalía cifras de extorsión por colonia.');
  });

  it('adds topics and promotes one to the plenary agenda, where only its title goes', async () => {
    const { fake, user } = await openMeeting();
    await user.type(screen.getByTestId('topic-new-title'), 'Alumbrado en la colonia Felipe Ángeles');
    await user.type(screen.getByTestId('topic-new-body'), 'Vecinos reportan asaltos en la parada del camión.');
    await user.click(screen.getByTestId('topic-new-general'));
    await user.click(screen.getByTestId('topic-add'));
    expect(argsOf(fake, 'citizenMeetings', 'addTopic')).toEqual([
      {
        meetingId: 3,
        title: 'Alumbrado en la colonia Felipe Ángeles',
        body: 'Vecinos reportan asaltos en la parada del camión.',
        isGeneralMatter: true,
      },
    ]);
    const row = await screen.findByTestId('topic-row');
    expect(row.textContent).toContain('Asunto general');
    expect((screen.getByTestId('topic-new-title') as HTMLInputElement).value).toBe('');

    await user.clear(within(row).getByTestId('topic-promote-minutes'));
    await user.type(within(row).getByTestId('topic-promote-minutes'), '15');
    await user.click(within(row).getByTestId('topic-promote'));
    expect(argsOf(fake, 'citizenMeetings', 'promoteTopic')).toEqual([{ id: 1, minutesAllotted: 15 }]);
    const promoted = await within(topicRow('Alumbrado')).findByTestId('topic-promoted');
    expect(promoted.textContent).toBe('En la orden del día');
    expect(within(topicRow('Alumbrado')).getByTestId('topic-promoted-note').textContent).toBe(
      'Solo el título pasó a la orden del día de la plenaria; el detalle y las notas siguen siendo solo para ciudadanos.',
    );
    expect(within(topicRow('Alumbrado')).queryByTestId('topic-promote')).toBeNull();
    expect(within(topicRow('Alumbrado')).queryByTestId('topic-remove')).toBeNull();

    // The plenary agenda got the title, before the closing, and nothing of the body.
    const added = [...fake.sessions.items.values()].find((i) => i.title === 'Alumbrado en la colonia Felipe Ángeles')!;
    expect(added).toMatchObject({ sessionId: 2, kind: 'general_matters', minutesAllotted: 15, description: null });
    await expect.poll(() => screen.getAllByTestId('prep-item').map((i) => i.textContent).at(-2)).toContain(
      'Alumbrado en la colonia Felipe Ángeles',
    );
  });

  it('edits and removes a topic', async () => {
    const { fake, user } = await openMeeting();
    await user.type(screen.getByTestId('topic-new-title'), 'Patrullaje escolar');
    await user.click(screen.getByTestId('topic-add'));
    await user.click(await screen.findByTestId('topic-edit'));
    await user.clear(screen.getByTestId('topic-edit-title'));
    await user.type(screen.getByTestId('topic-edit-title'), 'Patrullaje en escuelas');
    await user.click(screen.getByTestId('topic-save'));
    expect(argsOf(fake, 'citizenMeetings', 'updateTopic')).toEqual([
      { id: 1, title: 'Patrullaje en escuelas', body: null, isGeneralMatter: false },
    ]);
    await user.click(await screen.findByTestId('topic-remove'));
    await user.click(screen.getByTestId('topic-remove-confirm'));
    expect(argsOf(fake, 'citizenMeetings', 'removeTopic')).toEqual([{ id: 1 }]);
    await expect.poll(() => screen.queryAllByTestId('topic-row').length).toBe(0);
  });

  it('keeps a checklist for the presentation: add, tick, remove', async () => {
    const { fake, user } = await openMeeting();
    await user.type(screen.getByTestId('checklist-new'), 'Revisar las diapositivas de indicadores');
    await user.click(screen.getByTestId('checklist-add'));
    await user.type(screen.getByTestId('checklist-new'), 'Imprimir la orden del día{Enter}');
    await expect.poll(() => screen.queryAllByTestId('checklist-item').map((i) => i.textContent)).toEqual([
      'Revisar las diapositivas de indicadoresQuitar',
      'Imprimir la orden del díaQuitar',
    ]);
    await user.click(within(screen.getAllByTestId('checklist-item')[0]!).getByTestId('checklist-tick'));
    expect(argsOf(fake, 'citizenMeetings', 'setChecklistItem')).toEqual([{ id: 1, done: true }]);
    await expect.poll(() => screen.getByText('1 de 2 listos.')).toBeTruthy();
    await user.click(within(screen.getAllByTestId('checklist-item')[1]!).getByTestId('checklist-remove'));
    expect(argsOf(fake, 'citizenMeetings', 'removeChecklistItem')).toEqual([{ id: 2 }]);
    await expect.poll(() => screen.getAllByTestId('checklist-item').length).toBe(1);
  });

  it('forgets the citizen-only content when the console locks', async () => {
    const { user } = await openMeeting();
    await user.click(screen.getByTestId('lock-button'));
    await screen.findByTestId('unlock-screen');
    expect(useCitizenMeetingStore.getState().meeting).toBeNull();
  });
});
