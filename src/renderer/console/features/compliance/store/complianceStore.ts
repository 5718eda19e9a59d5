import { create } from 'zustand';
import { addDays, addYears, isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import type { ComplianceReportDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export interface ComplianceState {
  from: string;
  to: string;
  report: ComplianceReportDto | null;
  loading: boolean;
  error: AppError | null;
  /** Sets the period and, when it is a real one, reads the report for it. */
  setPeriod(change: { from?: string; to?: string }): Promise<void>;
  load(): Promise<void>;
  reset(): void;
}

/** The last twelve months, today included. */
export function defaultPeriod(today: string = localToday()): { from: string; to: string } {
  return { from: addDays(addYears(today, -1), 1), to: today };
}

export const periodValid = (from: string, to: string): boolean => isIsoDay(from) && isIsoDay(to) && from <= to;

export const useComplianceStore = create<ComplianceState>()((set, get) => {
  let generation = 0;
  let request = 0;
  return {
    ...defaultPeriod(),
    report: null,
    loading: false,
    error: null,

    async setPeriod(change) {
      set(change);
      await get().load();
    },
    async load() {
      const { from, to } = get();
      if (!periodValid(from, to)) return;
      const mine = ++request;
      const era = generation;
      set({ loading: true, error: null });
      try {
        const report = await api.compliance.attendance({ from, to });
        if (mine === request && era === generation) set({ report, loading: false });
      } catch (err) {
        if (mine === request && era === generation) set({ error: toAppError(err), loading: false });
      }
    },
    reset() {
      generation++;
      set({ ...useComplianceStore.getInitialState(), ...defaultPeriod() }, true);
    },
  };
});
