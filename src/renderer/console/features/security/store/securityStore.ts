import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { AuditAction, AuditEntryDto, VerifyReportDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export const AUDIT_PAGE_SIZE = 25;

/** The audit log's filters as the screen holds them: '' means "any". */
export interface AuditFilter {
  entity: string;
  action: AuditAction | '';
  from: string;
  to: string;
}

export const emptyAuditFilter: AuditFilter = { entity: '', action: '', from: '', to: '' };

export interface SecurityState {
  idleLockMinutes: number | null;
  idleSaved: boolean;
  report: VerifyReportDto | null;
  filter: AuditFilter;
  page: number;
  entries: AuditEntryDto[];
  total: number;
  entities: string[];
  busy: boolean;
  error: AppError | null;

  load(): Promise<void>;
  saveIdle(minutes: number): Promise<boolean>;
  verify(): Promise<void>;
  setFilter(filter: AuditFilter): Promise<void>;
  goToPage(page: number): Promise<void>;
  /** Forgets what was read from the workspace (the panel closes, the workspace locks). */
  reset(): void;
}

export const useSecurityStore = create<SecurityState>()((set, get) => {
  const guard = generationGuard();
  // Pages asked for quickly (filters typed, pager clicked) answer out of order; only the latest counts.
  let listRequest = 0;

  async function list(filter: AuditFilter, page: number): Promise<void> {
    const mine = ++listRequest;
    const isCurrent = guard.current();
    set({ filter, page, error: null });
    try {
      const result = await api.audit.list({
        ...(filter.entity ? { entity: filter.entity } : {}),
        ...(filter.action ? { action: filter.action } : {}),
        ...(filter.from ? { from: filter.from } : {}),
        ...(filter.to ? { to: filter.to } : {}),
        page,
        pageSize: AUDIT_PAGE_SIZE,
      });
      if (mine === listRequest && isCurrent()) set({ entries: result.entries, total: result.total, entities: result.entities });
    } catch (err) {
      if (mine === listRequest && isCurrent()) set({ error: toAppError(err) });
    }
  }

  return {
    idleLockMinutes: null,
    idleSaved: false,
    report: null,
    filter: emptyAuditFilter,
    page: 0,
    entries: [],
    total: 0,
    entities: [],
    busy: false,
    error: null,

    async load() {
      const isCurrent = guard.current();
      try {
        const prefs = await api.preferences.get();
        if (isCurrent()) set({ idleLockMinutes: prefs.idleLockMinutes });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
      await list(get().filter, get().page);
    },
    async saveIdle(minutes) {
      const isCurrent = guard.current();
      set({ busy: true, idleSaved: false, error: null });
      try {
        const prefs = await api.preferences.set({ idleLockMinutes: minutes });
        if (isCurrent()) set({ busy: false, idleLockMinutes: prefs.idleLockMinutes, idleSaved: true });
        return true;
      } catch (err) {
        if (isCurrent()) set({ busy: false, error: toAppError(err) });
        return false;
      }
    },
    async verify() {
      const isCurrent = guard.current();
      set({ busy: true, report: null, error: null });
      try {
        const report = await api.workspace.verify();
        if (isCurrent()) set({ busy: false, report });
      } catch (err) {
        if (isCurrent()) set({ busy: false, error: toAppError(err) });
      }
    },
    setFilter(filter) {
      return list(filter, 0);
    },
    goToPage(page) {
      return list(get().filter, page);
    },
    reset() {
      guard.reset();
      listRequest++;
      set(useSecurityStore.getInitialState(), true);
    },
  };
});
