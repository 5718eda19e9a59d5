import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectorView } from '../../src/renderer/projector/ProjectorView.js';
import { useProjectorStore } from '../../src/renderer/projector/projectorStore.js';
import type { ProjectionMatrixDto, ProjectionViewDto, ProjectorBridge } from '../../src/shared/ipc/events.js';

/** The projector opened on a view, with a way to push the next projections. */
async function show(view: ProjectionViewDto) {
  const listeners = new Set<(view: ProjectionViewDto) => void>();
  const bridge: ProjectorBridge = {
    onProjection(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: async () => view,
  };
  window.projector = bridge;
  render(<ProjectorView />);
  await act(async () => {});
  return { emit: (next: ProjectionViewDto) => act(() => listeners.forEach((l) => l(next))) };
}

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  useProjectorStore.setState(useProjectorStore.getInitialState(), true);
  delete window.projector;
});

type Row = ProjectionMatrixDto['rows'][number];

const rows: Row[] = [
  { code: 'PL-3/2026-04', text: 'Instalar cuarenta luminarias LED en la avenida Tecnológico', session: 'Sesión plenaria ordinaria 3/2026', responsible: 'Comité de Prevención Social; Ing. Marcela Treviño', dueOn: '2026-03-31', status: 'en_proceso', progress: 45, overdue: true },
  { code: 'PL-3/2026-07', text: 'Presentar el diagnóstico de incidencia delictiva por colonia', session: 'Sesión plenaria ordinaria 3/2026', responsible: 'Fiscalía General del Estado', dueOn: '2026-04-15', status: 'pendiente', progress: 0, overdue: true },
  { code: 'PL-4/2026-02', text: 'Reforzar el patrullaje nocturno en la colonia Centro', session: 'Sesión plenaria ordinaria 4/2026', responsible: 'Secretaría de Seguridad Pública', dueOn: '2026-05-30', status: 'en_proceso', progress: 70, overdue: false },
  { code: 'PL-4/2026-05', text: 'Rehabilitar los parques Borunda y Central', session: 'Sesión plenaria ordinaria 4/2026', responsible: 'Comité de Participación Ciudadana', dueOn: '2026-04-20', status: 'pendiente', progress: 10, overdue: true },
  { code: 'PLE-1/2026-01', text: 'Firmar el convenio con las universidades', session: 'Sesión plenaria extraordinaria 1/2026', responsible: 'Rectoría UACJ', dueOn: '2026-06-30', status: 'cumplido', progress: 100, overdue: false },
  { code: 'PL-5/2026-06', text: 'Cancelar la compra de cámaras del lote 2', session: 'Sesión plenaria ordinaria 5/2026', responsible: null, dueOn: null, status: 'cancelado', progress: 20, overdue: false },
];

function matrixView(overrides: Partial<ProjectionMatrixDto> = {}): ProjectionViewDto {
  return {
    screen: 'matrix',
    matrix: {
      language: 'es',
      mesaName: 'Mesa de Seguridad y Justicia de Ciudad Juárez',
      title: 'Seguimiento de acuerdos abiertos',
      filterSummary: ['Estatus: Pendiente, En proceso', 'Solo vencidos'],
      rows,
      page: 1,
      pages: 5,
      total: 37,
      counts: { pendiente: 14, en_proceso: 12, cumplido: 7, cancelado: 4, overdue: 9 },
      ...overrides,
    },
  };
}

const rowOf = (code: string) => screen.getByTestId(`projector-matrix-row-${code}`);

