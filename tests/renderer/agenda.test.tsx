import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localToday } from '../../src/shared/domain/dates.js';
import { argsOf } from './support/openSection.js';
import { openSessions, sessionRow } from './support/openSessions.js';
import { resetRenderer } from './support/reset.js';

afterEach(resetRenderer);

async function openPlenary() {
  const started = await openSessions();
  await started.user.click(within(sessionRow('1/2026')).getByRole('button'));
  await screen.findAllByTestId('agenda-item');
  return started;
}

const items = () => screen.getAllByTestId('agenda-item');
const titles = () => items().map((i) => within(i).getByTestId('agenda-item-name').textContent);
/** The closed plenary's items come first: the next plenary's are ids 9 to 16. */
const FIRST = 9;
const itemNamed = (title: string) => items().find((i) => within(i).getByTestId('agenda-item-name').textContent === title)!;

describe('agenda builder', () => {
  it('shows the guide’s order of business with clock times, minutes and the estimated end', async () => {
    await openPlenary();
    expect(titles()).toEqual([
      'Presentaciones informales',
      'Lectura de acuerdos y su seguimiento',
      'Informes de las autoridades',
      'Avances de los comités',
      'Indicadores y metas',
      'Otros asuntos',
      'Asuntos generales',
      'Cierre de la sesión',
    ]);
    expect(items().map((i) => within(i).getByTestId('agenda-item-time').textContent)).toEqual([
      '17:00–17:10',
      '17:10–17:40',
      '17:40–18:20',
      '18:20–18:50',
      '18:50–19:05',
      '19:05–19:20',
      '19:20–19:35',
      '19:35–19:40',
    ]);
    expect(within(items()[2]!).getByTestId('agenda-item-duration').textContent).toBe('40 min');
    expect(screen.getByTestId('agenda-estimated-end').textContent).toBe('Inicia 17:00 · 160 min en total · termina aprox. a las 19:40');
  });

  it('names an item’s kind only where its title does not already say it', async () => {
    const { user } = await openPlenary();
    expect(items().map((i) => within(i).queryByTestId('agenda-item-kind-label'))).toEqual(Array(8).fill(null));

    await user.click(within(itemNamed('Otros asuntos')).getByTestId('agenda-item-edit'));
    await user.clear(screen.getByTestId('agenda-item-title'));
    await user.type(screen.getByTestId('agenda-item-title'), 'Programa de alumbrado');
    await user.click(screen.getByTestId('agenda-item-save'));
    await expect.poll(() => within(itemNamed('Programa de alumbrado')).queryByTestId('agenda-item-kind-label')?.textContent).toBe('Otro asunto');
    expect(within(itemNamed('Asuntos generales')).queryByTestId('agenda-item-kind-label')).toBeNull();
  });

  it('flags a bad number of minutes as soon as the field is left, before any save', async () => {
    const { fake, user } = await openPlenary();
    await user.click(screen.getByTestId('agenda-add'));
    await user.tab();
    expect(screen.getByTestId('agenda-item-title').getAttribute('aria-invalid')).toBeNull();
    await user.clear(screen.getByTestId('agenda-item-minutes'));
    await user.type(screen.getByTestId('agenda-item-minutes'), '0');
    await user.tab();
    expect(screen.getByTestId('agenda-item-minutes').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('error-message')).toBeNull();
    expect(fake.callsTo('agenda', 'add')).toHaveLength(0);
  });

  it('shows the open agreements of earlier plenaries inside the follow-up item only', async () => {
    await openPlenary();
    const followUp = itemNamed('Lectura de acuerdos y su seguimiento');
    const rows = within(followUp).getAllByTestId('agenda-open-agreement');
    expect(rows.map((r) => r.textContent)).toEqual([
      'A-2025-14En procesoAvance 60 %Vence el 31 mar 2026Instalar 40 luminarias en la colonia Felipe Ángeles antes del cierre del trimestre.Sesión plenaria ordinaria 6/2025 · Prevención del delito',
      'A-2026-02PendienteAvance 0 %Sin fechaLa Fiscalía presentará el tablero mensual de denuncias por extorsión.Sesión plenaria ordinaria 1/2026',
    ]);
    expect(screen.getAllByTestId('agenda-open-agreement')).toHaveLength(2);
    expect(within(followUp).queryByRole('button', { name: /A-2025/ })).toBeNull();
  });

  it('moves a focused item down with Alt+↓ and keeps the focus on it', async () => {
    const { fake, user } = await openPlenary();
    const first = itemNamed('Presentaciones informales');
    first.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(argsOf(fake, 'agenda', 'move')).toEqual([{ id: FIRST, toPosition: 2 }]);
    await expect.poll(() => titles().slice(0, 2)).toEqual(['Lectura de acuerdos y su seguimiento', 'Presentaciones informales']);
    await expect.poll(() => document.activeElement).toBe(itemNamed('Presentaciones informales'));
    expect(within(items()[0]!).getByTestId('agenda-item-time').textContent).toBe('17:00–17:30');

    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(argsOf(fake, 'agenda', 'move')[1]).toEqual({ id: FIRST, toPosition: 1 });
  });

  it('moves an item with the Bajar and Subir buttons, and not past the ends', async () => {
    const { fake, user } = await openPlenary();
    expect((within(items()[0]!).getByTestId('agenda-item-up') as HTMLButtonElement).disabled).toBe(true);
    expect((within(items()[7]!).getByTestId('agenda-item-down') as HTMLButtonElement).disabled).toBe(true);
    await user.click(within(itemNamed('Indicadores y metas')).getByTestId('agenda-item-down'));
    expect(argsOf(fake, 'agenda', 'move')).toEqual([{ id: FIRST + 4, toPosition: 6 }]);
    await expect.poll(() => titles()[5]).toBe('Indicadores y metas');
    await user.click(within(itemNamed('Indicadores y metas')).getByTestId('agenda-item-up'));
    expect(argsOf(fake, 'agenda', 'move')[1]).toEqual({ id: FIRST + 4, toPosition: 5 });
  });

  it('moves an item by dragging it onto another', async () => {
    const { fake } = await openPlenary();
    fireEvent.dragStart(itemNamed('Cierre de la sesión'), { dataTransfer: { setData: () => {}, effectAllowed: '' } });
    fireEvent.dragOver(itemNamed('Informes de las autoridades'), { dataTransfer: { dropEffect: '' } });
    fireEvent.drop(itemNamed('Informes de las autoridades'), { dataTransfer: {} });
    expect(argsOf(fake, 'agenda', 'move')).toEqual([{ id: FIRST + 7, toPosition: 3 }]);
    await expect.poll(() => titles()[2]).toBe('Cierre de la sesión');
  });

  it('adds an item with its presenter and public description, before the closing', async () => {
    const { fake, user } = await openPlenary();
    await user.click(screen.getByTestId('agenda-add'));
    await user.click(screen.getByTestId('agenda-item-save'));
    expect(fake.callsTo('agenda', 'add')).toHaveLength(0);
    expect(screen.getByTestId('error-message').textContent).toBe('Escriba el título del punto.');

    await user.type(screen.getByTestId('agenda-item-title'), 'Informe de la Fiscalía sobre extorsión');
    await user.selectOptions(screen.getByTestId('agenda-item-kind'), 'Informes de autoridades');
    await user.selectOptions(screen.getByTestId('agenda-item-presenter-type'), 'Una institución');
    await user.type(screen.getByTestId('agenda-item-presenter-institution'), 'Fiscalía General del Estado');
    await user.clear(screen.getByTestId('agenda-item-minutes'));
    await user.type(screen.getByTestId('agenda-item-minutes'), '20');
    await user.type(screen.getByTestId('agenda-item-description'), 'Denuncias del primer trimestre.');
    await user.click(screen.getByTestId('agenda-item-save'));
    expect(argsOf(fake, 'agenda', 'add')).toEqual([
      {
        sessionId: 2,
        position: null,
        item: {
          kind: 'authority_reports',
          title: 'Informe de la Fiscalía sobre extorsión',
          presenterPersonId: null,
          presenterCommitteeId: null,
          presenterInstitution: 'Fiscalía General del Estado',
          minutesAllotted: 20,
          description: 'Denuncias del primer trimestre.',
        },
      },
    ]);
    await expect.poll(() => titles().at(-2)).toBe('Informe de la Fiscalía sobre extorsión');
    const added = itemNamed('Informe de la Fiscalía sobre extorsión');
    expect(within(added).getByTestId('agenda-item-presenter').textContent).toBe('Presenta: Fiscalía General del Estado');
    expect(within(added).getByTestId('agenda-item-kind-label').textContent).toBe('Informes de autoridades');
    expect(screen.getByTestId('agenda-estimated-end').textContent).toContain('termina aprox. a las 20:00');
  });

  it('edits an item with a person presenting, and removes one after confirming', async () => {
    const { fake, user } = await openPlenary();
    await user.click(within(itemNamed('Informes de las autoridades')).getByTestId('agenda-item-edit'));
    await user.selectOptions(screen.getByTestId('agenda-item-presenter-type'), 'Una persona');
    await user.selectOptions(
      screen.getByTestId('agenda-item-presenter-person'),
      'Gabriel Quintana Leyva · Director de Seguridad Pública Municipal',
    );
    await user.click(screen.getByTestId('agenda-item-save'));
    expect(argsOf(fake, 'agenda', 'update')).toEqual([
      { id: FIRST + 2, item: expect.objectContaining({ presenterPersonId: 6, presenterInstitution: null, minutesAllotted: 40 }) },
    ]);
    await expect.poll(() => within(itemNamed('Informes de las autoridades')).queryByTestId('agenda-item-presenter')?.textContent).toBe(
      'Presenta: Gabriel Quintana Leyva',
    );

    await user.click(within(itemNamed('Indicadores y metas')).getByTestId('agenda-item-remove'));
    expect(fake.callsTo('agenda', 'remove')).toHaveLength(0);
    await user.click(screen.getByTestId('agenda-item-remove-confirm'));
    expect(argsOf(fake, 'agenda', 'remove')).toEqual([{ id: FIRST + 4 }]);
    await expect.poll(() => items().length).toBe(7);
  });

  it('marks the session convened on a day, offers going back to draft, and exports the DOCX', async () => {
    const { fake, user } = await openPlenary();
    expect((screen.getByTestId('session-convened-on') as HTMLInputElement).value).toBe(localToday());
    fireEvent.change(screen.getByTestId('session-convened-on'), { target: { value: '2026-03-13' } });
    await user.click(screen.getByTestId('session-mark-convened'));
    expect(argsOf(fake, 'sessions', 'markConvened')).toEqual([{ id: 2, sentOn: '2026-03-13' }]);
    await screen.findByTestId('session-status-draft');
    expect(screen.getByTestId('session-status').textContent).toBe('Convocada');

    expect((screen.getByTestId('agenda-export-path') as HTMLInputElement).value).toBe('/home/secretaria/Documentos/orden-del-dia-1-2026.docx');
    // The DOCX leaves the encrypted workspace: it asks first, and cancelling writes nothing.
    await user.click(screen.getByTestId('agenda-export'));
    const dialog = await screen.findByTestId('export-plaintext-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(screen.getByTestId('export-plaintext-where').textContent).toContain('sin cifrar en /home/secretaria/Documentos/orden-del-dia-1-2026.docx');
    expect(dialog.textContent).toContain('solo para ciudadanos');
    expect(dialog.textContent).toContain('queda registrada en la bitácora');
    expect(document.activeElement).toBe(screen.getByTestId('export-plaintext-cancel'));
    await user.click(screen.getByTestId('export-plaintext-cancel'));
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(fake.callsTo('sessions', 'exportAgenda')).toHaveLength(0);
    await user.click(screen.getByTestId('agenda-export'));
    await user.keyboard('{Escape}');
    expect(fake.callsTo('sessions', 'exportAgenda')).toHaveLength(0);

    await user.click(screen.getByTestId('agenda-export'));
    await user.click(await screen.findByTestId('export-plaintext-accept'));
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(argsOf(fake, 'sessions', 'exportAgenda')).toEqual([
      { id: 2, path: '/home/secretaria/Documentos/orden-del-dia-1-2026.docx', language: 'es', confirmedLeavesWorkspace: true },
    ]);
    const done = await screen.findByTestId('agenda-export-done');
    expect(done.textContent).toContain('/home/secretaria/Documentos/orden-del-dia-1-2026.docx');
    expect(done.textContent).toContain('a3f1c9'.padEnd(64, '0'));
  });

  it('prepares the plenary’s citizen meeting and opens it', async () => {
    const { fake, user } = await openPlenary();
    expect((screen.getByTestId('prepare-citizen-meeting-date') as HTMLInputElement).value).toBe('2026-03-12T17:00');
    await user.click(screen.getByTestId('prepare-citizen-meeting'));
    expect(argsOf(fake, 'sessions', 'create')).toEqual([
      { kind: 'citizen_meeting', plenaryType: null, scheduledAt: '2026-03-12T17:00', place: 'Sala de Cabildo', committeeId: null, preparesSessionId: 2, number: null },
    ]);
    expect(await screen.findByTestId('citizen-only-banner')).toBeTruthy();
    await user.click(screen.getByTestId('open-plenary'));
    expect(await screen.findByTestId('open-citizen-meeting')).toBeTruthy();
    expect(screen.queryByTestId('prepare-citizen-meeting')).toBeNull();
  });
});
