import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { filterMatrix, isOverdue, sortMatrix, type MatrixFilter, type MatrixRow } from '../../src/shared/domain/agreements.js';
import { App } from '../../src/renderer/console/App.js';
import { useAgreementsStore } from '../../src/renderer/console/features/agreements/store/agreementsStore.js';
import { manyAgreements, type AgreementsSeed, type SeedAgreement } from './support/fakeAgreements.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import { SAMPLE_PEOPLE, type MesaSeed } from './support/fakeMesa.js';
import type { SessionsSeed } from './support/fakeSessions.js';
import { argsOf } from './support/openSection.js';
import { installBridge, resetRenderer } from './support/reset.js';
import { es } from '../../src/renderer/i18n/es.js';

const TODAY = '2026-03-14';

/** The committees manyAgreements names, with the same ids. */
const MESA: MesaSeed = {
  today: TODAY,
  people: SAMPLE_PEOPLE,
  committees: [
    { name: 'Comité de prevención social de la violencia' },
    { name: 'Comité de indicadores', kind: 'indicators' },
    { name: 'Comité anti robo de autos' },
    { name: 'Comité de secuestro y extorsión' },
  ],
};

/**
 * jsdom lays nothing out: the matrix's scroller gets a height so the virtualizer has a window to
 * fill, and the window is a desktop's (on a short one the filters start folded).
 */
const innerHeight = window.innerHeight;
beforeAll(() => {
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1080 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('matrix-scroll') ? 600 : 0;
    },
  });
});
afterAll(() => {
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: innerHeight });
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
});

// The console computes overdue and age against its own today: the same day as the fake's.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 2, 14, 12, 0, 0) });
});
afterEach(() => {
  resetRenderer();
  vi.useRealTimers();
});

async function openAgreements(agreements: AgreementsSeed, options: { sessions?: SessionsSeed; mesa?: MesaSeed } = {}) {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    mesa: options.mesa ?? MESA,
    sessions: options.sessions,
    agreements,
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('app-shell');
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-acuerdos'));
  await screen.findByTestId('agreements-matrix');
  return { fake, user };
}

const strip = (rows: SeedAgreement[]): MatrixRow[] => rows.map(({ visibility: _v, ...r }) => r);
const shownRows = () => screen.queryAllByTestId('matrix-row');
const codes = () => shownRows().map((r) => r.getAttribute('data-code'));
const count = () => screen.getByTestId('matrix-count').textContent;
const headerOf = (column: string) => screen.getByTestId(`matrix-sort-${column}`).closest('[role="columnheader"]')!;
const n = (value: number) => value.toLocaleString('es-MX');
/** The count line the shared rules predict for a filter over the seeded rows. */
function expectedCount(rows: SeedAgreement[], filter: MatrixFilter): string {
  const kept = filterMatrix(strip(rows), filter, TODAY);
  const overdue = kept.filter((r) => isOverdue(r, TODAY)).length;
  return `${n(kept.length)} de ${n(rows.length)} acuerdos · ${n(overdue)} ${overdue === 1 ? 'vencido' : 'vencidos'}`;
}

