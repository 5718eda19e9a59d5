import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/renderer/console/App.js';
import { annualizedRate, formatIndicatorValue } from '../../src/shared/domain/indicators.js';
import type { SeedAgreement } from './support/fakeAgreements.js';
import { createFakeBridge, JUAREZ, JUAREZ_PASSPHRASE, JUAREZ_PATH } from './support/fakeBridge.js';
import type { IndicatorsSeed } from './support/fakeIndicators.js';
import { argsOf } from './support/openSection.js';
import { installBridge, resetRenderer } from './support/reset.js';

const TODAY = '2026-03-14';

/** Two years of monthly homicides ending last month (February 2026), falling. */
function months(from: number, cases: number[]): Record<string, number> {
  const out: Record<string, number> = {};
  cases.forEach((n, i) => {
    const index = 2024 * 12 + from - 1 + i;
    out[`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`] = n;
  });
  return out;
}

const HOMICIDES = months(3, [70, 66, 64, 61, 60, 58, 55, 50, 45, 40, 38, 36, 34, 33, 30, 28, 27, 25, 24, 22, 20, 19, 18, 15]);

const SEED: IndicatorsSeed = {
  indicators: [
    {
      name: 'Homicidio doloso',
      unit: 'rate_100k',
      source: 'Fiscalía General del Estado',
      values: HOMICIDES,
      goals: [
        { target: 50, deadline: '2024-12-31', adoptedSessionId: 1, metOn: '2024-10-31' },
        { target: 30, deadline: '2025-06-30', adoptedSessionId: 2, adoptedAgreementId: 7, metOn: '2025-05-31' },
        { target: 14, deadline: '2026-12-31', adoptedSessionId: 3, adoptedAgreementId: 8 },
      ],
    },
    { name: 'Robo de vehículo', unit: 'cases', source: 'Fiscalía', values: { '2025-02': 30, '2026-01': 24, '2026-02': 18 } },
    { name: 'Extorsión', unit: 'cases', visibility: 'citizens', values: { '2026-02': 12 }, goals: [{ target: 5, deadline: '2026-06-30' }] },
  ],
};

const AGREEMENTS: SeedAgreement[] = [7, 8, 9].map((id, i) => ({
  id,
  code: `PL-${i + 2}/2025-0${i + 1}`,
  text: `Acuerdo ${id}`,
  sessionId: i + 2,
  session: `Sesión ${i + 2}`,
  sessionDate: '2025-01-01',
  committeeId: null,
  committee: null,
  responsibleIds: [],
  responsible: [],
  dueOn: null,
  status: 'pendiente',
  progress: 0,
  lastFollowUp: null,
  followUps: 0,
}));

afterEach(() => resetRenderer());

// ECharts measures text on a canvas when it can; jsdom has none (and says so on every call), so it estimates.
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterAll(() => {
  vi.restoreAllMocks();
});

async function openIndicators(seed: IndicatorsSeed = SEED) {
  const fake = createFakeBridge({
    files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
    selected: JUAREZ_PATH,
    unlocked: true,
    mesa: { today: TODAY },
    sessions: {
      sessions: [
        { kind: 'plenary', scheduledAt: '2024-06-10T17:00', status: 'closed' },
        { kind: 'plenary', scheduledAt: '2025-01-15T17:00', status: 'closed' },
        { kind: 'plenary', scheduledAt: '2025-07-15T17:00', status: 'closed' },
        { kind: 'plenary', scheduledAt: '2026-03-10T17:00', status: 'closed' },
      ],
    },
    agreements: { rows: AGREEMENTS },
    indicators: seed,
  });
  installBridge(fake);
  render(<App />);
  await screen.findByTestId('app-shell');
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-indicadores'));
  await screen.findByTestId('indicator-row-1');
  return { fake, user };
}

const rate = (cases: number) => formatIndicatorValue('rate_100k', annualizedRate(cases, JUAREZ.population), 'es');

