import { create } from 'zustand';
import { generationGuard } from '../../../stores/guardedCalls.js';
import type {
  AttachmentMime,
  ExportVerificationDto,
  MinutesDto,
  MinutesExportWrittenDto,
  MinutesLanguage,
} from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';

/** An attachment's content as the console shows it. */
export interface AttachmentView {
  id: number;
  filename: string;
  mime: AttachmentMime;
  base64: string;
}

export interface AttachmentExported extends MinutesExportWrittenDto {
  id: number;
}

/** Which part of the screen a refusal belongs to: it is shown there, next to the button pressed. */
export type MinutesAction = 'load' | 'item' | 'language' | 'approve' | 'sign' | 'addendum' | 'attach' | 'attachment' | 'export' | 'verify';

export interface MinutesState {
  minutes: MinutesDto | null;
  busy: boolean;
  error: { action: MinutesAction; error: AppError } | null;
  /** Where the DOCX goes unless the secretary writes another path. */
  suggestedPath: string;
  exported: MinutesExportWrittenDto | null;
  verification: ExportVerificationDto | null;
  attachmentExported: AttachmentExported | null;
  viewing: AttachmentView | null;

  load(sessionId: number): Promise<void>;
  setItemText(itemId: number, text: string): Promise<boolean>;
  setLanguage(language: MinutesLanguage): Promise<boolean>;
  approve(approvedInSessionId: number | null, approvedOn: string): Promise<boolean>;
  sign(): Promise<boolean>;
  addAddendum(body: string): Promise<boolean>;
  attach(file: { filename: string; mime: string; base64: string }): Promise<boolean>;
  /** Only after the plaintext confirmation: the copy is written unencrypted. */
  exportAttachment(id: number, path: string): Promise<boolean>;
  view(id: number): Promise<void>;
  closeViewer(): void;
  /** Only after the plaintext confirmation: the DOCX is written unencrypted. */
  exportDocx(path: string): Promise<boolean>;
  verifyFile(path: string): Promise<boolean>;
  reset(): void;
}

export const useMinutesStore = create<MinutesState>()((set, get) => {
  const guard = generationGuard();

  /** A call that may fail: busy while it runs, its error kept for the screen. */
  async function run<T>(
    action: MinutesAction,
    call: (sessionId: number) => Promise<T>,
    done: (value: T) => Partial<MinutesState>,
  ): Promise<boolean> {
    const { minutes } = get();
    if (!minutes) return false;
    const isCurrent = guard.current();
    set({ busy: true, error: null });
    try {
      const value = await call(minutes.sessionId);
      if (!isCurrent()) return false;
      set({ ...done(value), busy: false });
      return true;
    } catch (err) {
      if (isCurrent()) set({ busy: false, error: { action, error: toAppError(err) } });
      return false;
    }
  }

  /** Every change answers the whole minutes. */
  const change = (action: MinutesAction, call: (sessionId: number) => Promise<MinutesDto>) => run(action, call, (minutes) => ({ minutes }));

  return {
    minutes: null,
    busy: false,
    error: null,
    suggestedPath: '',
    exported: null,
    verification: null,
    attachmentExported: null,
    viewing: null,

    async load(sessionId) {
      const isCurrent = guard.current();
      set(useMinutesStore.getInitialState());
      try {
        const [minutes, suggestedPath] = await Promise.all([
          api.minutes.get({ sessionId }),
          api.minutes.suggestExportPath({ sessionId }),
        ]);
        if (isCurrent()) set({ minutes, suggestedPath });
      } catch (err) {
        if (isCurrent()) set({ error: { action: 'load', error: toAppError(err) } });
      }
    },
    setItemText(itemId, text) {
      return change('item', (sessionId) => api.minutes.setItemText({ sessionId, itemId, text }));
    },
    setLanguage(language) {
      return change('language', (sessionId) => api.minutes.setLanguage({ sessionId, language }));
    },
    approve(approvedInSessionId, approvedOn) {
      return change('approve', (sessionId) => api.minutes.approve({ sessionId, approvedInSessionId, approvedOn }));
    },
    sign() {
      return change('sign', (sessionId) => api.minutes.sign({ sessionId }));
    },
    addAddendum(body) {
      return change('addendum', (sessionId) => api.minutes.addAddendum({ sessionId, body }));
    },
    attach(file) {
      return change('attach', (sessionId) => api.minutes.attach({ sessionId, ...file }));
    },
    exportAttachment(id, path) {
      set({ attachmentExported: null });
      // An export adds a line to the log: the minutes are read again with it.
      return run(
        'attachment',
        // Called only once the secretary confirmed, in PlaintextConfirm, that the copy leaves the workspace.
        async (sessionId) => ({ written: await api.minutes.exportAttachment({ id, path, confirmedLeavesWorkspace: true }), minutes: await api.minutes.get({ sessionId }) }),
        ({ written, minutes }) => ({ attachmentExported: { id, ...written }, minutes }),
      );
    },
    async view(id) {
      await run(
        'attachment',
        () => api.minutes.readAttachment({ id }),
        (content) => ({ viewing: { id, ...content } }),
      );
    },
    closeViewer() {
      set({ viewing: null });
    },
    exportDocx(path) {
      set({ exported: null });
      return run(
        'export',
        async (sessionId) => ({
          // Called only once the secretary confirmed, in PlaintextConfirm, that the file leaves the workspace.
          exported: await api.minutes.exportDocx({ sessionId, path, language: null, confirmedLeavesWorkspace: true }),
          minutes: await api.minutes.get({ sessionId }),
        }),
        (done) => done,
      );
    },
    verifyFile(path) {
      set({ verification: null });
      return run(
        'verify',
        () => api.minutes.verifyFile({ path }),
        (verification) => ({ verification }),
      );
    },
    reset() {
      guard.reset();
      set(useMinutesStore.getInitialState(), true);
    },
  };
});
