import { create } from 'zustand';
import type { MatrixColumn, MatrixFilter, MatrixRow, MatrixSort } from '../../../../../shared/domain/agreements.js';
import { localToday } from '../../../../../shared/domain/dates.js';
import type {
  AgreementDetailDto,
  AgreementSheetColumn,
  AgreementsImportPreviewDto,
  AgreementsImportResultDto,
  CommitteeAgreementsDto,
  ExportWrittenDto,
  Language,
  MatrixViewDto,
} from '../../../../../shared/ipc/contract.js';
import type { Unsubscribe } from '../../../../../shared/ipc/events.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, onEvent, toAppError } from '../../../../api/api.js';
import { generationGuard } from '../../../stores/guardedCalls.js';
import { changedFilter, nextSort, normalizedFilter, type FilterChange } from '../matrixView.js';

export const agreementsTabs = ['matriz', 'comite', 'importar'] as const;
export type AgreementsTab = (typeof agreementsTabs)[number];

/** A chosen spreadsheet as it crosses to main: CSV as text, XLSX as base64. */
export type SheetContent = { format: 'csv'; text: string } | { format: 'xlsx'; base64: string };

export type ExportFormat = 'docx' | 'csv' | 'xlsx';

/** What the projector shows of the matrix; pages and total arrive with main's own view. */
export interface MatrixProjection {
  title: string;
  filter: MatrixFilter;
  sort: MatrixSort | null;
  page: number;
  pages: number | null;
  total: number | null;
}

export interface AgreementsState {
  tab: AgreementsTab;
  rows: MatrixRow[];
  loaded: boolean;
  /** The day overdue and age are computed against: read when the matrix is. */
  today: string;
  error: AppError | null;
  busy: boolean;

  filter: MatrixFilter;
  sort: MatrixSort | null;
  groupByCommittee: boolean;
  /** Bumped when the whole filter is replaced (a view, "clear"), so the search box takes its text. */
  filterEpoch: number;
  views: MatrixViewDto[];
  selectedId: number | null;
  /** The filter panel, open or folded; null until the secretary chooses (then it depends on the window). */
  filtersOpen: boolean | null;

  detailId: number | null;
  detail: AgreementDetailDto | null;

  committees: { id: number; name: string }[];
  committeeId: number | null;
  committeeView: CommitteeAgreementsDto | null;

  projection: MatrixProjection | null;

  suggestedPaths: Partial<Record<ExportFormat, string>>;
  exported: (ExportWrittenDto & { format: ExportFormat }) | null;
  exportError: AppError | null;

  importFile: { name: string; sheet: SheetContent } | null;
  importMapping: Record<string, AgreementSheetColumn | null>;
  importCreateMissing: boolean;
  /** The preview of exactly this file, mapping and choice; nothing is written until apply. */
  importPreview: AgreementsImportPreviewDto | null;
  importBusy: boolean;
  importError: AppError | null;
  importResult: AgreementsImportResultDto | null;

  load(): Promise<void>;
  setTab(tab: AgreementsTab): void;
  setFilter(change: FilterChange): void;
  clearFilter(): void;
  sortBy(column: MatrixColumn): void;
  setGroupByCommittee(on: boolean): void;
  select(id: number | null): void;
  setFiltersOpen(open: boolean): void;
  applyView(name: string): void;
  saveView(name: string): Promise<boolean>;
  removeView(name: string): Promise<boolean>;

  openDetail(id: number): Promise<void>;
  closeDetail(): void;
  openCommittee(committeeId: number | null): Promise<void>;

  project(title: string): Promise<void>;
  projectPage(page: number): Promise<void>;
  stopProjecting(): Promise<void>;

  suggestPath(format: ExportFormat): Promise<void>;
  /** Only after the plaintext confirmation: the DOCX is written unencrypted. */
  exportDocx(args: { path: string; language: Language; plenaryOnly: boolean }): Promise<boolean>;
  /** Only ever called from the confirmation: the file leaves the encrypted workspace. */
  exportPlaintextConfirmed(args: { format: 'csv' | 'xlsx'; path: string }): Promise<boolean>;
  dismissExported(): void;

  chooseImportFile(name: string, sheet: SheetContent): Promise<void>;
  setImportMapping(header: string, column: AgreementSheetColumn | null): Promise<void>;
  setImportCreateMissing(on: boolean): Promise<void>;
  applyImport(): Promise<void>;
  clearImport(): void;

  /** Forgets the matrix and stops listening to the projector: called when the shell closes (lock). */
  reset(): void;
}