describe('the matrix of 5,000 agreements', () => {
  const rows = manyAgreements(5000, TODAY);

  it('puts only the visible window of rows in the DOM, with the counts of the whole matrix', async () => {
    await openAgreements({ rows });
    await waitFor(() => expect(shownRows().length).toBeGreaterThan(3));
    expect(shownRows().length).toBeLessThan(40);
    expect(screen.getByTestId('matrix-grid').getAttribute('aria-rowcount')).toBe('5001');
    expect(count()).toBe(expectedCount(rows, {}));
    expect(codes()[0]).toBe(rows[0]!.code);
    expect(screen.getByTestId('section-acuerdos').textContent).toContain('Solo se proyectan los acuerdos visibles en la plenaria');
  });

  it('sorts by any column, ascending then descending, saying so with aria-sort', async () => {
    const { user } = await openAgreements({ rows });
    expect(headerOf('dueOn').getAttribute('aria-sort')).toBe('none');
    await user.click(screen.getByTestId('matrix-sort-dueOn'));
    expect(headerOf('dueOn').getAttribute('aria-sort')).toBe('ascending');
    expect(codes()[0]).toBe(sortMatrix(strip(rows), { column: 'dueOn', direction: 'asc' }, TODAY)[0]!.code);
    await user.click(screen.getByTestId('matrix-sort-dueOn'));
    expect(headerOf('dueOn').getAttribute('aria-sort')).toBe('descending');
    expect(codes()[0]).toBe(sortMatrix(strip(rows), { column: 'dueOn', direction: 'desc' }, TODAY)[0]!.code);

    await user.click(screen.getByTestId('matrix-sort-responsible'));
    expect(headerOf('responsible').getAttribute('aria-sort')).toBe('ascending');
    expect(headerOf('dueOn').getAttribute('aria-sort')).toBe('none');
    await user.click(screen.getByTestId('matrix-sort-age'));
    expect(codes()[0]).toBe(sortMatrix(strip(rows), { column: 'age', direction: 'asc' }, TODAY)[0]!.code);
  });

  it('filters by status, committee, responsible, overdue, session days and text, with the shared rules', async () => {
    const { user } = await openAgreements({ rows });
    await user.click(screen.getByTestId('matrix-filter-status-en_proceso'));
    await user.click(screen.getByTestId('matrix-filter-status-pendiente'));
    expect(count()).toBe(expectedCount(rows, { statuses: ['pendiente', 'en_proceso'] }));
    await user.click(screen.getByTestId('matrix-filter-status-pendiente'));
    expect(count()).toBe(expectedCount(rows, { statuses: ['en_proceso'] }));
    await user.click(screen.getByTestId('matrix-filter-status-en_proceso'));

    await user.selectOptions(screen.getByTestId('matrix-filter-committee'), '3');
    expect(count()).toBe(expectedCount(rows, { committeeId: 3 }));
    await user.selectOptions(screen.getByTestId('matrix-filter-committee'), 'none');
    expect(count()).toBe(expectedCount(rows, { committeeId: null }));
    expect(shownRows()[0]!.textContent).toContain('Sin comité');
    await user.selectOptions(screen.getByTestId('matrix-filter-committee'), '');

    await user.selectOptions(screen.getByTestId('matrix-filter-responsible'), '7');
    expect(count()).toBe(expectedCount(rows, { responsibleId: 7 }));
    await user.selectOptions(screen.getByTestId('matrix-filter-responsible'), '');

    await user.click(screen.getByTestId('matrix-filter-overdue'));
    expect(count()).toBe(expectedCount(rows, { overdue: true }));
    for (const row of shownRows()) expect(within(row).getByTestId('overdue-badge')).toBeTruthy();
    await user.click(screen.getByTestId('matrix-filter-overdue'));

    const from = rows[1000]!.sessionDate;
    const to = rows[2000]!.sessionDate;
    fireEvent.change(screen.getByTestId('matrix-filter-from'), { target: { value: from } });
    fireEvent.change(screen.getByTestId('matrix-filter-to'), { target: { value: to } });
    expect(count()).toBe(expectedCount(rows, { from, to }));
    await user.click(screen.getByTestId('matrix-filter-clear'));
    expect(count()).toBe(expectedCount(rows, {}));

    // The text filter waits for a pause in the typing.
    await user.type(screen.getByTestId('matrix-filter-text'), 'huertas alumbrado');
    await waitFor(() => expect(count()).toBe(expectedCount(rows, { text: 'huertas alumbrado' })));
    expect(shownRows()[0]!.textContent).toMatch(/alumbrado.*Las Huertas/);
  });

  it('groups by committee under headings with their counts, "no committee" last', async () => {
    const { user } = await openAgreements({ rows });
    await user.click(screen.getByTestId('matrix-filter-overdue'));
    await user.click(screen.getByTestId('matrix-group'));
    const headings = screen.getAllByTestId('matrix-group-row');
    expect(headings[0]!.textContent).toContain('Comité anti robo de autos');
    const overdueOfCommittee3 = filterMatrix(strip(rows), { overdue: true, committeeId: 3 }, TODAY).length;
    expect(within(headings[0]!).getByTestId('matrix-group-count').textContent).toBe(`${overdueOfCommittee3} acuerdos · ${overdueOfCommittee3} vencidos`);
    // The heading comes first, then its agreements.
    const body = screen.getByTestId('matrix-grid').querySelector('.matrix-body')!;
    expect(body.firstElementChild!.getAttribute('data-testid')).toBe('matrix-group-row');
    await user.click(screen.getByTestId('matrix-group'));
    expect(screen.queryAllByTestId('matrix-group-row')).toHaveLength(0);
  });

  it('saves the current filter, sort and grouping as a view, applies it again and deletes it', async () => {
    const { fake, user } = await openAgreements({ rows });
    await user.click(screen.getByTestId('matrix-filter-overdue'));
    await user.click(screen.getByTestId('matrix-sort-dueOn'));
    await user.click(screen.getByTestId('matrix-group'));
    await user.type(screen.getByTestId('matrix-view-name'), 'Vencidos por comité');
    await user.click(screen.getByTestId('matrix-view-save'));
    await waitFor(() => expect((screen.getByTestId('matrix-view-select') as HTMLSelectElement).value).toBe('Vencidos por comité'));
    expect(argsOf(fake, 'agreements', 'saveView')).toEqual([
      { name: 'Vencidos por comité', filter: { overdue: true }, sort: { column: 'dueOn', direction: 'asc' }, groupByCommittee: true },
    ]);

    await user.click(screen.getByTestId('matrix-filter-clear'));
    await user.click(screen.getByTestId('matrix-group'));
    expect((screen.getByTestId('matrix-view-select') as HTMLSelectElement).value).toBe('');
    expect(count()).toBe(expectedCount(rows, {}));

    await user.selectOptions(screen.getByTestId('matrix-view-select'), 'Vencidos por comité');
    expect((screen.getByTestId('matrix-filter-overdue') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('matrix-group') as HTMLInputElement).checked).toBe(true);
    expect(headerOf('dueOn').getAttribute('aria-sort')).toBe('ascending');
    expect(count()).toBe(expectedCount(rows, { overdue: true }));

    await user.click(screen.getByTestId('matrix-view-remove'));
    await waitFor(() => expect(fake.agreements.views()).toEqual([]));
    expect(argsOf(fake, 'agreements', 'removeView')).toEqual([{ name: 'Vencidos por comité' }]);
    expect((screen.getByTestId('matrix-view-remove') as HTMLButtonElement).disabled).toBe(true);
  });

  it('folds the filters into one line that still says what is filtered; a short window starts folded', async () => {
    const { user } = await openAgreements({ rows });
    await user.click(screen.getByTestId('matrix-filter-overdue'));
    await user.click(screen.getByTestId('matrix-group'));
    expect(screen.getByTestId('matrix-filter-summary').textContent).toBe('1 filtro activo · Agrupar por comité');
    await user.click(screen.getByTestId('matrix-filters-toggle'));
    expect(screen.queryByTestId('matrix-filter-overdue')).toBeNull();
    expect(screen.getByTestId('matrix-filters-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(count()).toBe(expectedCount(rows, { overdue: true }));
    await user.click(screen.getByTestId('matrix-filters-toggle'));
    expect((screen.getByTestId('matrix-filter-overdue') as HTMLInputElement).checked).toBe(true);

    resetRenderer();
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 768 });
    try {
      await openAgreements({ rows });
      expect(screen.getByTestId('matrix-filters-toggle').getAttribute('aria-expanded')).toBe('false');
      expect(screen.getByTestId('matrix-filter-summary').textContent).toBe('Sin filtros');
    } finally {
      Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1080 });
    }
  });

  it('moves the selected row with ↑/↓ and opens it with Enter; back, the same row is selected', async () => {
    const { user } = await openAgreements({ rows });
    const grid = screen.getByTestId('matrix-grid');
    grid.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');
    const selected = () => shownRows().filter((r) => r.getAttribute('aria-selected') === 'true');
    expect(selected().map((r) => r.getAttribute('data-code'))).toEqual([rows[1]!.code]);
    expect(grid.getAttribute('aria-activedescendant')).toBe(selected()[0]!.id);
    await user.keyboard('{Enter}');
    const detail = await screen.findByTestId('agreement-detail');
    expect(detail.textContent).toContain(rows[1]!.text);
    await user.click(screen.getByTestId('agreement-back'));
    await screen.findByTestId('matrix-grid');
    expect(selected().map((r) => r.getAttribute('data-code'))).toEqual([rows[1]!.code]);
    expect(document.activeElement).toBe(screen.getByTestId('matrix-grid'));
  });
});

