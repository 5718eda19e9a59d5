import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { SessionStatus } from '../../../../../shared/domain/sessions.js';
import type { AgendaDto, AgendaItemInputDto, CommitteeDto, Language, PersonDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export interface ExportedFile {
  path: string;
  sha256: string;
  bytes: number;
}

export interface AgendaState {
  agenda: AgendaDto | null;
  /** Presenters: active people and committees. */
  people: PersonDto[];
  committees: CommitteeDto[];
  /** Where the orden del día goes unless the secretary writes another path. */
  suggestedPath: string;
  exported: ExportedFile | null;
  busy: boolean;
  error: AppError | null;

  load(sessionId: number): Promise<void>;
  add(item: AgendaItemInputDto): Promise<boolean>;
  update(id: number, item: AgendaItemInputDto): Promise<boolean>;
  remove(id: number): Promise<boolean>;
  move(id: number, toPosition: number): Promise<boolean>;
  markConvened(sentOn: string): Promise<boolean>;
  setStatus(status: SessionStatus): Promise<boolean>;
  /** New date, time or place: the items' clock times follow the new start. */
  updateSession(facts: { scheduledAt: string; place: string | null }): Promise<boolean>;
  /** Only after the plaintext confirmation: the DOCX is written unencrypted. */
  exportAgenda(path: string, language: Language): Promise<boolean>;
  reset(): void;
}

export const useAgendaStore = create<AgendaState>()((set, get) => {
  const guard = generationGuard();

  /** Every agenda call answers the whole agenda: times and the estimated end move together. */
  async function change(call: (sessionId: number) => Promise<AgendaDto>): Promise<boolean> {
    const { agenda } = get();
    if (!agenda) return false;
    const isCurrent = guard.current();
    set({ busy: true, error: null });
    try {
      const next = await call(agenda.session.id);
      if (!isCurrent()) return false;
      set({ agenda: next, busy: false });
      return true;
    } catch (err) {
      if (isCurrent()) set({ busy: false, error: toAppError(err) });
      return false;
    }
  }

  /** A change to the session answers the session only: the agenda is read again around it. */
  function changeSession(call: (sessionId: number) => Promise<unknown>): Promise<boolean> {
    return change(async (sessionId) => {
      await call(sessionId);
      return api.agenda.get({ sessionId });
    });
  }

  return {
    agenda: null,
    people: [],
    committees: [],
    suggestedPath: '',
    exported: null,
    busy: false,
    error: null,

    async load(sessionId) {
      const isCurrent = guard.current();
      set({ agenda: null, exported: null, suggestedPath: '', error: null });
      try {
        const [agenda, people, committees, suggestedPath] = await Promise.all([
          api.agenda.get({ sessionId }),
          api.people.list({ active: true }),
          api.committees.list(),
          api.sessions.suggestExportPath({ id: sessionId }),
        ]);
        if (isCurrent()) set({ agenda, people, committees, suggestedPath });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },
    add(item) {
      return change((sessionId) => api.agenda.add({ sessionId, item, position: null }));
    },
    update(id, item) {
      return change(() => api.agenda.update({ id, item }));
    },
    remove(id) {
      return change(() => api.agenda.remove({ id }));
    },
    move(id, toPosition) {
      return change(() => api.agenda.move({ id, toPosition }));
    },
    markConvened(sentOn) {
      return changeSession((id) => api.sessions.markConvened({ id, sentOn }));
    },
    setStatus(status) {
      return changeSession((id) => api.sessions.setStatus({ id, status }));
    },
    updateSession(facts) {
      return changeSession((id) => api.sessions.update({ id, ...facts }));
    },
    async exportAgenda(path, language) {
      const { agenda } = get();
      if (!agenda) return false;
      const isCurrent = guard.current();
      set({ busy: true, error: null, exported: null });
      try {
        // Called only once the secretary confirmed, in PlaintextConfirm, that the file leaves the workspace.
        const exported = await api.sessions.exportAgenda({ id: agenda.session.id, path, language, confirmedLeavesWorkspace: true });
        if (isCurrent()) set({ busy: false, exported });
        return true;
      } catch (err) {
        if (isCurrent()) set({ busy: false, error: toAppError(err) });
        return false;
      }
    },
    reset() {
      guard.reset();
      set(useAgendaStore.getInitialState(), true);
    },
  };
});
