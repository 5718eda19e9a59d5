import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type { PersonKind } from '../../../../../shared/domain/people.js';
import type {
  PeopleFilterDto,
  PeopleImportPreviewDto,
  PersonDto,
  PersonInputDto,
} from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

export type ActiveFilter = 'all' | 'active' | 'inactive';

export interface PeopleFilter {
  search: string;
  kind: PersonKind | null;
  committeeId: number | null;
  active: ActiveFilter;
}

/** The person form: closed, a new person, or an existing one. */
export type PersonEditing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; person: PersonDto };

export interface PeopleState {
  filter: PeopleFilter;
  people: PersonDto[];
  loaded: boolean;
  /** Everyone, unfiltered: the form's substitute choices. */
  everyone: PersonDto[];
  committees: { id: number; name: string }[];
  error: AppError | null;

  editing: PersonEditing;
  saving: boolean;
  formError: AppError | null;
  /** The name of the last person saved, for the confirmation. */
  savedName: string | null;

  importText: string;
  /** The preview of exactly `importText`; cleared whenever the text changes. */
  preview: PeopleImportPreviewDto | null;
  importBusy: boolean;
  importError: AppError | null;
  imported: number | null;

  load(): Promise<void>;
  setFilter(change: Partial<PeopleFilter>): Promise<void>;
  openNew(): Promise<void>;
  openEdit(person: PersonDto): Promise<void>;
  closeForm(): void;
  /** The confirmation belongs to the moment of saving: it goes when the list is left. */
  dismissSaved(): void;
  /** Whether it was saved: the form keeps its input otherwise. */
  save(input: PersonInputDto): Promise<boolean>;

  setImportText(text: string): void;
  previewImport(): Promise<void>;
  applyImport(): Promise<void>;
  reset(): void;
}

export const initialFilter: PeopleFilter = { search: '', kind: null, committeeId: null, active: 'all' };

/** The filter as main reads it: absent fields mean "any". */
export function filterDto(filter: PeopleFilter): PeopleFilterDto {
  const dto: PeopleFilterDto = {};
  const search = filter.search.trim();
  if (search) dto.search = search;
  if (filter.kind) dto.kind = filter.kind;
  if (filter.committeeId !== null) dto.committeeId = filter.committeeId;
  if (filter.active !== 'all') dto.active = filter.active === 'active';
  return dto;
}

export const usePeopleStore = create<PeopleState>()((set, get) => {
  // Answers for an older filter (fast typing) or for a workspace since locked are dropped.
  const guard = generationGuard();
  let request = 0;

  async function loadList(): Promise<void> {
    const mine = ++request;
    const isCurrent = guard.current();
    try {
      const people = await api.people.list(filterDto(get().filter));
      if (mine === request && isCurrent()) set({ people, loaded: true, error: null });
    } catch (err) {
      if (mine === request && isCurrent()) set({ error: toAppError(err), loaded: true });
    }
  }

  async function loadChoices(): Promise<void> {
    const isCurrent = guard.current();
    try {
      const [everyone, committees] = await Promise.all([api.people.list({}), api.committees.list()]);
      if (isCurrent()) {
        set({ everyone, committees: committees.map((c) => ({ id: c.id, name: c.name })) });
      }
    } catch (err) {
      if (isCurrent()) set({ error: toAppError(err) });
    }
  }

  return {
    filter: initialFilter,
    people: [],
    loaded: false,
    everyone: [],
    committees: [],
    error: null,
    editing: { mode: 'closed' },
    saving: false,
    formError: null,
    savedName: null,
    importText: '',
    preview: null,
    importBusy: false,
    importError: null,
    imported: null,

    async load() {
      await Promise.all([loadList(), loadChoices()]);
    },
    async setFilter(change) {
      set({ filter: { ...get().filter, ...change } });
      await loadList();
    },
    async openNew() {
      set({ editing: { mode: 'new' }, formError: null, savedName: null });
      await loadChoices();
    },
    dismissSaved() {
      set({ savedName: null });
    },
    async openEdit(person) {
      set({ editing: { mode: 'edit', person }, formError: null, savedName: null });
      await loadChoices();
    },
    closeForm() {
      set({ editing: { mode: 'closed' }, formError: null });
    },
    async save(input) {
      const { editing } = get();
      if (editing.mode === 'closed') return false;
      const isCurrent = guard.current();
      set({ saving: true, formError: null });
      try {
        const saved =
          editing.mode === 'edit'
            ? await api.people.update({ id: editing.person.id, person: input })
            : await api.people.create(input);
        if (!isCurrent()) return false;
        set({ saving: false, editing: { mode: 'closed' }, savedName: saved.fullName });
        await Promise.all([loadList(), loadChoices()]);
        return true;
      } catch (err) {
        if (isCurrent()) set({ saving: false, formError: toAppError(err) });
        return false;
      }
    },

    setImportText(importText) {
      if (importText === get().importText) return;
      set({ importText, preview: null, importError: null, imported: null });
    },
    async previewImport() {
      const csv = get().importText;
      const isCurrent = guard.current();
      set({ importBusy: true, importError: null, imported: null, preview: null });
      try {
        const preview = await api.people.importPreview({ csv });
        // The text may have changed while main was reading it: that preview is no longer this text's.
        if (isCurrent() && csv === get().importText) set({ preview, importBusy: false });
        else if (isCurrent()) set({ importBusy: false });
      } catch (err) {
        if (isCurrent()) set({ importBusy: false, importError: toAppError(err) });
      }
    },
    async applyImport() {
      const { importText: csv, preview } = get();
      if (!preview || preview.invalidRows > 0 || preview.validRows === 0) return;
      const isCurrent = guard.current();
      set({ importBusy: true, importError: null });
      try {
        const { imported } = await api.people.importApply({ csv });
        if (!isCurrent()) return;
        set({ importBusy: false, imported, importText: '', preview: null });
        await Promise.all([loadList(), loadChoices()]);
      } catch (err) {
        if (isCurrent()) set({ importBusy: false, importError: toAppError(err) });
      }
    },
    reset() {
      guard.reset();
      set(usePeopleStore.getInitialState(), true);
    },
  };
});
