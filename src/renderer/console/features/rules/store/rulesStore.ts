import { create } from 'zustand';
import type { MesaRules } from '../../../../../shared/domain/rules.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export interface RulesState {
  rules: MesaRules | null;
  saving: boolean;
  saved: boolean;
  error: AppError | null;
  load(): Promise<void>;
  save(rules: MesaRules): Promise<boolean>;
  reset(): void;
}

export const useRulesStore = create<RulesState>()((set) => {
  let generation = 0;
  return {
    rules: null,
    saving: false,
    saved: false,
    error: null,
    async load() {
      const era = generation;
      try {
        const rules = await api.rules.get();
        if (era === generation) set({ rules, error: null });
      } catch (err) {
        if (era === generation) set({ error: toAppError(err) });
      }
    },
    async save(rules) {
      const era = generation;
      set({ saving: true, saved: false, error: null });
      try {
        const stored = await api.rules.set(rules);
        if (era === generation) set({ rules: stored, saving: false, saved: true });
        return era === generation;
      } catch (err) {
        if (era === generation) set({ saving: false, error: toAppError(err) });
        return false;
      }
    },
    reset() {
      generation++;
      set(useRulesStore.getInitialState(), true);
    },
  };
});
