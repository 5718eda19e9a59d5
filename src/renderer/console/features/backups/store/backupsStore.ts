import { create } from 'zustand';
import { generationGuard, runChange } from '../../../stores/guardedCalls.js';
import type { BackupPreviewDto, BackupsDto } from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

/** What the last finished action was, for the confirmation line. */
export type BackupsNotice =
  | { kind: 'created'; name: string }
  | { kind: 'copied'; path: string }
  | { kind: 'keep'; keep: number }
  | { kind: 'restored'; keptCopy: string };

export interface BackupsState {
  data: BackupsDto | null;
  busy: boolean;
  error: AppError | null;
  notice: BackupsNotice | null;
  /** The backup read before a restore; the restore button only appears with it. */
  preview: BackupPreviewDto | null;
  load(): Promise<void>;
  create(): Promise<boolean>;
  backupTo(path: string): Promise<boolean>;
  setKeep(keep: number): Promise<boolean>;
  readPreview(path: string, passphrase: string): Promise<boolean>;
  clearPreview(): void;
  restore(path: string, passphrase: string): Promise<boolean>;
  reset(): void;
}

export const useBackupsStore = create<BackupsState>()((set, get) => {
  const guard = generationGuard();
  const change = <T>(call: () => Promise<T>, after?: (value: T) => void) =>
    runChange({ set, reload: () => get().load() }, guard.current(), call, after);
  return {
    data: null,
    busy: false,
    error: null,
    notice: null,
    preview: null,
    async load() {
      const isCurrent = guard.current();
      try {
        const data = await api.backups.list();
        if (isCurrent()) set({ data });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },
    create() {
      set({ notice: null });
      return change(() => api.backups.create(), (entry) => set({ notice: { kind: 'created', name: entry.name } }));
    },
    backupTo(path) {
      set({ notice: null });
      return change(() => api.backups.backupTo({ path }), (entry) => set({ notice: { kind: 'copied', path: entry.path } }));
    },
    setKeep(keep) {
      set({ notice: null });
      return change(() => api.backups.setKeep({ keep }), () => set({ notice: { kind: 'keep', keep } }));
    },
    async readPreview(path, passphrase) {
      const isCurrent = guard.current();
      set({ busy: true, error: null, notice: null, preview: null });
      try {
        const preview = await api.backups.preview({ path, passphrase });
        if (isCurrent()) set({ busy: false, preview });
        return isCurrent();
      } catch (err) {
        if (isCurrent()) set({ busy: false, error: toAppError(err) });
        return false;
      }
    },
    clearPreview() {
      set({ preview: null });
    },
    restore(path, passphrase) {
      set({ notice: null });
      return change(
        () => api.backups.restore({ path, passphrase }),
        (result) => set({ preview: null, notice: { kind: 'restored', keptCopy: result.keptCopy } }),
      );
    },
    reset() {
      guard.reset();
      set(useBackupsStore.getInitialState(), true);
    },
  };
});
