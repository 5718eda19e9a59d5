import type { LiveItemDto } from '../../../../../shared/ipc/contract.js';
import type { LiveState } from '../store/liveStore.js';

const currentItem = (s: LiveState): LiveItemDto | null => s.live?.items.find((i) => i.id === s.live?.currentItemId) ?? null;

export const liveSelectors = {
  load: (s: LiveState) => s.load,
  live: (s: LiveState) => s.live,
  error: (s: LiveState) => s.error,
  currentItem,
  clockOffsetMs: (s: LiveState) => s.clockOffsetMs,
  panel: (s: LiveState) => ({ panel: s.panel, showPanel: s.showPanel }),
  start: (s: LiveState) => ({ busy: s.busy, startError: s.startError, start: s.start }),
  topBar: (s: LiveState) => ({ session: s.live?.session ?? null, startedAt: s.live?.startedAt ?? null, clockOffsetMs: s.clockOffsetMs }),
  quorum: (s: LiveState) => s.live?.quorum ?? null,
  projector: (s: LiveState) => ({ projector: s.projector, setProjector: s.setProjector }),
  close: (s: LiveState) => ({
    confirming: s.confirmingClose,
    warnings: s.live?.closeWarnings ?? [],
    busy: s.busy,
    askClose: s.askClose,
    cancelClose: s.cancelClose,
    close: s.close,
  }),
  leave: (s: LiveState) => ({ session: s.live?.session ?? null, leave: s.leave }),
  agenda: (s: LiveState) => ({ items: s.live?.items ?? [], goTo: s.goTo }),
  clock: (s: LiveState) => ({ items: s.live?.items ?? [], current: currentItem(s), clockOffsetMs: s.clockOffsetMs }),
  attendance: (s: LiveState) => ({ roster: s.live?.roster ?? [], setAttendance: s.setAttendance }),
  counts: (s: LiveState) => s.live?.counts ?? null,
  focus: (s: LiveState) => ({ focus: s.focus, focused: s.focused }),
  indicatorPicker: (s: LiveState) => ({ indicators: s.choices?.indicators ?? [], indicatorId: s.indicatorId, showIndicator: s.showIndicator }),
  notes: (s: LiveState) => ({ notes: s.notes, editNotes: s.editNotes, flushNotes: s.flushNotes }),
  agreements: (s: LiveState) => ({
    agreements: s.live?.agreements ?? [],
    editing: s.agreement?.agreementId ?? null,
    correctAgreement: s.correctAgreement,
    removeAgreement: s.removeAgreement,
  }),
  agreementForm: (s: LiveState) => ({
    agreement: s.agreement,
    nextCode: s.live?.nextCode ?? '',
    agreements: s.live?.agreements ?? [],
    problem: s.agreementProblem,
    busy: s.busy,
    editAgreement: s.editAgreement,
    cancelCorrection: s.cancelCorrection,
    saveAgreement: s.saveAgreement,
  }),
  choices: (s: LiveState) => s.choices,
  followups: (s: LiveState) => ({
    rows: s.live?.followups ?? [],
    followupId: s.followupId,
    showFollowup: s.showFollowup,
    stepFollowup: s.stepFollowup,
  }),
  followupForm: (s: LiveState) => ({
    form: s.followupId === null ? null : (s.followupForms[s.followupId] ?? null),
    problem: s.followupProblem,
    busy: s.busy,
    editFollowup: s.editFollowup,
    saveFollowup: s.saveFollowup,
  }),
};
