import { create } from 'zustand';
import type {
  IndicatorCellDto,
  IndicatorDto,
  IndicatorGoalInputDto,
  IndicatorInputDto,
  IndicatorsImportPreviewDto,
  IndicatorsImportResultDto,
  IndicatorValuesResultDto,
  PopulationYearDto,
} from '../../../../../shared/ipc/dto/indicators.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';
import { generationGuard } from '../../../stores/guardedCalls.js';
import { cellKey, parseCellText } from '../gridCells.js';

export const indicatorsTabs = ['tablero', 'valores', 'importar'] as const;
export type IndicatorsTab = (typeof indicatorsTabs)[number];

/** A plenary a goal can be adopted by, and the agreements it adopted (for the optional code). */
export interface PlenaryChoice {
  id: number;
  title: string;
  date: string;
}

export interface AgreementChoice {
  id: number;
  code: string;
  sessionId: number;
}

export type IndicatorFormMode = { mode: 'new' } | { mode: 'edit'; id: number } | null;

export interface IndicatorsState {
  tab: IndicatorsTab;
  indicators: IndicatorDto[];
  populations: PopulationYearDto[];
  plenaries: PlenaryChoice[];
  agreements: AgreementChoice[];
  loaded: boolean;
  busy: boolean;
  error: AppError | null;
  selectedId: number | null;

  form: IndicatorFormMode;
  formError: AppError | null;
  goalError: AppError | null;
  /** Bumped after a goal is added, so the goal form starts empty again. */
  goalsAdded: number;

  /** What was typed in the grid and not saved yet, by cellKey; '' empties the month. */
  gridEdits: Record<string, string>;
  gridError: AppError | null;
  gridSaved: IndicatorValuesResultDto | null;
  populationError: AppError | null;

  importFileName: string | null;
  importCsv: string | null;
  importPreview: IndicatorsImportPreviewDto | null;
  importBusy: boolean;
  importError: AppError | null;
  importResult: IndicatorsImportResultDto | null;

  load(): Promise<void>;
  setTab(tab: IndicatorsTab): void;
  select(id: number): void;
  openForm(form: IndicatorFormMode): void;
  saveIndicator(input: IndicatorInputDto): Promise<boolean>;
  addGoal(input: IndicatorGoalInputDto): Promise<boolean>;
  editCell(indicatorId: number, period: string, text: string): void;
  discardGrid(): void;
  saveGrid(): Promise<boolean>;
  setPopulation(year: number, population: number | null): Promise<boolean>;
  chooseImportFile(name: string, csv: string): Promise<void>;
  applyImport(): Promise<void>;
  clearImport(): void;
  reset(): void;
}

