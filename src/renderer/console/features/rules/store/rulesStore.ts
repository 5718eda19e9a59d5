import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
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
  const guard = generationGuard();
  return {
    rules: null,
    saving: false,
    saved: false,
    error: null,
    async load() {
      const isCurrent = guard.current();
      try {
        const rules = await api.rules.get();
        if (isCurrent()) set({ rules, error: null });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },
    async save(rules) {
      const isCurrent = guard.current();
      set({ saving: true, saved: false, error: null });
      try {
        const stored = await api.rules.set(rules);
        if (isCurrent()) set({ rules: stored, saving: false, saved: true });
        return isCurrent();
      } catch (err) {
        if (isCurrent()) set({ saving: false, error: toAppError(err) });
        return false;
      }
    },
    reset() {
      guard.reset();
      set(useRulesStore.getInitialState(), true);
    },
  };
});
