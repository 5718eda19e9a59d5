import type { RolesState } from '../store/rolesStore.js';

export const rolesSelectors = {
  load: (s: RolesState) => s.load,
  warnings: (s: RolesState) => ({ warnings: s.warnings, loaded: s.loaded }),
  assignForm: (s: RolesState) => ({ people: s.people, busy: s.busy, assign: s.assign }),
  terms: (s: RolesState) => ({ terms: s.terms, busy: s.busy, end: s.end }),
  error: (s: RolesState) => s.error,
};
