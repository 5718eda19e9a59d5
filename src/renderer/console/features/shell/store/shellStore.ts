import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { WorkspaceInfoDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export const sections = ['resumen', 'miembros', 'comites', 'sesiones', 'acuerdos', 'indicadores'] as const;
export type Section = (typeof sections)[number];

/** The tabs of Miembros. */
export const membersTabs = ['personas', 'cargos', 'votaciones', 'asistencia', 'reglas', 'importar'] as const;
export type MembersTab = (typeof membersTabs)[number];

export interface ShellState {
  section: Section;
  membersTab: MembersTab;
  info: WorkspaceInfoDto | null;
  error: AppError | null;
  /** The session the live console is conducting; while set, it fills the window. */
  liveSessionId: number | null;
  go(section: Section): void;
  goMembersTab(tab: MembersTab): void;
  loadInfo(): Promise<void>;
  enterLive(sessionId: number): void;
  leaveLive(): void;
  /** A session left live (the app was closed, or crashed) is taken up again at once. */
  resumeLive(): Promise<void>;
  /** Forgets what was read from the workspace: called when the shell closes (lock). */
  reset(): void;
}

export const useShellStore = create<ShellState>()((set) => {
  // An answer that arrives after a reset belongs to a workspace that is no longer open.
  const guard = generationGuard();
  return {
    section: 'resumen',
    membersTab: 'personas',
    info: null,
    error: null,
    liveSessionId: null,
    go(section) {
      set({ section });
    },
    goMembersTab(membersTab) {
      set({ membersTab });
    },
    async loadInfo() {
      const isCurrent = guard.current();
      set({ info: null, error: null });
      try {
        const info = await api.workspace.info();
        if (isCurrent()) set({ info });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },
    enterLive(liveSessionId) {
      set({ liveSessionId });
    },
    leaveLive() {
      set({ liveSessionId: null });
    },
    async resumeLive() {
      const isCurrent = guard.current();
      try {
        const liveSessionId = await api.live.current();
        if (isCurrent() && liveSessionId !== null) set({ liveSessionId });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },
    reset() {
      guard.reset();
      set({ section: 'resumen', membersTab: 'personas', info: null, error: null, liveSessionId: null });
    },
  };
});