export const useIndicatorsStore = create<IndicatorsState>()((set, get) => {
  // Answers for a workspace since locked are dropped; so are previews overtaken by a newer file.
  const guard = generationGuard();
  let previewRequest = 0;

  /** Busy while a call runs; its error kept under `errorKey`; whether it worked. */
  async function run<T>(
    call: () => Promise<T>,
    after: (value: T) => void,
    errorKey: 'error' | 'formError' | 'goalError' | 'gridError' | 'populationError',
  ): Promise<boolean> {
    const isCurrent = guard.current();
    set({ busy: true, [errorKey]: null });
    try {
      const value = await call();
      if (!isCurrent()) return false;
      set({ busy: false });
      after(value);
      return true;
    } catch (err) {
      if (isCurrent()) set({ busy: false, [errorKey]: toAppError(err) });
      return false;
    }
  }

  /** One indicator as main now computes it, in place (or added at the end). */
  function replaceIndicator(updated: IndicatorDto): void {
    const list = get().indicators;
    const known = list.some((i) => i.id === updated.id);
    set({ indicators: known ? list.map((i) => (i.id === updated.id ? updated : i)) : [...list, updated] });
  }

  return {
    tab: 'tablero',
    indicators: [],
    populations: [],
    plenaries: [],
    agreements: [],
    loaded: false,
    busy: false,
    error: null,
    selectedId: null,
    form: null,
    formError: null,
    goalError: null,
    goalsAdded: 0,
    gridEdits: {},
    gridError: null,
    gridSaved: null,
    populationError: null,
    importFileName: null,
    importCsv: null,
    importPreview: null,
    importBusy: false,
    importError: null,
    importResult: null,

    async load() {
      const isCurrent = guard.current();
      try {
        const [indicators, populations, sessions, matrix] = await Promise.all([
          api.indicators.list(),
          api.indicators.populations(),
          api.sessions.list(),
          api.agreements.matrix(),
        ]);
        if (!isCurrent()) return;
        const plenaries = sessions
          .filter((s) => s.kind === 'plenary')
          .map((s) => ({ id: s.id, title: s.title, date: s.scheduledAt.slice(0, 10) }))
          .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
        const agreements = matrix.map((a) => ({ id: a.id, code: a.code, sessionId: a.sessionId }));
        const selectedId = get().selectedId ?? indicators[0]?.id ?? null;
        set({ indicators, populations, plenaries, agreements, selectedId, loaded: true });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err), loaded: true });
      }
    },
    setTab(tab) {
      set({ tab, error: null });
    },
    select(selectedId) {
      set({ selectedId, goalError: null, form: null, formError: null });
    },
    openForm(form) {
      set({ form, formError: null });
    },
    saveIndicator(input) {
      const form = get().form;
      if (form === null) return Promise.resolve(false);
      return run(
        () => (form.mode === 'new' ? api.indicators.create({ input }) : api.indicators.update({ id: form.id, input })),
        (saved) => {
          replaceIndicator(saved);
          set({ form: null, selectedId: saved.id });
        },
        'formError',
      );
    },
    addGoal(input) {
      return run(
        () => api.indicators.addGoal({ input }),
        (updated) => {
          replaceIndicator(updated);
          set((s) => ({ goalsAdded: s.goalsAdded + 1 }));
        },
        'goalError',
      );
    },
    editCell(indicatorId, period, text) {
      set((s) => ({ gridEdits: { ...s.gridEdits, [cellKey(indicatorId, period)]: text }, gridSaved: null }));
    },
    discardGrid() {
      set({ gridEdits: {}, gridError: null });
    },
    saveGrid() {
      const edits = get().gridEdits;
      const cells: IndicatorCellDto[] = [];
      for (const [key, text] of Object.entries(edits)) {
        const cases = parseCellText(text);
        // The grid marks what is not a number and keeps save disabled; nothing half-typed is sent.
        if (cases === 'invalid') return Promise.resolve(false);
        const [id, period] = key.split('|') as [string, string];
        cells.push({ indicatorId: Number(id), period, cases });
      }
      if (cells.length === 0) return Promise.resolve(false);
      set({ gridSaved: null });
      return run(
        () => api.indicators.setValues({ cells }),
        (result) => {
          for (const updated of result.indicators) replaceIndicator(updated);
          set({ gridEdits: {}, gridSaved: result });
        },
        'gridError',
      );
    },
    setPopulation(year, population) {
      return run(
        () => api.indicators.setPopulation({ year, population }),
        (populations) => {
          set({ populations });
          // Rates follow the population at once: read them again.
          void api.indicators.list().then(
            (indicators) => set({ indicators }),
            () => {},
          );
        },
        'populationError',
      );
    },

    async chooseImportFile(name, csv) {
      const mine = ++previewRequest;
      const isCurrent = guard.current();
      set({ importFileName: name, importCsv: csv, importPreview: null, importResult: null, importError: null, importBusy: true });
      try {
        const importPreview = await api.indicators.importPreview({ csv });
        if (mine === previewRequest && isCurrent()) set({ importPreview, importBusy: false });
      } catch (err) {
        if (mine === previewRequest && isCurrent()) set({ importBusy: false, importError: toAppError(err) });
      }
    },
    async applyImport() {
      const { importCsv: csv, importPreview } = get();
      if (csv === null || !importPreview || importPreview.invalidRows > 0 || importPreview.validRows === 0) return;
      previewRequest++;
      const isCurrent = guard.current();
      set({ importBusy: true, importError: null });
      try {
        const importResult = await api.indicators.importApply({ csv });
        if (!isCurrent()) return;
        set({ importBusy: false, importResult, importFileName: null, importCsv: null, importPreview: null });
        await get().load();
      } catch (err) {
        if (isCurrent()) set({ importBusy: false, importError: toAppError(err) });
      }
    },
    clearImport() {
      previewRequest++;
      set({ importFileName: null, importCsv: null, importPreview: null, importError: null, importResult: null, importBusy: false });
    },

    reset() {
      guard.reset();
      previewRequest++;
      set(useIndicatorsStore.getInitialState(), true);
    },
  };
});
