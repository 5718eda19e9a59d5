import type { AgendaState } from '../store/agendaStore.js';

export const agendaSelectors = {
  load: (s: AgendaState) => s.load,
  agenda: (s: AgendaState) => s.agenda,
  error: (s: AgendaState) => s.error,
  list: (s: AgendaState) => ({ agenda: s.agenda, busy: s.busy, move: s.move }),
  item: (s: AgendaState) => ({ busy: s.busy, move: s.move, remove: s.remove }),
  form: (s: AgendaState) => ({ people: s.people, committees: s.committees, busy: s.busy, add: s.add, update: s.update }),
  status: (s: AgendaState) => ({ session: s.agenda?.session ?? null, busy: s.busy, markConvened: s.markConvened, setStatus: s.setStatus }),
  sessionEdit: (s: AgendaState) => ({ busy: s.busy, updateSession: s.updateSession }),
  export: (s: AgendaState) => ({ suggestedPath: s.suggestedPath, exported: s.exported, busy: s.busy, exportAgenda: s.exportAgenda }),
};
