import type { RulesState } from '../store/rulesStore.js';

export const rulesSelectors = {
  load: (s: RulesState) => s.load,
  rules: (s: RulesState) => s.rules,
  form: (s: RulesState) => ({ saving: s.saving, saved: s.saved, error: s.error, save: s.save }),
  error: (s: RulesState) => s.error,
};
