import type { SecurityState } from '../store/securityStore.js';

export const securitySelectors = {
  load: (s: SecurityState) => s.load,
  reset: (s: SecurityState) => s.reset,
  error: (s: SecurityState) => s.error,
  idle: (s: SecurityState) => ({ minutes: s.idleLockMinutes, saved: s.idleSaved, busy: s.busy, saveIdle: s.saveIdle }),
  verify: (s: SecurityState) => ({ report: s.report, busy: s.busy, verify: s.verify }),
  audit: (s: SecurityState) => ({
    filter: s.filter,
    page: s.page,
    entries: s.entries,
    total: s.total,
    entities: s.entities,
    setFilter: s.setFilter,
    goToPage: s.goToPage,
  }),
};