describe('projector matrix', () => {
  it('shows the Mesa, the title, the filter, the page and the clock', async () => {
    vi.useFakeTimers({ now: new Date(2026, 2, 12, 17, 40).getTime(), toFake: ['setInterval', 'clearInterval', 'Date'] });
    await show(matrixView());
    const matrix = screen.getByTestId('projector-matrix');
    expect(matrix.getAttribute('lang')).toBe('es');
    expect(matrix.textContent).toContain('Mesa de Seguridad y Justicia de Ciudad Juárez');
    expect(screen.getByTestId('projector-matrix-title').textContent).toBe('Seguimiento de acuerdos abiertos');
    expect(matrix.textContent).toContain('Estatus: Pendiente, En proceso');
    expect(matrix.textContent).toContain('Solo vencidos');
    // The page is 0-based in the view and counted from 1 on the wall.
    expect(screen.getByTestId('projector-matrix-page').textContent).toBe('Página 2 de 5 · 37 acuerdos');
    expect(screen.getByTestId('projector-clock').textContent).toBe('17:40');
  });

  it('lists the page\'s rows in order with every column', async () => {
    await show(matrixView());
    const codes = screen.getAllByTestId(/^projector-matrix-row-/).map((r) => r.getAttribute('data-testid')!.slice('projector-matrix-row-'.length));
    expect(codes).toEqual(rows.map((r) => r.code));
    const first = rowOf('PL-3/2026-04');
    expect(first.textContent).toContain('Instalar cuarenta luminarias LED en la avenida Tecnológico');
    expect(first.textContent).toContain('Sesión plenaria ordinaria 3/2026');
    expect(first.textContent).toContain('Comité de Prevención Social; Ing. Marcela Treviño');
    expect(first.textContent).toContain('31 mar 2026');
    expect(first.textContent).toContain('En proceso');
    expect(first.textContent).toContain('45');
    expect(rowOf('PLE-1/2026-01').textContent).toContain('Cumplido');
    expect(rowOf('PLE-1/2026-01').textContent).toContain('100');
    // Nothing filled in shows a dash, not an empty cell.
    const cancelled = within(rowOf('PL-5/2026-06'));
    expect(cancelled.getAllByText('—')).toHaveLength(2);
    expect(rowOf('PL-5/2026-06').textContent).toContain('Cancelado');
    expect(screen.getByTestId('projector-matrix').textContent).toContain('Fecha límite');
    expect(screen.getByTestId('projector-matrix').textContent).toContain('Sesión');
  });

  it('marks the overdue rows in words, not only by colour', async () => {
    await show(matrixView());
    const overdue = screen.getAllByTestId(/^projector-matrix-row-/).filter((r) => r.getAttribute('data-overdue') === 'true');
    expect(overdue.map((r) => r.getAttribute('data-testid'))).toEqual(['projector-matrix-row-PL-3/2026-04', 'projector-matrix-row-PL-3/2026-07', 'projector-matrix-row-PL-4/2026-05']);
    for (const r of overdue) expect(within(r).getByText('Vencido')).toBeTruthy();
    for (const code of ['PL-4/2026-02', 'PLE-1/2026-01', 'PL-5/2026-06']) {
      expect(rowOf(code).getAttribute('data-overdue')).toBe('false');
      expect(rowOf(code).textContent).not.toContain('Vencido');
    }
  });

  it('counts the whole filtered matrix by status, the overdue ones apart', async () => {
    await show(matrixView());
    const counts = screen.getByTestId('projector-matrix-counts');
    const items = within(counts).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Pendiente14', 'En proceso12', 'Cumplido7', 'Cancelado4', 'Vencidos9']);
  });

  it('speaks English when the view does', async () => {
    await show(matrixView({ language: 'en', title: 'Open agreements', filterSummary: ['Overdue only'] }));
    const matrix = screen.getByTestId('projector-matrix');
    expect(matrix.getAttribute('lang')).toBe('en');
    expect(screen.getByTestId('projector-matrix-page').textContent).toBe('Page 2 of 5 · 37 agreements');
    expect(within(rowOf('PL-3/2026-04')).getByText('Overdue')).toBeTruthy();
    expect(rowOf('PL-3/2026-04').textContent).toContain('Mar 31, 2026');
    expect(rowOf('PL-3/2026-04').textContent).toContain('In progress');
    const items = within(screen.getByTestId('projector-matrix-counts')).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Pending14', 'In progress12', 'Fulfilled7', 'Cancelled4', 'Overdue9']);
    for (const header of ['Agreement', 'Text', 'Session', 'Responsible', 'Due', 'Status', 'Progress']) {
      expect(screen.getByRole('columnheader', { name: header })).toBeTruthy();
    }
    for (const spanish of ['Vencido', 'Página', 'acuerdos', 'Pendiente', 'Fecha límite']) expect(matrix.textContent).not.toContain(spanish);
  });

  it('says when there is no filter, one agreement or none at all', async () => {
    const fake = await show(matrixView({ filterSummary: [], rows: rows.slice(2, 3), page: 0, pages: 1, total: 1, counts: { pendiente: 0, en_proceso: 1, cumplido: 0, cancelado: 0, overdue: 0 } }));
    expect(screen.getByTestId('projector-matrix').textContent).toContain('Todos los acuerdos');
    expect(screen.getByTestId('projector-matrix-page').textContent).toBe('Página 1 de 1 · 1 acuerdo');

    fake.emit(matrixView({ rows: [], page: 0, pages: 1, total: 0, counts: { pendiente: 0, en_proceso: 0, cumplido: 0, cancelado: 0, overdue: 0 } }));
    expect(screen.queryAllByTestId(/^projector-matrix-row-/)).toHaveLength(0);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByTestId('projector-matrix').textContent).toContain('Ningún acuerdo cumple este filtro');
    expect(screen.getByTestId('projector-matrix-page').textContent).toBe('Página 1 de 1 · 0 acuerdos');
  });

  it('follows the pages main publishes and gives the wall back', async () => {
    const fake = await show(matrixView());
    fake.emit(matrixView({ page: 2, rows: rows.slice(4) }));
    expect(screen.getByTestId('projector-matrix-page').textContent).toBe('Página 3 de 5 · 37 acuerdos');
    expect(screen.queryByTestId('projector-matrix-row-PL-3/2026-04')).toBeNull();
    expect(rowOf('PL-5/2026-06')).toBeTruthy();

    fake.emit({ screen: 'wait', mesaName: 'Mesa Norte', language: 'es' });
    expect(screen.queryByTestId('projector-matrix')).toBeNull();
    expect(screen.getByTestId('projector-wait')).toBeTruthy();
  });
});