describe('indicators board', () => {
  it('lists every indicator with its latest figure, changes and goal, and which goals are met', async () => {
    await openIndicators();
    const homicides = screen.getByTestId('indicator-row-1');
    // February 2026: 15 cases → the annualized rate; January had 18, February 2025 had 33.
    expect(homicides.textContent).toContain(`${rate(15)} feb 2026`);
    expect(homicides.textContent).toContain('(−17 %)');
    expect(homicides.textContent).toContain('(−58 %)');
    expect(within(homicides).getByTestId('indicator-standing').getAttribute('data-standing')).toBe('met');
    const robbery = screen.getByTestId('indicator-row-2');
    expect(robbery.textContent).toContain('18 feb 2026');
    expect(robbery.textContent).toContain('−6 (−25 %)');
    expect(robbery.textContent).toContain('−12 (−40 %)');
    expect(within(robbery).getByTestId('indicator-standing').textContent).toBe('Sin meta');
    const extortion = screen.getByTestId('indicator-row-3');
    expect(extortion.textContent).toContain('Solo ciudadanos');
    expect(within(extortion).getByTestId('indicator-standing').getAttribute('data-standing')).toBe('not_met');

    const summary = screen.getByTestId('indicators-goal-summary');
    expect(within(summary).getByTestId('indicators-goal-count').textContent).toBe('Metas vigentes cumplidas: 1 de 2.');
    expect(summary.textContent).toContain('Homicidio doloso: meta 14 vigente, cumplida');
    expect(summary.textContent).toContain('Extorsión: meta 5 vigente, en curso');
  });

  it('shows the chosen indicator as an SVG chart with its goals as labelled lines, and the whole goals history', async () => {
    await openIndicators();
    const chart = screen.getByTestId('indicator-chart');
    // ECharts' SVG renderer works under jsdom: its text is in the DOM.
    await waitFor(() => expect(chart.querySelector('svg')).not.toBeNull());
    const text = chart.querySelector('svg')!.textContent!;
    expect(text).toContain('Homicidio doloso');
    expect(text).toContain('Meta 14 (dic 2026)');
    expect(text).toContain('Meta 30 (jun 2025) · cumplida');
    expect(text).toContain('Meta 50 (dic 2024) · cumplida');
    expect(screen.getByTestId('indicator-summary').textContent).toContain('Metas: 50 (cumplida) → 30 (cumplida) → 14 (vigente, cumplida)');

    const goals = within(screen.getByTestId('indicator-goals')).getAllByTestId('indicator-goal');
    expect(goals.map((g) => g.getAttribute('data-superseded'))).toEqual(['true', 'true', 'false']);
    expect(goals[0]!.textContent).toMatch(/^50.*cumplida.*31 oct 2024/);
    expect(goals[1]!.textContent).toContain('PL-2/2025-01');
    expect(goals[2]!.textContent).toContain('vigente, cumplida');
    expect(goals[2]!.textContent).toContain('PL-3/2025-02');

    // Another indicator: its own chart, the citizen-only one clearly marked.
    await userEvent.setup().click(screen.getByTestId('indicator-open-3'));
    expect(screen.getByTestId('indicator-citizen-note').textContent).toContain('nunca se proyecta');
    await waitFor(() => expect(screen.getByTestId('indicator-chart').querySelector('svg')!.textContent).toContain('Extorsión'));
  });

  it('refuses a goal that is not stricter than a met one with main’s sentence, keeping what was typed; a stricter one supersedes it', async () => {
    const { fake, user } = await openIndicators();
    const form = screen.getByTestId('goal-form');
    await user.type(within(form).getByTestId('goal-target'), '20');
    fireEvent.change(within(form).getByTestId('goal-deadline'), { target: { value: '2027-06-30' } });
    await user.click(within(form).getByTestId('goal-submit'));
    expect((await within(form).findByTestId('error-message')).textContent).toContain('la nueva debe ser más estricta, es decir, menor que 14');
    expect((within(form).getByTestId('goal-target') as HTMLInputElement).value).toBe('20');
    expect(within(screen.getByTestId('indicator-goals')).getAllByTestId('indicator-goal')).toHaveLength(3);

    await user.clear(within(form).getByTestId('goal-target'));
    await user.type(within(form).getByTestId('goal-target'), '10');
    expect((within(form).getByTestId('goal-agreement') as HTMLSelectElement).disabled).toBe(true);
    await user.selectOptions(within(form).getByTestId('goal-session'), '3');
    await user.selectOptions(within(form).getByTestId('goal-agreement'), '8');
    await user.click(within(form).getByTestId('goal-submit'));
    await within(form).findByTestId('goal-added');
    expect(argsOf(fake, 'indicators', 'addGoal').at(-1)).toEqual({
      input: { indicatorId: 1, target: 10, deadline: '2027-06-30', adoptedSessionId: 3, adoptedAgreementId: 8 },
    });
    const goals = within(screen.getByTestId('indicator-goals')).getAllByTestId('indicator-goal');
    expect(goals.map((g) => g.getAttribute('data-superseded'))).toEqual(['true', 'true', 'true', 'false']);
    expect(goals[2]!.textContent).toContain('cumplida');
    expect(goals[3]!.textContent).toContain('vigente, en curso');
    expect(screen.getByTestId('indicator-row-1').textContent).toContain('No cumplida');
  });

  it('creates a citizen-only indicator and marks it', async () => {
    const { fake, user } = await openIndicators();
    await user.click(screen.getByTestId('indicator-new'));
    const form = screen.getByTestId('indicator-form');
    await user.type(within(form).getByTestId('indicator-form-name'), 'Narcomenudeo');
    await user.selectOptions(within(form).getByTestId('indicator-form-visibility'), 'citizens');
    expect(form.textContent).toContain('nunca se proyecta');
    await user.type(within(form).getByTestId('indicator-form-source'), 'Observatorio ciudadano');
    await user.click(within(form).getByTestId('indicator-form-save'));
    await screen.findByTestId('indicator-row-4');
    expect(argsOf(fake, 'indicators', 'create')).toEqual([
      { input: { name: 'Narcomenudeo', unit: 'cases', source: 'Observatorio ciudadano', description: null, visibility: 'citizens' } },
    ]);
    expect(screen.getByTestId('indicator-row-4').textContent).toContain('Solo ciudadanos');
    expect(screen.getByTestId('indicator-detail').textContent).toContain('Narcomenudeo');
  });
});