/** A few agreements with their session, follow-ups and history, and one from a citizen meeting. */
function smallMatrix(): AgreementsSeed {
  const base = manyAgreements(12, TODAY);
  const first = { ...base[0]!, sessionId: 1, session: 'Sesión plenaria ordinaria 6/2025', sessionDate: '2025-12-10' };
  const citizen = { ...base[1]!, id: 2, visibility: 'citizens' as const, code: 'RC-2/2026-01', session: 'Reunión ciudadana 2/2026', text: 'Pedir a la coordinación un calendario de recorridos ciudadanos.' };
  return {
    rows: [first, citizen, ...base.slice(2)],
    followUps: {
      1: [
        { id: 1, on: '2026-01-14', sessionId: 3, session: 'Sesión plenaria ordinaria 1/2026', status: 'en_proceso', progress: 30, note: 'Se licitaron las luminarias.' },
        { id: 2, on: '2026-02-11', sessionId: 4, session: 'Sesión plenaria ordinaria 2/2026', status: 'en_proceso', progress: 60, note: 'Instaladas 24 de 40.' },
        { id: 3, on: '2026-03-01', sessionId: null, session: null, status: 'cumplido', progress: 100, note: null },
      ],
    },
    history: {
      1: [
        { at: '2025-12-10T23:40:00.000Z', actor: 'secretaria', action: 'insert', what: 'agreement' },
        { at: '2025-12-10T23:41:00.000Z', actor: 'secretaria', action: 'insert', what: 'responsible' },
        { at: '2026-01-14T23:10:00.000Z', actor: 'secretaria', action: 'insert', what: 'followup' },
        { at: '2026-01-15T16:00:00.000Z', actor: 'coordinación', action: 'update', what: 'agreement' },
      ],
    },
    lastMeetings: { 3: '2026-02-20' },
  };
}

