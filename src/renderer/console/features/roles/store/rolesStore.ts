import { create } from 'zustand';
import { generationGuard, runChange } from '../../../stores/guardedCalls.js';
import type { RoleWarning } from '../../../../../shared/domain/roles.js';
import type { AssignRoleDto, PersonDto, RoleTermDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export interface RolesState {
  terms: RoleTermDto[];
  warnings: RoleWarning[];
  /** Active people: who may be given a role (the form narrows it per role). */
  people: PersonDto[];
  loaded: boolean;
  error: AppError | null;
  busy: boolean;

  load(): Promise<void>;
  /** Each returns whether main accepted it, so a form knows whether to keep its input. */
  assign(dto: AssignRoleDto): Promise<boolean>;
  end(id: number, endsOn: string): Promise<boolean>;
  reset(): void;
}

export const useRolesStore = create<RolesState>()((set, get) => {
  const guard = generationGuard();

  function change(call: () => Promise<unknown>): Promise<boolean> {
    return runChange({ set, reload: () => get().load() }, guard.current(), call);
  }

  return {
    terms: [],
    warnings: [],
    people: [],
    loaded: false,
    error: null,
    busy: false,

    async load() {
      const isCurrent = guard.current();
      try {
        const [terms, warnings, people] = await Promise.all([
          api.roles.list(),
          api.roles.warnings(),
          api.people.list({ active: true }),
        ]);
        if (isCurrent()) set({ terms, warnings, people, loaded: true });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err), loaded: true });
      }
    },
    assign(dto) {
      return change(() => api.roles.assign(dto));
    },
    end(id, endsOn) {
      return change(() => api.roles.end({ id, endsOn }));
    },
    reset() {
      guard.reset();
      set(useRolesStore.getInitialState(), true);
    },
  };
});