describe('values grid', () => {
  it('buffers edits and saves them in one call; a bad cell is refused and nothing typed is lost', async () => {
    const { fake, user } = await openIndicators();
    await user.click(screen.getByTestId('indicators-tab-valores'));
    const grid = await screen.findByTestId('indicator-grid');
    const cell = (id: number, period: string) => within(grid).getByTestId(`indicator-cell-${id}-${period}`) as HTMLInputElement;
    // Newest first, the current month read-only.
    expect(within(grid).getAllByRole('row')[1]!.getAttribute('data-testid')).toBe('indicator-grid-row-2026-03');
    expect(cell(1, '2026-03').disabled).toBe(true);
    expect(cell(1, '2026-02').value).toBe('15');
    expect(cell(2, '2025-12').value).toBe('');
    const save = within(grid).getByTestId('indicator-grid-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);

    await user.clear(cell(1, '2026-02'));
    await user.type(cell(1, '2026-02'), '16');
    await user.type(cell(2, '2025-12'), 'doce');
    await user.clear(cell(2, '2026-01'));
    expect(within(grid).getByTestId('indicator-grid-invalid').textContent).toContain('1 celda(s)');
    expect(cell(2, '2025-12').getAttribute('aria-invalid')).toBe('true');
    expect(save.disabled).toBe(true);

    await user.clear(cell(2, '2025-12'));
    await user.type(cell(2, '2025-12'), '-3');
    expect(save.disabled).toBe(true);

    // A rate typed where the month's cases go: main's sentence says so, and every typed cell stays.
    await user.clear(cell(2, '2025-12'));
    await user.type(cell(2, '2025-12'), '14.5');
    await user.click(save);
    expect((await within(grid).findByTestId('error-message')).textContent).toContain('«14.5» no es un número de casos válido');
    expect([cell(1, '2026-02').value, cell(2, '2025-12').value, cell(2, '2026-01').value]).toEqual(['16', '14.5', '']);

    await user.clear(cell(2, '2025-12'));
    await user.type(cell(2, '2025-12'), '12');
    await user.click(save);
    await within(grid).findByTestId('indicator-grid-saved');
    const calls = argsOf(fake, 'indicators', 'setValues');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual({
      cells: [
        { indicatorId: 1, period: '2026-02', cases: 16 },
        { indicatorId: 2, period: '2025-12', cases: 12 },
        { indicatorId: 2, period: '2026-01', cases: null },
      ],
    });
    expect(within(grid).getByTestId('indicator-grid-saved').textContent).toBe('Guardado: 1 nuevo(s), 1 modificado(s), 1 borrado(s).');
    expect(cell(2, '2026-01').value).toBe('');
    expect(save.disabled).toBe(true);

    // The board reads the new figure.
    await user.click(screen.getByTestId('indicators-tab-tablero'));
    expect(screen.getByTestId('indicator-row-1').textContent).toContain(`${rate(16)} feb 2026`);
  });

  it('edits the population of a year, which the rates use', async () => {
    const { fake, user } = await openIndicators();
    await user.click(screen.getByTestId('indicators-tab-valores'));
    const populations = await screen.findByTestId('populations');
    await user.type(within(populations).getByTestId('population-2026'), '1600000');
    await user.click(within(populations).getByTestId('population-save-2026'));
    await waitFor(() => expect(argsOf(fake, 'indicators', 'setPopulation')).toEqual([{ year: 2026, population: 1_600_000 }]));
    await user.click(screen.getByTestId('indicators-tab-tablero'));
    const expected = formatIndicatorValue('rate_100k', annualizedRate(15, 1_600_000), 'es');
    await waitFor(() => expect(screen.getByTestId('indicator-row-1').textContent).toContain(`${expected} feb 2026`));
  });
});

describe('CSV import', () => {
  const BAD = ['indicador,unidad,periodo,valor,fuente', 'Robo de vehículo,casos,2025-12,21,Fiscalía', 'Robo de vehículo,casos,2025-11,doce,Fiscalía', 'Lesiones,casos,2026-01,40,Fiscalía'].join('\n');
  const GOOD = BAD.replace('doce', '12');

  async function choose(user: ReturnType<typeof userEvent.setup>, text: string) {
    await user.upload(screen.getByTestId('indicators-import-file'), new File([text], 'indicadores.csv', { type: 'text/csv' }));
  }

  it('a bad row blocks the import with its problem in Spanish; the fixed file imports, creating the new indicator', async () => {
    const { fake, user } = await openIndicators();
    await user.click(screen.getByTestId('indicators-tab-importar'));
    await choose(user, BAD);
    await waitFor(() => expect(screen.getAllByTestId('indicators-import-row')).toHaveLength(3));
    expect(screen.getByTestId('indicators-import-invalid').textContent).toBe('1');
    expect(screen.getByTestId('indicators-import-valid').textContent).toBe('2');
    expect(screen.getAllByTestId('indicators-import-issue').map((i) => i.textContent)).toEqual(['valor: «doce» no es un número.']);
    expect(screen.getByTestId('indicators-import-new').textContent).toContain('Lesiones');
    expect((screen.getByTestId('indicators-import-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('indicators-import-blocked')).toBeTruthy();
    await user.click(screen.getByTestId('indicators-import-apply'));
    expect(fake.callsTo('indicators', 'importApply')).toHaveLength(0);

    await choose(user, GOOD);
    await waitFor(() => expect(screen.getByTestId('indicators-import-invalid').textContent).toBe('0'));
    const apply = screen.getByTestId('indicators-import-apply') as HTMLButtonElement;
    expect(apply.disabled).toBe(false);
    expect(apply.textContent).toBe('Importar 3 fila(s)');
    await user.click(apply);
    const result = await screen.findByTestId('indicators-import-result');
    expect(result.textContent).toContain('Importado: 3 mes(es) nuevo(s), 0 modificado(s), 0 sin cambio.');
    expect(result.textContent).toContain('Indicadores creados: Lesiones.');
    expect(argsOf(fake, 'indicators', 'importApply')).toEqual([{ csv: GOOD }]);

    await user.click(screen.getByTestId('indicators-tab-tablero'));
    expect(screen.getByTestId('indicator-row-4').textContent).toContain('40 ene 2026');
  });

  it('shows the month a row replaces', async () => {
    const { user } = await openIndicators();
    await user.click(screen.getByTestId('indicators-tab-importar'));
    await choose(user, 'indicador,unidad,periodo,valor,fuente\nRobo de vehículo,casos,2026-02,20,Fiscalía');
    const row = await screen.findByTestId('indicators-import-row');
    expect(row.textContent).toContain('(antes 18)');
    expect(screen.getByTestId('indicators-import-replaced').textContent).toBe('1');
  });
});

describe('in English', () => {
  it('translates the screen; main’s sentences stay as main wrote them', async () => {
    const fake = createFakeBridge({
      files: { [JUAREZ_PATH]: { passphrase: JUAREZ_PASSPHRASE, mesa: JUAREZ } },
      selected: JUAREZ_PATH,
      unlocked: true,
      language: 'en',
      mesa: { today: TODAY },
      indicators: SEED,
    });
    installBridge(fake);
    render(<App />);
    await screen.findByTestId('app-shell');
    await userEvent.setup().click(screen.getByTestId('nav-indicadores'));
    await screen.findByTestId('indicator-row-1');
    expect(screen.getByTestId('indicators-goal-count').textContent).toBe('Goals in force met: 1 of 2.');
    expect(screen.getByTestId('indicator-row-2').textContent).toContain('No goal');
    await waitFor(() => expect(screen.getByTestId('indicator-chart').querySelector('svg')!.textContent).toContain('Goal 14 (Dec 2026)'));
  });
});