export const useAgreementsStore = create<AgreementsState>()((set, get) => {
  // Answers for a workspace since locked are dropped; so are previews overtaken by a newer one.
  const guard = generationGuard();
  let previewRequest = 0;
  let detailRequest = 0;
  let committeeRequest = 0;
  let listening: Unsubscribe | null = null;

  /** Main's projection tells the page it really shows and how many there are; another screen means it stopped. */
  function listenToProjector(): void {
    if (listening) return;
    listening = onEvent('projection', (view) => {
      const current = get().projection;
      if (!current) return;
      if (view.screen === 'matrix') {
        set({ projection: { ...current, page: view.matrix.page, pages: view.matrix.pages, total: view.matrix.total } });
      } else if (view.screen === 'live' || view.screen === 'neutral') {
        set({ projection: null });
      }
    });
  }

  /** Busy while a call runs, its error shown; whether it worked. */
  async function run<T>(call: () => Promise<T>, after: (value: T) => void, errorKey: 'error' | 'exportError' = 'error'): Promise<boolean> {
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

  function sheetDto() {
    const { importFile, importMapping } = get();
    return importFile === null ? null : { ...importFile.sheet, mapping: importMapping };
  }

  async function preview(): Promise<void> {
    const sheet = sheetDto();
    if (sheet === null) return;
    const mine = ++previewRequest;
    const isCurrent = guard.current();
    set({ importBusy: true, importError: null, importResult: null });
    try {
      const importPreview = await api.agreements.importPreview({ sheet, createMissing: get().importCreateMissing });
      if (mine === previewRequest && isCurrent()) set({ importPreview, importBusy: false });
    } catch (err) {
      if (mine === previewRequest && isCurrent()) set({ importPreview: null, importBusy: false, importError: toAppError(err) });
    }
  }

  /**
   * Shown at once, before main answers: main publishes the projector's view (with the page it
   * really shows and how many there are) while the call is still on its way back.
   */
  async function projectAt(next: MatrixProjection): Promise<boolean> {
    const previous = get().projection;
    set({ projection: next });
    const isCurrent = guard.current();
    const { title, filter, sort, page } = next;
    const done = await run(
      () => api.agreements.project({ projection: { title, filter, sort, page } }),
      () => {},
    );
    if (!done && isCurrent()) set({ projection: previous });
    return done;
  }

  return {
    tab: 'matriz',
    rows: [],
    loaded: false,
    today: localToday(),
    error: null,
    busy: false,
    filter: {},
    sort: null,
    groupByCommittee: false,
    filterEpoch: 0,
    views: [],
    selectedId: null,
    filtersOpen: null,
    detailId: null,
    detail: null,
    committees: [],
    committeeId: null,
    committeeView: null,
    projection: null,
    suggestedPaths: {},
    exported: null,
    exportError: null,
    importFile: null,
    importMapping: {},
    importCreateMissing: false,
    importPreview: null,
    importBusy: false,
    importError: null,
    importResult: null,

    async load() {
      const isCurrent = guard.current();
      try {
        const [rows, views] = await Promise.all([api.agreements.matrix(), api.agreements.views()]);
        if (isCurrent()) set({ rows, views, loaded: true, today: localToday() });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err), loaded: true });
      }
    },
    setTab(tab) {
      set({ tab, error: null });
      if (tab === 'comite') void get().openCommittee(get().committeeId);
    },
    setFilter(change) {
      set({ filter: changedFilter(get().filter, change) });
    },
    clearFilter() {
      set((s) => ({ filter: {}, filterEpoch: s.filterEpoch + 1 }));
    },
    sortBy(column) {
      set({ sort: nextSort(get().sort, column) });
    },
    setGroupByCommittee(groupByCommittee) {
      set({ groupByCommittee });
    },
    select(selectedId) {
      set({ selectedId });
    },
    setFiltersOpen(filtersOpen) {
      set({ filtersOpen });
    },
    applyView(name) {
      const view = get().views.find((v) => v.name === name);
      if (!view) return;
      set((s) => ({
        filter: normalizedFilter(view.filter),
        sort: view.sort,
        groupByCommittee: view.groupByCommittee,
        filterEpoch: s.filterEpoch + 1,
      }));
    },
    saveView(name) {
      const { filter, sort, groupByCommittee } = get();
      return run(
        () => api.agreements.saveView({ name: name.trim(), filter: normalizedFilter(filter), sort, groupByCommittee }),
        (views) => set({ views }),
      );
    },
    removeView(name) {
      return run(
        () => api.agreements.removeView({ name }),
        (views) => set({ views }),
      );
    },

    async openDetail(id) {
      const mine = ++detailRequest;
      const isCurrent = guard.current();
      set({ detailId: id, detail: null, selectedId: id, error: null });
      try {
        const detail = await api.agreements.detail({ id });
        if (mine === detailRequest && isCurrent()) set({ detail });
      } catch (err) {
        if (mine === detailRequest && isCurrent()) set({ error: toAppError(err) });
      }
    },
    closeDetail() {
      detailRequest++;
      set({ detailId: null, detail: null, error: null });
    },
    async openCommittee(committeeId) {
      const mine = ++committeeRequest;
      const isCurrent = guard.current();
      set({ tab: 'comite', committeeId, committeeView: null, error: null });
      try {
        const [committees, committeeView] = await Promise.all([
          get().committees.length > 0 ? get().committees : api.committees.list().then((list) => list.filter((c) => c.dissolvedOn === null)),
          committeeId === null ? null : api.agreements.committee({ committeeId }),
        ]);
        if (mine === committeeRequest && isCurrent()) {
          set({ committees: committees.map((c) => ({ id: c.id, name: c.name })), committeeView });
        }
      } catch (err) {
        if (mine === committeeRequest && isCurrent()) set({ error: toAppError(err) });
      }
    },

    async project(title) {
      listenToProjector();
      const { filter, sort } = get();
      await projectAt({ title, filter: normalizedFilter(filter), sort, page: 0, pages: null, total: null });
    },
    async projectPage(page) {
      const current = get().projection;
      if (!current) return;
      const last = current.pages === null ? Infinity : current.pages - 1;
      const target = Math.max(0, Math.min(page, last));
      if (target === current.page) return;
      await projectAt({ ...current, page: target });
    },
    async stopProjecting() {
      await run(
        () => api.agreements.project({ projection: null }),
        () => set({ projection: null }),
      );
    },

    async suggestPath(format) {
      if (get().suggestedPaths[format] !== undefined) return;
      const isCurrent = guard.current();
      try {
        const path = await api.agreements.suggestExportPath({ format });
        if (isCurrent()) set((s) => ({ suggestedPaths: { ...s.suggestedPaths, [format]: path } }));
      } catch (err) {
        if (isCurrent()) set({ exportError: toAppError(err) });
      }
    },
    exportDocx({ path, language, plenaryOnly }) {
      const { filter, sort } = get();
      set({ exported: null });
      return run(
        // Called only once the secretary confirmed, in PlaintextConfirm, that the file leaves the workspace.
        () => api.agreements.exportDocx({ filter: normalizedFilter(filter), sort, path, language, plenaryOnly, confirmedLeavesWorkspace: true }),
        (written) => set({ exported: { ...written, format: 'docx' } }),
        'exportError',
      );
    },
    exportPlaintextConfirmed({ format, path }) {
      const { filter, sort } = get();
      set({ exported: null });
      return run(
        () => api.agreements.exportPlaintext({ filter: normalizedFilter(filter), sort, path, format, confirmedLeavesWorkspace: true }),
        (written) => set({ exported: { ...written, format } }),
        'exportError',
      );
    },
    dismissExported() {
      set({ exported: null, exportError: null });
    },

    async chooseImportFile(name, sheet) {
      set({ importFile: { name, sheet }, importMapping: {}, importCreateMissing: false, importPreview: null, importResult: null });
      await preview();
    },
    async setImportMapping(header, column) {
      set({ importMapping: { ...get().importMapping, [header]: column } });
      await preview();
    },
    async setImportCreateMissing(importCreateMissing) {
      set({ importCreateMissing });
      await preview();
    },
    async applyImport() {
      const sheet = sheetDto();
      const { importPreview, importCreateMissing: createMissing } = get();
      if (sheet === null || !importPreview || importPreview.invalidRows > 0 || importPreview.validRows === 0) return;
      previewRequest++;
      const isCurrent = guard.current();
      set({ importBusy: true, importError: null });
      try {
        const importResult = await api.agreements.importApply({ sheet, createMissing });
        if (!isCurrent()) return;
        set({ importBusy: false, importResult, importFile: null, importPreview: null, importMapping: {}, importCreateMissing: false });
        // New committees may now be in the committee view's list.
        set({ committees: [] });
        await get().load();
      } catch (err) {
        if (isCurrent()) set({ importBusy: false, importError: toAppError(err) });
      }
    },
    clearImport() {
      previewRequest++;
      set({ importFile: null, importMapping: {}, importCreateMissing: false, importPreview: null, importError: null, importResult: null, importBusy: false });
    },

    reset() {
      guard.reset();
      listening?.();
      listening = null;
      set({ ...useAgreementsStore.getInitialState(), today: localToday() }, true);
    },
  };
});
