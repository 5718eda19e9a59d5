import type { PeopleState } from '../store/peopleStore.js';

/** One selector per component with exactly what it reads; object-returning ones go through useShallow. */
export const peopleSelectors = {
  load: (s: PeopleState) => s.load,
  editingMode: (s: PeopleState) => s.editing.mode,
  list: (s: PeopleState) => ({
    people: s.people,
    loaded: s.loaded,
    error: s.error,
    savedName: s.savedName,
    openNew: s.openNew,
    openEdit: s.openEdit,
  }),
  filters: (s: PeopleState) => ({ filter: s.filter, committees: s.committees, setFilter: s.setFilter }),
  form: (s: PeopleState) => ({
    editing: s.editing,
    everyone: s.everyone,
    saving: s.saving,
    formError: s.formError,
    save: s.save,
    closeForm: s.closeForm,
  }),
  importer: (s: PeopleState) => ({
    importText: s.importText,
    preview: s.preview,
    importBusy: s.importBusy,
    importError: s.importError,
    imported: s.imported,
    setImportText: s.setImportText,
    previewImport: s.previewImport,
    applyImport: s.applyImport,
  }),
};
