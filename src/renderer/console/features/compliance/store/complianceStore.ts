import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
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
  const guard = generationGuard();
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
      const isCurrent = guard.current();
      set({ loading: true, error: null });
      try {
        const report = await api.compliance.attendance({ from, to });
        if (mine === request && isCurrent()) set({ report, loading: false });
      } catch (err) {
        if (mine === request && isCurrent()) set({ error: toAppError(err), loading: false });
      }
    },
    reset() {
      guard.reset();
      set({ ...useComplianceStore.getInitialState(), ...defaultPeriod() }, true);
    },
  };
});
