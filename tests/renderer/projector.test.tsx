import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followupWindow } from '../../src/renderer/projector/followupWindow.js';
import { ProjectorView } from '../../src/renderer/projector/ProjectorView.js';
import { useProjectorStore } from '../../src/renderer/projector/projectorStore.js';
import type { ProjectionAgreementDto, ProjectionFollowupDto, ProjectionLiveDto, ProjectionViewDto, ProjectorBridge } from '../../src/shared/ipc/events.js';

/** The projector's transport: a listener list and a current view resolved when the test says. */
function fakeProjector(current: ProjectionViewDto) {
  const listeners = new Set<(view: ProjectionViewDto) => void>();
  let answer: () => void = () => {};
  const bridge: ProjectorBridge = {
    onProjection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => new Promise((resolve) => (answer = () => resolve(current))),
  };
  return {
    bridge,
    listeners,
    answerCurrent: () => act(async () => answer()),
    emit: (view: ProjectionViewDto) => act(() => listeners.forEach((l) => l(view))),
  };
}

beforeEach(() => {
  // The projector must never reach for the console's API.
  Object.defineProperty(window, 'plenaria', {
    configurable: true,
    get() {
      throw new Error('the projector touched window.plenaria');
    },
  });
});

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  useProjectorStore.setState(useProjectorStore.getInitialState(), true);
  delete window.projector;
  delete (window as { plenaria?: unknown }).plenaria;
});

describe('projector', () => {
  it('shows only a discreet "Plenaria" while no workspace is open', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: null });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    await fake.answerCurrent();
    const neutral = screen.getByTestId('projector-neutral');
    expect(neutral.textContent).toBe('Plenaria');
    expect(screen.queryByTestId('projector-mesa-name')).toBeNull();
  });

  it('shows the current Mesa name when opened mid-session', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: 'Mesa de Seguridad de Juárez' });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    await fake.answerCurrent();
    expect(screen.getByTestId('projector-mesa-name').textContent).toBe('Mesa de Seguridad de Juárez');
  });

  it('follows projection events, and an older current() answer does not overwrite them', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: null });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    fake.emit({ screen: 'neutral', mesaName: 'Mesa Norte' });
    expect(screen.getByTestId('projector-mesa-name').textContent).toBe('Mesa Norte');
    await fake.answerCurrent();
    expect(screen.getByTestId('projector-mesa-name').textContent).toBe('Mesa Norte');

    fake.emit({ screen: 'neutral', mesaName: null });
    expect(screen.queryByTestId('projector-mesa-name')).toBeNull();
    expect(screen.getByTestId('projector-neutral').textContent).toBe('Plenaria');
  });

  it('unsubscribes when the view goes away', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: null });
    window.projector = fake.bridge;
    const { unmount } = render(<ProjectorView />);
    expect(fake.listeners.size).toBe(1);
    unmount();
    expect(fake.listeners.size).toBe(0);
  });
});

/** A plenary in its third item, built around a fixed "now" so that times can be asserted. */
const NOW = new Date(2026, 2, 12, 17, 40, 0).getTime();

function liveView(overrides: Partial<ProjectionLiveDto> = {}): ProjectionViewDto {
  const titles = ['Presentaciones informales', 'Lectura de acuerdos y su seguimiento', 'Informes de las autoridades', 'Avances de los comités', 'Asuntos generales'];
  return {
    screen: 'live',
    live: {
      language: 'es',
      mesaName: 'Mesa de Seguridad y Justicia de Juárez',
      sessionTitle: 'Sesión plenaria ordinaria 7/2026',
      place: 'Salón de Cabildo',
      agenda: titles.map((title, i) => ({
        position: i + 1,
        title,
        minutesAllotted: 10,
        state: i < 2 ? 'done' : i === 2 ? 'current' : i === 3 ? 'next' : 'pending',
      })),
      current: {
        position: 3,
        kind: 'authority_reports',
        title: 'Informes de las autoridades',
        presenter: 'Mtro. Héctor Domínguez, Secretario de Seguridad Pública',
        minutesAllotted: 40,
        endsAtMs: NOW + 25 * 60_000,
        warningSeconds: 120,
      },
      // 25 minutes left of this item and two items of 10 minutes after it: 18:25.
      estimatedEndMs: NOW + 45 * 60_000,
      draft: null,
      adopted: [],
      followup: null,
      indicator: null,
      ...overrides,
    },
  };
}

