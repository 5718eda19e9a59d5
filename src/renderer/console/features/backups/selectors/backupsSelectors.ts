import type { BackupsState } from '../store/backupsStore.js';

export const backupsSelectors = {
  load: (s: BackupsState) => s.load,
  data: (s: BackupsState) => s.data,
  status: (s: BackupsState) => ({ busy: s.busy, error: s.error, notice: s.notice }),
  actions: (s: BackupsState) => ({ create: s.create, backupTo: s.backupTo, setKeep: s.setKeep }),
  restore: (s: BackupsState) => ({ busy: s.busy, preview: s.preview, readPreview: s.readPreview, clearPreview: s.clearPreview, restore: s.restore }),
};