describe('one agreement, a committee, the projector', () => {
  it('shows the detail: the session (a link to its agenda), the follow-ups session by session and the audit history', async () => {
    const seed = smallMatrix();
    const sessions: SessionsSeed = {
      sessions: [{ kind: 'plenary', plenaryType: 'ordinary', number: 6, scheduledAt: '2025-12-10T17:00', place: 'Sala de Cabildo', status: 'closed' }],
    };
    const { user } = await openAgreements(seed, { sessions });
    await user.click(within(shownRows()[0]!).getByRole('button', { name: /Abrir el acuerdo/ }));
    const detail = await screen.findByTestId('agreement-detail');
    expect(within(detail).getByTestId('agreement-text').textContent).toBe(seed.rows![0]!.text);
    expect(screen.queryByTestId('agreement-visibility')).toBeNull();
    const followUps = screen.getAllByTestId('agreement-followup');
    expect(followUps.map((f) => f.textContent)).toEqual([
      expect.stringContaining('Sesión plenaria ordinaria 1/2026'),
      expect.stringContaining('Instaladas 24 de 40.'),
      expect.stringContaining('Importado de la hoja de cálculo'),
    ]);
    const history = screen.getAllByTestId('agreement-history');
    expect(history).toHaveLength(4);
    expect(history[1]!.textContent).toContain('Se agregó una persona responsable');
    expect(history[3]!.textContent).toContain('coordinación');
    expect(history[3]!.textContent).toContain('Se modificó el acuerdo');

    await user.click(screen.getByTestId('agreement-session'));
    expect(await screen.findByTestId('agenda-screen')).toBeTruthy();
    expect(screen.getByTestId('nav-sesiones').getAttribute('aria-current')).toBe('page');
  });

  it('marks a citizen-only agreement', async () => {
    const { user } = await openAgreements(smallMatrix());
    await user.click(shownRows().find((r) => r.getAttribute('data-code') === 'RC-2/2026-01')!);
    expect((await screen.findByTestId('agreement-visibility')).textContent).toBe('Solo ciudadanos');
    await user.keyboard('{Escape}');
    await screen.findByTestId('matrix-grid');
  });

  it("lists a committee's current agreements for its meeting, from the tab and from the committee's page", async () => {
    const seed = smallMatrix();
    const { fake, user } = await openAgreements(seed);
    await user.click(screen.getByTestId('agreements-tab-comite'));
    await user.selectOptions(await screen.findByTestId('committee-agreements-select'), '3');
    await waitFor(() => expect(screen.getAllByTestId('committee-agreement').length).toBeGreaterThan(0));
    const plenaryOf3 = seed.rows!.filter((r) => r.committeeId === 3 && r.visibility !== 'citizens');
    const expected = [
      ...plenaryOf3.filter((r) => r.status === 'pendiente' || r.status === 'en_proceso'),
      ...plenaryOf3.filter((r) => (r.status === 'cumplido' || r.status === 'cancelado') && r.lastFollowUp !== null && r.lastFollowUp.on > '2026-02-20'),
    ];
    expect(screen.getAllByTestId('committee-agreement').map((li) => li.querySelector('.agr-sheet-code')!.textContent)).toEqual(expected.map((r) => r.code));
    expect(screen.getByTestId('committee-agreements-last-meeting').textContent).toContain('última reunión: 20 feb 2026');
    expect(argsOf(fake, 'agreements', 'committee')).toEqual([{ committeeId: 3 }]);

    await user.click(screen.getByTestId('nav-comites'));
    const row = (await screen.findAllByTestId('committee-row')).find((r) => r.textContent!.includes('Comité de indicadores'))!;
    await user.click(row);
    await user.click(await screen.findByTestId('committee-agreements-open'));
    expect(await screen.findByTestId('committee-agreements')).toBeTruthy();
    expect((screen.getByTestId('committee-agreements-select') as HTMLSelectElement).value).toBe('2');
    expect(argsOf(fake, 'agreements', 'committee').at(-1)).toEqual({ committeeId: 2 });
  });

  it('projects the filtered matrix page by page, plenary-visible agreements only, and gives the projector back', async () => {
    const rows = manyAgreements(60, TODAY);
    const { fake, user } = await openAgreements({ rows });
    await user.click(screen.getByTestId('matrix-filter-status-pendiente'));
    await user.click(screen.getByTestId('matrix-project'));
    const plenaryPending = filterMatrix(strip(rows.filter((r) => r.visibility !== 'citizens')), { statuses: ['pendiente'] }, TODAY).length;
    const pages = Math.ceil(plenaryPending / 8);
    await waitFor(() => expect(screen.getByTestId('matrix-project-page').textContent).toBe(`página 1 de ${pages} · ${plenaryPending} acuerdos visibles en la plenaria`));
    expect(argsOf(fake, 'agreements', 'project')).toEqual([
      { projection: { title: 'Matriz de acuerdos', filter: { statuses: ['pendiente'] }, sort: null, page: 0 } },
    ]);
    expect((screen.getByTestId('matrix-project-prev') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId('matrix-project-next'));
    await waitFor(() => expect(screen.getByTestId('matrix-project-page').textContent).toMatch(/^página 2 de/));
    await user.click(screen.getByTestId('matrix-project-prev'));
    await waitFor(() => expect(screen.getByTestId('matrix-project-page').textContent).toMatch(/^página 1 de/));
    expect(argsOf(fake, 'agreements', 'project').map((a) => (a as { projection: { page: number } }).projection.page)).toEqual([0, 1, 0]);

    await user.click(screen.getByTestId('matrix-project-stop'));
    await waitFor(() => expect(screen.queryByTestId('matrix-projecting')).toBeNull());
    expect(argsOf(fake, 'agreements', 'project').at(-1)).toEqual({ projection: null });
    expect(fake.agreements.projected()).toBeNull();
    expect(screen.getByTestId('matrix-project')).toBeTruthy();
  });
});

const MESSY_CSV = [
  '\uFEFFClave;Acuerdo;Sesión;Fecha sesión;Comité;Responsables;Compromiso;Estatus;Avance (%);Notas internas',
  ';Instalar cámaras en el mercado municipal;3/2025;14/05/2025;Comité de parques y jardines;María Fernanda Ortiz Salas;2025-09-30;en proceso;40;revisar',
  '',
  ';Taller de prevención en secundarias;3/2025;2025-05-14;Comité de indicadores;Gabriel Quintana Leyva;30/06/2025;Cumplido;100;',
].join('\r\n');

async function chooseFile(user: ReturnType<typeof userEvent.setup>, file: File) {
  await user.click(screen.getByTestId('agreements-tab-importar'));
  await user.upload(await screen.findByTestId('agreements-import-file'), file);
}

const rowIssues = (line: number) =>
  within(screen.getAllByTestId('import-row').find((r) => r.getAttribute('data-line') === String(line))!)
    .queryAllByTestId('import-issue')
    .map((i) => i.textContent);

describe('importing the spreadsheet', () => {
  it('previews with the mapping and the rows\' problems, re-reads on a mapping change and with create-missing, then imports', async () => {
    const { fake, user } = await openAgreements({ rows: manyAgreements(5, TODAY) });
    await chooseFile(user, new File([MESSY_CSV], 'matriz.csv', { type: 'text/csv' }));
    await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(2));
    expect(screen.getByTestId('agreements-import-chosen').textContent).toBe('Archivo: matriz.csv · CSV separado por «;»');
    const [first] = argsOf(fake, 'agreements', 'importPreview') as { sheet: { format: string; text: string; mapping: object }; createMissing: boolean }[];
    expect(first).toEqual({ sheet: { format: 'csv', text: MESSY_CSV.slice(1), mapping: {} }, createMissing: false });

    // "Compromiso" is not a canonical name: ignored until the secretary says what it holds.
    const compromiso = screen.getByTestId('import-mapping-6') as HTMLSelectElement;
    expect(compromiso.value).toBe('');
    expect(screen.getByTestId('import-missing-columns').textContent).toContain('fecha_compromiso');
    await user.selectOptions(compromiso, 'fecha_compromiso');
    await waitFor(() => expect((screen.getByTestId('import-mapping-6') as HTMLSelectElement).value).toBe('fecha_compromiso'));
    expect((argsOf(fake, 'agreements', 'importPreview').at(-1) as { sheet: { mapping: object } }).sheet.mapping).toEqual({ Compromiso: 'fecha_compromiso' });

    // The unknown committee is a row error, offered for creation; nothing can be imported yet.
    expect(rowIssues(2)).toEqual(['comite: no existe el comité «Comité de parques y jardines»; puede crearse al importar']);
    expect(rowIssues(4)).toEqual([]);
    expect(screen.getAllByTestId('import-missing-committee').map((li) => li.textContent)).toEqual(['Comité de parques y jardines (líneas 2)']);
    expect(screen.getAllByTestId('import-new-session').map((li) => li.textContent)).toEqual([expect.stringContaining('Sesión plenaria ordinaria 3/2025')]);
    expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('import-blocked')).toBeTruthy();

    await user.click(screen.getByTestId('import-create-missing'));
    await waitFor(() => expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(false));
    expect((argsOf(fake, 'agreements', 'importPreview').at(-1) as { createMissing: boolean }).createMissing).toBe(true);
    expect(rowIssues(2)).toEqual([]);
    // Nothing was written by any preview.
    expect(fake.callsTo('agreements', 'importApply')).toHaveLength(0);

    await user.click(screen.getByTestId('import-apply'));
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toContain('Se importaron 2 acuerdo(s)');
    expect(result.textContent).toContain('Comités creados: Comité de parques y jardines.');
    expect(argsOf(fake, 'agreements', 'importApply')).toEqual([
      { sheet: { format: 'csv', text: MESSY_CSV.slice(1), mapping: { Compromiso: 'fecha_compromiso' } }, createMissing: true },
    ]);
    await user.click(screen.getByTestId('agreements-tab-matriz'));
    await waitFor(() => expect(count()).toMatch(/^7 de 7 acuerdos/));
  });

  it('keeps the import disabled while any row has a problem', async () => {
    const csv = [
      'acuerdo,sesion,fecha_sesion,fecha_compromiso,estatus,avance',
      'Uno,3/2025,2025-05-14,,pendiente,0',
      'Dos,3/2025,2025-05-14,31/02/2025x,vencido,120',
    ].join('\n');
    const { fake, user } = await openAgreements({ rows: [] });
    await chooseFile(user, new File([csv], 'matriz.csv'));
    await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(2));
    expect(rowIssues(3)).toEqual([
      'fecha_compromiso: fecha no válida «31/02/2025x» (use AAAA-MM-DD o DD/MM/AAAA)',
      'estatus: «vencido» no es un estatus: se calcula con la fecha compromiso (use pendiente, en proceso, cumplido o cancelado)',
      'avance: avance no válido «120» (un número de 0 a 100, con o sin %)',
    ]);
    expect(screen.getByTestId('import-invalid').textContent).toBe('1');
    const apply = screen.getByTestId('import-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    await user.click(apply);
    expect(fake.callsTo('agreements', 'importApply')).toHaveLength(0);
  });

  it('sends an .xlsx as base64 and shows a refused file with main\'s reason', async () => {
    const { fake, user } = await openAgreements({ rows: [] });
    const sheet = 'acuerdo,fecha_sesion\nUno,2025-05-14\n';
    await chooseFile(user, new File([sheet], 'matriz.xlsx'));
    await waitFor(() => expect(screen.getAllByTestId('import-row')).toHaveLength(1));
    expect(argsOf(fake, 'agreements', 'importPreview')[0]).toEqual({ sheet: { format: 'xlsx', base64: btoa(sheet), mapping: {} }, createMissing: false });
    expect(screen.getByTestId('agreements-import-chosen').textContent).toContain('hoja de cálculo XLSX');

    await user.upload(screen.getByTestId('agreements-import-file'), new File(['nombre,fecha\nx,y'], 'otra.csv'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(
      'No se puede importar: Faltan columnas obligatorias en el encabezado: acuerdo, sesion o fecha_sesion.',
    );
    expect(screen.queryByTestId('import-apply')).toBeNull();
  });
});

describe('exports', () => {
  it('writes the filtered matrix as DOCX, plenary-only by default, with the path main suggests', async () => {
    const rows = manyAgreements(40, TODAY);
    const { fake, user } = await openAgreements({ rows });
    await user.click(screen.getByTestId('matrix-filter-overdue'));
    await user.click(screen.getByTestId('matrix-export-open'));
    await waitFor(() => expect((screen.getByTestId('matrix-export-path') as HTMLInputElement).value).toBe(`/home/secretaria/Documentos/Matriz de acuerdos ${TODAY}.docx`));
    expect((screen.getByTestId('matrix-export-plenary-only') as HTMLInputElement).checked).toBe(true);
    // The DOCX leaves the encrypted workspace too: it asks first, and cancelling writes nothing.
    await user.click(screen.getByTestId('matrix-export-docx'));
    const dialog = await screen.findByTestId('export-plaintext-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(screen.getByTestId('export-plaintext-where').textContent).toContain(`sin cifrar en /home/secretaria/Documentos/Matriz de acuerdos ${TODAY}.docx`);
    expect(dialog.textContent).toContain('solo para ciudadanos');
    expect(document.activeElement).toBe(screen.getByTestId('export-plaintext-cancel'));
    await user.click(screen.getByTestId('export-plaintext-cancel'));
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(fake.callsTo('agreements', 'exportDocx')).toHaveLength(0);
    await user.click(screen.getByTestId('matrix-export-docx'));
    await user.click(await screen.findByTestId('export-plaintext-accept'));
    const done = await screen.findByTestId('matrix-export-done');
    const expected = filterMatrix(strip(rows.filter((r) => r.visibility !== 'citizens')), { overdue: true }, TODAY).length;
    expect(done.textContent).toContain(`Se exportaron ${expected} acuerdos en DOCX.`);
    expect(screen.getByTestId('matrix-export-sha').textContent).toBe('9c4e2a7b1f03');
    expect(argsOf(fake, 'agreements', 'exportDocx')).toEqual([
      { filter: { overdue: true }, sort: null, path: `/home/secretaria/Documentos/Matriz de acuerdos ${TODAY}.docx`, language: 'es', plenaryOnly: true, confirmedLeavesWorkspace: true },
    ]);
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
  });

  it('asking for citizen-only agreements in the DOCX says so in the confirmation', async () => {
    const { fake, user } = await openAgreements({ rows: manyAgreements(10, TODAY) });
    await user.click(screen.getByTestId('matrix-export-open'));
    await user.click(screen.getByTestId('matrix-export-plenary-only'));
    await user.click(screen.getByTestId('matrix-export-docx'));
    const dialog = await screen.findByTestId('export-plaintext-confirm');
    expect(dialog.textContent).toContain(es['agreements.export.includesCitizen']);
    await user.keyboard('{Escape}');
    expect(fake.callsTo('agreements', 'exportDocx')).toHaveLength(0);
  });

  it('writes a CSV or XLSX only after the confirmation that the file leaves the encrypted workspace', async () => {
    const { fake, user } = await openAgreements({ rows: manyAgreements(10, TODAY) });
    await user.click(screen.getByTestId('matrix-export-open'));
    await user.click(screen.getByTestId('matrix-export-csv'));
    const dialog = await screen.findByTestId('export-plaintext-confirm');
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.textContent).toContain('fuera del espacio de trabajo cifrado');
    expect(dialog.textContent).toContain('queda registrada');
    expect(document.activeElement).toBe(screen.getByTestId('export-plaintext-cancel'));
    await user.click(screen.getByTestId('export-plaintext-cancel'));
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(fake.callsTo('agreements', 'exportPlaintext')).toHaveLength(0);

    await user.click(screen.getByTestId('matrix-export-xlsx'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
    expect(fake.callsTo('agreements', 'exportPlaintext')).toHaveLength(0);

    await user.click(screen.getByTestId('matrix-export-csv'));
    await waitFor(() => expect((screen.getByTestId('export-plaintext-path') as HTMLInputElement).value).toMatch(/\.csv$/));
    await user.click(screen.getByTestId('export-plaintext-accept'));
    expect(await screen.findByTestId('matrix-export-done')).toBeTruthy();
    expect(argsOf(fake, 'agreements', 'exportPlaintext')).toEqual([
      { filter: {}, sort: null, path: `/home/secretaria/Documentos/Matriz de acuerdos ${TODAY}.csv`, format: 'csv', confirmedLeavesWorkspace: true },
    ]);
    expect(screen.queryByTestId('export-plaintext-confirm')).toBeNull();
  });
});

describe('locking', () => {
  it('forgets the matrix and stops listening to the projector', async () => {
    const { user } = await openAgreements({ rows: manyAgreements(20, TODAY) });
    await user.click(screen.getByTestId('matrix-project'));
    await screen.findByTestId('matrix-projecting');
    await user.click(screen.getByTestId('lock-button'));
    await screen.findByTestId('unlock-screen');
    await act(async () => {});
    expect(useAgreementsStore.getState()).toMatchObject({ rows: [], loaded: false, projection: null, views: [] });
  });
});