const draft: ProjectionAgreementDto = {
  code: 'PL-7/2026-03',
  text: 'Reforzar el patrullaje nocturno en la colonia Centro',
  committee: 'Comité de Prevención Social',
  responsibles: ['Laura Villalobos', 'Ricardo Ortega'],
  dueOn: '2026-04-15',
};

function followup(focusCode: string | null): ProjectionFollowupDto {
  const statuses = ['pendiente', 'en_proceso', 'cumplido', 'cancelado'] as const;
  return {
    rows: Array.from({ length: 12 }, (_, i) => ({
      code: `PL-6/2026-${String(i + 1).padStart(2, '0')}`,
      text: `Acuerdo abierto número ${i + 1}`,
      responsible: i === 3 ? null : `Dependencia ${i + 1}`,
      dueOn: '2026-05-20',
      status: statuses[i % 4]!,
      progress: (i + 1) * 5,
      recorded: i < 6,
    })),
    focusCode,
  };
}

/** The projector opened on a view: current() answers it at once. */
async function show(view: ProjectionViewDto) {
  const fake = fakeProjector(view);
  window.projector = fake.bridge;
  render(<ProjectorView />);
  await fake.answerCurrent();
  return fake;
}

describe('projector screens', () => {
  it('the black screen shows nothing at all', async () => {
    await show({ screen: 'black' });
    const black = screen.getByTestId('projector-black');
    expect(black.textContent).toBe('');
    expect(black.children).toHaveLength(0);
    expect(document.body.textContent).toBe('');
  });

  it('the wait screen asks for a moment in the view\'s language, with the Mesa\'s name', async () => {
    const fake = await show({ screen: 'wait', mesaName: 'Mesa Norte', language: 'es' });
    expect(screen.getByTestId('projector-wait').textContent).toContain('Un momento, por favor');
    expect(screen.getByTestId('projector-wait').textContent).toContain('Mesa Norte');
    fake.emit({ screen: 'wait', mesaName: 'Mesa Norte', language: 'en' });
    expect(screen.getByTestId('projector-wait').textContent).toContain('One moment, please');
    expect(screen.getByTestId('projector-wait').textContent).not.toContain('Un momento');
  });

  it('the live screen shows the session, the agenda by state and the current item', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'Date'] });
    await show(liveView());
    expect(screen.getByTestId('projector-live')).toBeTruthy();
    expect(screen.getByTestId('projector-session-title').textContent).toBe('Sesión plenaria ordinaria 7/2026');
    expect(screen.getByTestId('projector-live').textContent).toContain('Mesa de Seguridad y Justicia de Juárez');
    expect(screen.getByTestId('projector-clock').textContent).toBe('17:40');
    expect(['done', 'done', 'current', 'next', 'pending']).toEqual(
      [1, 2, 3, 4, 5].map((p) => screen.getByTestId(`projector-agenda-item-${p}`).getAttribute('data-state')),
    );
    expect(screen.getByTestId('projector-agenda-item-1').textContent).toContain('✓');
    expect(screen.getByTestId('projector-agenda-item-4').textContent).toContain('Siguiente');
    expect(screen.getByTestId('projector-current-title').textContent).toBe('Informes de las autoridades');
    expect(screen.getByTestId('projector-live').textContent).toContain('Punto 3');
    expect(screen.getByTestId('projector-presenter').textContent).toBe('Mtro. Héctor Domínguez, Secretario de Seguridad Pública');
    expect(screen.getByTestId('projector-countdown').textContent).toBe('25:00');
    expect(screen.getByTestId('projector-countdown').getAttribute('data-state')).toBe('normal');
    expect(screen.getByTestId('projector-estimated-end').textContent).toBe('18:25');
    expect(screen.queryByTestId('projector-draft')).toBeNull();
    expect(screen.queryByTestId('projector-followup')).toBeNull();
  });

  it('an item without a presenter shows no presenter line', async () => {
    const view = liveView();
    if (view.screen !== 'live' || !view.live.current) throw new Error('a live view');
    await show(liveView({ current: { ...view.live.current, presenter: null } }));
    expect(screen.queryByTestId('projector-presenter')).toBeNull();
  });

  it('the live screen speaks the view\'s language', async () => {
    await show(liveView({ language: 'en', draft }));
    expect(screen.getByTestId('projector-live').textContent).toContain('Item 3');
    expect(screen.getByTestId('projector-agenda-item-4').textContent).toContain('Next');
    expect(screen.getByTestId('projector-draft').textContent).toContain('Agreement');
    expect(screen.getByTestId('projector-live').textContent).not.toContain('Punto 3');
  });

  it('the countdown ticks locally, warns within the warning time and runs into red past zero', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['setInterval', 'clearInterval', 'Date'] });
    const view = liveView();
    if (view.screen !== 'live' || !view.live.current) throw new Error('a live view');
    await show(liveView({ current: { ...view.live.current, endsAtMs: NOW + 125_000 }, estimatedEndMs: NOW + 125_000 + 20 * 60_000 }));
    const countdown = () => screen.getByTestId('projector-countdown');
    expect(countdown().textContent).toBe('2:05');
    expect(countdown().getAttribute('data-state')).toBe('normal');

    act(() => vi.advanceTimersByTime(4_000));
    expect(countdown().textContent).toBe('2:01');
    expect(countdown().getAttribute('data-state')).toBe('normal');
    act(() => vi.advanceTimersByTime(1_000));
    expect(countdown().textContent).toBe('2:00');
    expect(countdown().getAttribute('data-state')).toBe('warning');
    expect(screen.getByText('Por concluir')).toBeTruthy();

    act(() => vi.advanceTimersByTime(121_000));
    expect(countdown().textContent).toBe('-0:01');
    expect(countdown().getAttribute('data-state')).toBe('over');
    expect(screen.getByText('Tiempo excedido')).toBeTruthy();
    act(() => vi.advanceTimersByTime(82_000));
    expect(countdown().textContent).toBe('-1:23');
    // Over time, the end of the session moves with every minute: now (17:43:28) + 20 minutes.
    expect(screen.getByTestId('projector-estimated-end').textContent).toBe('18:03');
  });

  it('the wall clock follows this machine\'s time', async () => {
    vi.useFakeTimers({ now: NOW - 1_000, toFake: ['setInterval', 'clearInterval', 'Date'] });
    await show(liveView());
    expect(screen.getByTestId('projector-clock').textContent).toBe('17:39');
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByTestId('projector-clock').textContent).toBe('17:40');
  });

  it('the agreement being typed follows every projection, with its code, committee, responsibles and due date', async () => {
    const fake = await show(liveView());
    fake.emit(liveView({ draft: { ...draft, text: 'Reforzar', committee: null, responsibles: [], dueOn: null } }));
    expect(screen.getByTestId('projector-draft-code').textContent).toBe('PL-7/2026-03');
    expect(screen.getByTestId('projector-draft-text').textContent).toBe('Reforzar');
    expect(screen.getByTestId('projector-draft').textContent).toContain('Acuerdo PL-7/2026-03');
    expect(screen.getByTestId('projector-draft').textContent).not.toContain('Responsables');

    fake.emit(liveView({ draft }));
    expect(screen.getByTestId('projector-draft-text').textContent).toBe('Reforzar el patrullaje nocturno en la colonia Centro');
    const shown = screen.getByTestId('projector-draft').textContent;
    expect(shown).toContain('Comité de Prevención Social');
    expect(shown).toContain('Laura Villalobos, Ricardo Ortega');
    expect(shown).toContain('15 abr 2026');

    fake.emit(liveView({ adopted: [draft] }));
    expect(screen.queryByTestId('projector-draft')).toBeNull();
    expect(screen.getByTestId('projector-adopted-PL-7/2026-03').textContent).toContain('Reforzar el patrullaje nocturno');
  });

  it('adopted agreements are listed, the latest first', async () => {
    await show(liveView({ adopted: [{ ...draft, code: 'PL-7/2026-01' }, { ...draft, code: 'PL-7/2026-02', text: 'Instalar luminarias' }] }));
    const items = screen.getAllByTestId(/^projector-adopted-/).map((e) => e.getAttribute('data-testid'));
    expect(items).toEqual(['projector-adopted-PL-7/2026-02', 'projector-adopted-PL-7/2026-01']);
  });

  it('the follow-up table marks the agreement being read and shows a window around it', async () => {
    const fake = await show(liveView({ followup: followup('PL-6/2026-07') }));
    const table = screen.getByTestId('projector-followup');
    const focused = screen.getByTestId('projector-followup-PL-6/2026-07');
    expect(focused.getAttribute('data-focus')).toBe('true');
    expect(within(table).getAllByTestId(/^projector-followup-PL/).filter((r) => r.getAttribute('data-focus') === 'true')).toHaveLength(1);
    expect(table.textContent).toContain('Acuerdo 7 de 12');
    // Seven rows around the seventh of twelve: the fourth to the tenth.
    const codes = within(table).getAllByTestId(/^projector-followup-PL/).map((r) => r.getAttribute('data-testid')!.slice('projector-followup-'.length));
    expect(codes).toEqual(['PL-6/2026-04', 'PL-6/2026-05', 'PL-6/2026-06', 'PL-6/2026-07', 'PL-6/2026-08', 'PL-6/2026-09', 'PL-6/2026-10']);
    expect(table.textContent).toContain('3 acuerdos antes');
    expect(table.textContent).toContain('2 acuerdos más');
    expect(focused.textContent).toContain('Acuerdo abierto número 7');
    expect(focused.textContent).toContain('Dependencia 7');
    expect(focused.textContent).toContain('Cumplido');
    expect(focused.textContent).toContain('35');
    expect(within(table).getByTestId('projector-followup-PL-6/2026-08').textContent).toContain('Cancelado');
    expect(within(table).getByTestId('projector-followup-PL-6/2026-05').textContent).toContain('Pendiente');
    expect(within(table).getByTestId('projector-followup-PL-6/2026-06').textContent).toContain('En proceso');

    fake.emit(liveView({ followup: followup('PL-6/2026-12') }));
    expect(screen.getByTestId('projector-followup-PL-6/2026-12').getAttribute('data-focus')).toBe('true');
    expect(screen.queryByTestId('projector-followup-PL-6/2026-07')?.getAttribute('data-focus')).toBe('false');
    expect(screen.queryByTestId('projector-followup-PL-6/2026-01')).toBeNull();
  });

  it('during the indicators item the chosen indicator is drawn with its goals, light on black', async () => {
    const view = liveView({
      indicator: {
        position: 2,
        count: 3,
        series: {
          id: 7,
          name: 'Homicidio doloso',
          unit: 'cases',
          source: 'Fiscalía General del Estado',
          points: [
            { period: '2026-01', cases: 14, value: 14, population: null },
            { period: '2026-02', cases: 11, value: 11, population: null },
          ],
          goals: [
            {
              id: 1,
              target: 12,
              deadline: '2026-12-31',
              adoptedSession: null,
              adoptedAgreement: null,
              superseded: false,
              supersededById: null,
              metOn: null,
              status: 'met',
              met: true,
              visibility: 'plenary',
            },
          ],
          latest: { period: '2026-02', value: 11, monthOverMonth: { previousPeriod: '2026-01', previous: 14, delta: -3, percent: -21.4 }, yearOverYear: null },
          currentGoalId: 1,
          asOf: '2026-03-12',
        },
      },
    });
    await show(view);
    expect(screen.getByTestId('projector-live').getAttribute('data-layout')).toBe('indicator');
    const panel = screen.getByTestId('projector-indicator');
    expect(panel.textContent).toContain('Indicador 2 de 3');
    const chart = screen.getByTestId('projector-indicator-chart');
    expect(chart.getAttribute('data-indicator')).toBe('Homicidio doloso');
    // ECharts' SVG renderer draws into the DOM: the title and the goal's label are real text.
    const svg = chart.querySelector('svg');
    expect(svg).not.toBeNull();
    expect(svg!.textContent).toContain('Homicidio doloso');
    expect(svg!.textContent).toMatch(/Meta/);
    // While an agreement is typed, the draft takes the stage.
    cleanup();
    await show({ screen: 'live', live: { ...(view as Extract<ProjectionViewDto, { screen: 'live' }>).live, draft } });
    expect(screen.queryByTestId('projector-indicator')).toBeNull();
    expect(screen.getByTestId('projector-draft')).toBeTruthy();
  });

  it('before the reading starts the table opens at its first rows, none focused', async () => {
    await show(liveView({ followup: followup(null) }));
    const rows = screen.getAllByTestId(/^projector-followup-PL/);
    expect(rows[0]!.getAttribute('data-testid')).toBe('projector-followup-PL-6/2026-01');
    expect(rows.every((r) => r.getAttribute('data-focus') === 'false')).toBe(true);
    expect(screen.getByTestId('projector-followup').textContent).toContain('12 acuerdos abiertos');
  });

  it('switches between screens as main says, and an event after current() wins over its answer', async () => {
    const fake = fakeProjector({ screen: 'neutral', mesaName: 'Mesa Norte' });
    window.projector = fake.bridge;
    render(<ProjectorView />);
    fake.emit(liveView({ draft }));
    expect(screen.getByTestId('projector-live')).toBeTruthy();
    await fake.answerCurrent();
    expect(screen.getByTestId('projector-live')).toBeTruthy();
    expect(screen.queryByTestId('projector-neutral')).toBeNull();

    fake.emit({ screen: 'black' });
    expect(screen.getByTestId('projector-black')).toBeTruthy();
    expect(screen.queryByTestId('projector-live')).toBeNull();
    fake.emit({ screen: 'wait', mesaName: 'Mesa Norte', language: 'es' });
    expect(screen.getByTestId('projector-wait')).toBeTruthy();
    fake.emit(liveView());
    expect(screen.getByTestId('projector-live')).toBeTruthy();
  });
});

describe('followupWindow', () => {
  const rows = Array.from({ length: 12 }, (_, i) => i);

  it('keeps a short table whole', () => {
    expect(followupWindow([1, 2, 3], 1, 7)).toEqual({ rows: [1, 2, 3], before: 0, after: 0 });
  });

  it('centres the focused row and stops at the ends', () => {
    expect(followupWindow(rows, 6, 7)).toEqual({ rows: [3, 4, 5, 6, 7, 8, 9], before: 3, after: 2 });
    expect(followupWindow(rows, 0, 7)).toEqual({ rows: [0, 1, 2, 3, 4, 5, 6], before: 0, after: 5 });
    expect(followupWindow(rows, 11, 7)).toEqual({ rows: [5, 6, 7, 8, 9, 10, 11], before: 5, after: 0 });
    expect(followupWindow(rows, -1, 5)).toEqual({ rows: [0, 1, 2, 3, 4], before: 0, after: 7 });
    expect(followupWindow(rows, 6, 1)).toEqual({ rows: [6], before: 6, after: 5 });
  });
});
