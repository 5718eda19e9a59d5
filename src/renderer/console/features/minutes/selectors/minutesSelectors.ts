import type { MinutesAddendumDto, MinutesAttachmentDto } from '../../../../../shared/ipc/contract.js';
import type { MinutesAction, MinutesState } from '../store/minutesStore.js';

const NO_ADDENDA: MinutesAddendumDto[] = [];
const NO_ATTACHMENTS: MinutesAttachmentDto[] = [];

export const minutesSelectors = {
  load: (s: MinutesState) => s.load,
  minutes: (s: MinutesState) => s.minutes,
  /** The refusal of one part of the screen, or null. */
  errorOf: (action: MinutesAction) => (s: MinutesState) => (s.error?.action === action ? s.error.error : null),
  busy: (s: MinutesState) => s.busy,
  language: (s: MinutesState) => ({ language: s.minutes?.language ?? 'es', busy: s.busy, setLanguage: s.setLanguage }),
  itemText: (s: MinutesState) => ({ busy: s.busy, setItemText: s.setItemText }),
  approve: (s: MinutesState) => ({ busy: s.busy, approve: s.approve }),
  sign: (s: MinutesState) => ({ busy: s.busy, sign: s.sign }),
  addenda: (s: MinutesState) => ({ addenda: s.minutes?.addenda ?? NO_ADDENDA, busy: s.busy, addAddendum: s.addAddendum }),
  attachments: (s: MinutesState) => ({
    attachments: s.minutes?.attachments ?? NO_ATTACHMENTS,
    busy: s.busy,
    attach: s.attach,
    exportAttachment: s.exportAttachment,
    attachmentExported: s.attachmentExported,
    view: s.view,
  }),
  viewer: (s: MinutesState) => ({ viewing: s.viewing, closeViewer: s.closeViewer }),
  exportDocx: (s: MinutesState) => ({ suggestedPath: s.suggestedPath, exported: s.exported, busy: s.busy, exportDocx: s.exportDocx }),
  verify: (s: MinutesState) => ({ verification: s.verification, busy: s.busy, verifyFile: s.verifyFile }),
  exportsLog: (s: MinutesState) => s.minutes?.exports ?? null,
};
