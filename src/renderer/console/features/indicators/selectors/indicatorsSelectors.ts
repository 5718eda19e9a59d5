import type { IndicatorsState } from '../store/indicatorsStore.js';

/** One selector per component with exactly what it reads; object-returning ones go through useShallow. */
export const indicatorsSelectors = {
  load: (s: IndicatorsState) => s.load,
  section: (s: IndicatorsState) => ({ tab: s.tab, setTab: s.setTab, error: s.error, loaded: s.loaded }),
  board: (s: IndicatorsState) => ({
    indicators: s.indicators,
    selectedId: s.selectedId,
    select: s.select,
    form: s.form,
    openForm: s.openForm,
  }),
  indicators: (s: IndicatorsState) => s.indicators,
  openForm: (s: IndicatorsState) => s.openForm,
  form: (s: IndicatorsState) => ({
    form: s.form,
    indicators: s.indicators,
    busy: s.busy,
    formError: s.formError,
    saveIndicator: s.saveIndicator,
    openForm: s.openForm,
  }),
  goalForm: (s: IndicatorsState) => ({
    plenaries: s.plenaries,
    agreements: s.agreements,
    busy: s.busy,
    goalError: s.goalError,
    goalsAdded: s.goalsAdded,
    addGoal: s.addGoal,
  }),
  grid: (s: IndicatorsState) => ({
    indicators: s.indicators,
    gridEdits: s.gridEdits,
    gridError: s.gridError,
    gridSaved: s.gridSaved,
    busy: s.busy,
    editCell: s.editCell,
    discardGrid: s.discardGrid,
    saveGrid: s.saveGrid,
  }),
  populations: (s: IndicatorsState) => ({
    populations: s.populations,
    populationError: s.populationError,
    busy: s.busy,
    setPopulation: s.setPopulation,
  }),
  importer: (s: IndicatorsState) => ({
    importFileName: s.importFileName,
    importPreview: s.importPreview,
    importBusy: s.importBusy,
    importError: s.importError,
    importResult: s.importResult,
    chooseImportFile: s.chooseImportFile,
    applyImport: s.applyImport,
    clearImport: s.clearImport,
  }),
};
