import { describe, expect, it } from 'vitest';
import { filterMatrix, isOverdue, sortMatrix, statusFromWord, type MatrixRow } from '../../src/shared/domain/agreements.js';

const row = (over: Partial<MatrixRow>): MatrixRow => ({
  id: 1,
  code: 'PL-1/2026-01',
  text: 'Instalar luminarias',
  sessionId: 1,
  session: 'Sesión plenaria ordinaria 1/2026',
  sessionDate: '2026-01-20',
  committeeId: null,
  committee: null,
  responsibleIds: [],
  responsible: [],
  dueOn: null,
  status: 'pendiente',
  progress: 0,
  lastFollowUp: null,
  followUps: 0,
  ...over,
});

describe('agreements matrix rules', () => {
  const rows = [
    row({ id: 1, code: 'PL-1/2026-01', dueOn: '2026-03-01', committeeId: 7, committee: 'Comité de Prevención', responsibleIds: [3], responsible: ['José Pérez'] }),
    row({ id: 2, code: 'PL-1/2026-02', text: 'Patrullaje en la colonia Centro', status: 'cumplido', progress: 100, dueOn: '2026-02-01' }),
    row({ id: 3, code: 'PL-2/2026-01', sessionDate: '2026-02-20', status: 'en_proceso', progress: 40, dueOn: '2026-12-01', committee: 'Indicadores', committeeId: 8 }),
    row({ id: 4, code: 'PL-2/2026-10', sessionDate: '2026-02-20', text: 'Reunión con transportistas', dueOn: null }),
  ];

  it('derives "vencido" only for open agreements past their due date', () => {
    expect(rows.map((r) => isOverdue(r, '2026-06-01'))).toEqual([true, false, false, false]);
  });

  it('filters by status, committee (name without accents or case), responsible, overdue, range and words', () => {
    const ids = (f: Parameters<typeof filterMatrix>[1]) => filterMatrix(rows, f, '2026-06-01').map((r) => r.id);
    expect(ids({ statuses: ['pendiente', 'en_proceso'] })).toEqual([1, 3, 4]);
    expect(ids({ committeeName: 'comite de prevencion' })).toEqual([1]);
    expect(ids({ committeeId: null })).toEqual([2, 4]);
    expect(ids({ responsibleId: 3 })).toEqual([1]);
    expect(ids({ overdue: true })).toEqual([1]);
    expect(ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual([3, 4]);
    expect(ids({ text: 'COLONIA centro' })).toEqual([2]);
    expect(ids({ text: 'jose' })).toEqual([1]);
  });

  it('sorts any column both ways, numbers in codes naturally, empty values last', () => {
    const ids = (s: Parameters<typeof sortMatrix>[1]) => sortMatrix(rows, s, '2026-06-01').map((r) => r.id);
    expect(ids({ column: 'code', direction: 'desc' })).toEqual([4, 3, 2, 1]);
    expect(ids({ column: 'dueOn', direction: 'asc' })).toEqual([2, 1, 3, 4]);
    expect(ids({ column: 'dueOn', direction: 'desc' })).toEqual([3, 1, 2, 4]);
    expect(ids({ column: 'progress', direction: 'desc' })).toEqual([2, 3, 1, 4]);
    expect(ids({ column: 'committee', direction: 'asc' })).toEqual([1, 3, 2, 4]);
    expect(ids({ column: 'age', direction: 'asc' })).toEqual([3, 4, 1, 2]);
  });

  it('reads the spreadsheet words for a status', () => {
    expect(['Pendiente', 'EN PROCESO', 'en_proceso', 'Cumplido', 'cancelado', 'hecho'].map(statusFromWord)).toEqual([
      'pendiente',
      'en_proceso',
      'en_proceso',
      'cumplido',
      'cancelado',
      null,
    ]);
  });
});
