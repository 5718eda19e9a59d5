import { create } from 'zustand';
import type { AttendanceStatus } from '../../../../../shared/domain/compliance.js';
import { localInstantMs } from '../../../../../shared/domain/live.js';
import type {
  AgreementDraftDto,
  AgreementDto,
  LiveChoicesDto,
  LiveSessionDto,
  ProjectorMode,
} from '../../../../../shared/ipc/contract.js';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { api, toAppError } from '../../../../api/api.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { generationGuard } from '../../../stores/guardedCalls.js';
import {
  emptyAgreement,
  followupFormOf,
  followupFormOfDraft,
  initialPanel,
  liveDraft,
  nextUnrecorded,
  parseProgress,
  type FollowupForm,
  type LivePanel,
} from '../liveForms.js';

/** Notes are saved this long after the last keystroke (and at once on leaving the field or the item). */
export const NOTES_DEBOUNCE_MS = 600;

/** Under this, the two clocks are the same machine's: a second's rounding is not skew. */
const SKEW_THRESHOLD_MS = 2000;

export type FocusTarget = 'agreement' | 'search' | 'item';

export interface AttendanceDetails {
  time?: string | null;
  substituteName?: string | null;
  justification?: string | null;
}

export type AgreementPatch = Partial<Pick<AgreementDraftDto, 'text' | 'committeeId' | 'responsibleIds' | 'dueOn'>>;
export type FollowupPatch = Partial<Omit<FollowupForm, 'agreementId'>>;

export interface LiveState {
  sessionId: number | null;
  live: LiveSessionDto | null;
  choices: LiveChoicesDto | null;
  /** Main's clock minus this machine's, measured once when the session is read. */
  clockOffsetMs: number;
  panel: LivePanel;
  projector: ProjectorMode;
  /** The capture form: a new agreement or the correction of one (null: empty form). */
  agreement: AgreementDraftDto | null;
  agreementProblem: MessageKey | null;
  /** The agreement being read in the follow-up item, and what was typed for each one read. */
  followupId: number | null;
  followupForms: Record<number, FollowupForm>;
  followupProblem: MessageKey | null;
  /** During the indicators item: the indicator on the projector (null: the first). */
  indicatorId: number | null;
  /** Notes typed and not yet answered by main, per item id. */
  notes: Record<number, string>;
  /** Where the keyboard should go once the panel showing it is on screen. */
  focus: FocusTarget | null;
  confirmingClose: boolean;
  busy: boolean;
  error: AppError | null;
  /** Why a session could not start: shown on that session's page, where Start was pressed. */
  startError: { sessionId: number; error: AppError } | null;

  load(sessionId: number): Promise<void>;
  start(sessionId: number): Promise<boolean>;
  goTo(itemId: number): Promise<boolean>;
  /** Next (+1) or previous (-1) item, counted from the last one asked for. */
  step(delta: 1 | -1): void;
  setAttendance(personId: number, status: AttendanceStatus | null, details?: AttendanceDetails): Promise<boolean>;
  editNotes(itemId: number, text: string): void;
  flushNotes(): void;
  editAgreement(patch: AgreementPatch): void;
  correctAgreement(agreement: AgreementDto): void;
  cancelCorrection(): void;
  saveAgreement(): Promise<boolean>;
  removeAgreement(id: number): Promise<boolean>;
  showFollowup(agreementId: number): void;
  stepFollowup(delta: 1 | -1): void;
  editFollowup(patch: FollowupPatch): void;
  saveFollowup(): Promise<boolean>;
  showIndicator(indicatorId: number): void;
  setProjector(mode: ProjectorMode): void;
  /** B and W: the screen, or back to the live view if it is already showing. */
  toggleProjector(mode: 'black' | 'wait'): void;
  showPanel(panel: LivePanel, focus?: FocusTarget): void;
  focused(): void;
  askClose(): void;
  cancelClose(): void;
  close(): Promise<boolean>;
  /** Before leaving the console (the session stays live in main): what is pending reaches main. */
  leave(): Promise<void>;
  reset(): void;
}

export const useLiveStore = create<LiveState>()((set, get) => {
  const guard = generationGuard();

  /*
   * One call at a time, in the order they were made: the browser host answers over separate
   * HTTP requests, and a draft or an attendance mark must never overtake the one typed before it.
   */
  let tail: Promise<void> = Promise.resolve();
  function enqueue<T>(call: () => Promise<T>): Promise<T> {
    const run = tail.then(call);
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** A call that answers the whole session: its answer replaces what is shown. */
  async function apply(call: () => Promise<LiveSessionDto>): Promise<LiveSessionDto | null> {
    const isCurrent = guard.current();
    try {
      const live = await enqueue(call);
      if (!isCurrent()) return null;
      set({ live, error: null });
      return live;
    } catch (err) {
      if (isCurrent()) set({ error: toAppError(err) });
      return null;
    }
  }

  /*
   * Every keystroke of a form is sent at once (the projector shows it as it is typed). While
   * one is on its way, the next keystrokes wait as a single send that reads the latest draft.
   */
  let draftQueued = false;
  function sendDraft(): void {
    const { sessionId } = get();
    if (sessionId === null || draftQueued) return;
    draftQueued = true;
    const isCurrent = guard.current();
    enqueue(async () => {
      draftQueued = false;
      if (!isCurrent()) return;
      const s = get();
      const followup = s.followupId === null ? null : (s.followupForms[s.followupId] ?? null);
      await api.live.setDraft({ sessionId, draft: liveDraft(s.agreement, followup, s.indicatorId) });
    }).catch((err: unknown) => {
      if (isCurrent()) set({ error: toAppError(err) });
    });
  }

  let notesTimer: ReturnType<typeof setTimeout> | undefined;
  const notesInFlight = new Map<number, string>();
  let requestedItemId: number | null = null;

  function withFollowup(agreementId: number): Partial<LiveState> {
    const { live, followupForms } = get();
    const row = live?.followups.find((r) => r.agreementId === agreementId);
    if (!row) return {};
    return {
      followupId: agreementId,
      followupProblem: null,
      followupForms: followupForms[agreementId] ? followupForms : { ...followupForms, [agreementId]: followupFormOf(row) },
    };
  }

  return {
    sessionId: null,
    live: null,
    choices: null,
    clockOffsetMs: 0,
    panel: 'item',
    projector: 'live',
    agreement: null,
    agreementProblem: null,
    followupId: null,
    followupForms: {},
    followupProblem: null,
    indicatorId: null,
    notes: {},
    focus: null,
    confirmingClose: false,
    busy: false,
    error: null,
    startError: null,

    async load(sessionId) {
      const isCurrent = guard.current();
      set({ sessionId, error: null });
      try {
        const [live, choices] = await Promise.all([enqueue(() => api.live.get({ sessionId })), api.live.choices({ sessionId })]);
        if (!isCurrent()) return;
        const offset = localInstantMs(live.now) - Date.now();
        const followup = live.draft.followup;
        set({
          live,
          choices,
          clockOffsetMs: Math.abs(offset) < SKEW_THRESHOLD_MS ? 0 : offset,
          panel: initialPanel(live),
          projector: live.projector,
          // What was being typed when the console last stopped comes back into the forms.
          agreement: live.draft.agreement,
          focus: live.draft.agreement ? 'agreement' : null,
          followupId: followup?.agreementId ?? null,
          followupForms: followup ? { [followup.agreementId]: followupFormOfDraft(followup) } : {},
          indicatorId: live.draft.indicatorId ?? null,
        });
      } catch (err) {
        if (isCurrent()) set({ error: toAppError(err) });
      }
    },

    async start(sessionId) {
      const isCurrent = guard.current();
      set({ busy: true, startError: null });
      try {
        await enqueue(() => api.live.start({ sessionId }));
        if (isCurrent()) set({ busy: false });
        return isCurrent();
      } catch (err) {
        if (isCurrent()) set({ busy: false, startError: { sessionId, error: toAppError(err) } });
        return false;
      }
    },

    async goTo(itemId) {
      const { sessionId } = get();
      if (sessionId === null) return false;
      // The notes of the item being left go first: the queue keeps that order.
      get().flushNotes();
      requestedItemId = itemId;
      const live = await apply(() => api.live.goTo({ sessionId, itemId }));
      if (!live || live.currentItemId === requestedItemId) requestedItemId = null;
      return live !== null;
    },

    step(delta) {
      const { live } = get();
      if (!live) return;
      const from = requestedItemId ?? live.currentItemId;
      const at = live.items.findIndex((i) => i.id === from);
      const target = live.items[at + delta];
      if (at >= 0 && target) void get().goTo(target.id);
    },

    async setAttendance(personId, status, details = {}) {
      const { sessionId } = get();
      if (sessionId === null) return false;
      const live = await apply(() =>
        api.live.setAttendance({
          sessionId,
          personId,
          status,
          time: details.time ?? null,
          substituteName: details.substituteName ?? null,
          justification: details.justification ?? null,
        }),
      );
      return live !== null;
    },

    editNotes(itemId, text) {
      set((s) => ({ notes: { ...s.notes, [itemId]: text } }));
      clearTimeout(notesTimer);
      notesTimer = setTimeout(() => get().flushNotes(), NOTES_DEBOUNCE_MS);
    },

    flushNotes() {
      clearTimeout(notesTimer);
      notesTimer = undefined;
      for (const [key, text] of Object.entries(get().notes)) {
        const itemId = Number(key);
        if (notesInFlight.get(itemId) === text) continue;
        notesInFlight.set(itemId, text);
        void apply(() => api.live.setItemNotes({ itemId, notes: text })).then((live) => {
          if (notesInFlight.get(itemId) === text) notesInFlight.delete(itemId);
          // Text typed while this was on its way stays pending; a failed save keeps it all.
          if (live && get().notes[itemId] === text) {
            set((s) => {
              const notes = { ...s.notes };
              delete notes[itemId];
              return { notes };
            });
          }
        });
      }
    },

    editAgreement(patch) {
      const { live, agreement } = get();
      if (!live) return;
      const base = agreement ?? emptyAgreement(live.currentItemId);
      // A new agreement belongs to the item on screen when it is saved.
      const agendaItemId = base.agreementId === null ? live.currentItemId : base.agendaItemId;
      set({ agreement: { ...base, ...patch, agendaItemId }, agreementProblem: null });
      sendDraft();
    },

    correctAgreement(a) {
      set({
        agreement: {
          agreementId: a.id,
          agendaItemId: a.agendaItemId,
          text: a.text,
          committeeId: a.committeeId,
          responsibleIds: a.responsibles.map((r) => r.personId),
          dueOn: a.dueOn,
        },
        agreementProblem: null,
        panel: 'item',
        focus: 'agreement',
      });
      sendDraft();
    },

    cancelCorrection() {
      set({ agreement: null, agreementProblem: null });
      sendDraft();
    },

    async saveAgreement() {
      const { sessionId, agreement, live, busy } = get();
      if (sessionId === null || !live || busy) return false;
      if (!agreement || agreement.text.trim() === '') {
        set({ agreementProblem: 'live.agreement.problemText', focus: 'agreement' });
        return false;
      }
      const input = {
        agendaItemId: agreement.agreementId === null ? live.currentItemId : agreement.agendaItemId,
        text: agreement.text.trim(),
        committeeId: agreement.committeeId,
        responsibleIds: agreement.responsibleIds,
        dueOn: agreement.dueOn,
      };
      const id = agreement.agreementId;
      set({ busy: true });
      const saved = await apply(() =>
        id === null ? api.live.addAgreement({ sessionId, agreement: input }) : api.live.updateAgreement({ id, agreement: input }),
      );
      set({ busy: false });
      if (!saved) return false;
      // Typed while it was saving: kept, never dropped.
      if (get().agreement === agreement) set({ agreement: null });
      return true;
    },

    async removeAgreement(id) {
      const live = await apply(() => api.live.removeAgreement({ id }));
      if (live && get().agreement?.agreementId === id) set({ agreement: null });
      return live !== null;
    },

    showIndicator(indicatorId) {
      if (get().indicatorId === indicatorId) return;
      set({ indicatorId });
      sendDraft();
    },

    showFollowup(agreementId) {
      const next = withFollowup(agreementId);
      if (next.followupId === undefined) return;
      set(next);
      sendDraft();
    },

    stepFollowup(delta) {
      const { live, followupId } = get();
      if (!live || live.followups.length === 0) return;
      const at = live.followups.findIndex((r) => r.agreementId === followupId);
      const target = live.followups[at + delta];
      if (target) get().showFollowup(target.agreementId);
    },

    editFollowup(patch) {
      const { followupId, followupForms } = get();
      if (followupId === null) return;
      const form = followupForms[followupId];
      if (!form) return;
      const next = { ...form, ...patch };
      // A fulfilled agreement is complete: main records it at 100 % whatever is typed.
      if (patch.status === 'cumplido') next.progress = '100';
      set({ followupForms: { ...followupForms, [followupId]: next }, followupProblem: null });
      sendDraft();
    },

    async saveFollowup() {
      const { sessionId, followupId, followupForms, busy } = get();
      if (sessionId === null || followupId === null || busy) return false;
      const form = followupForms[followupId];
      if (!form) return false;
      const progress = parseProgress(form.progress);
      if (progress === null) {
        set({ followupProblem: 'live.followup.problemProgress' });
        return false;
      }
      set({ busy: true });
      const live = await apply(() =>
        api.live.recordFollowup({ sessionId, agreementId: followupId, status: form.status, progress, note: form.note.trim() || null }),
      );
      set({ busy: false });
      if (!live) return false;
      const forms = { ...get().followupForms };
      if (forms[followupId] === form) delete forms[followupId];
      set({ followupForms: forms });
      // On to the next agreement not read yet; when all are, the saved one stays on screen.
      get().showFollowup(nextUnrecorded(live.followups, followupId)?.agreementId ?? followupId);
      return true;
    },

    setProjector(mode) {
      const before = get().projector;
      if (before === mode) return;
      const isCurrent = guard.current();
      set({ projector: mode });
      enqueue(() => api.live.setProjector({ mode })).catch((err: unknown) => {
        if (isCurrent()) set({ projector: before, error: toAppError(err) });
      });
    },

    toggleProjector(mode) {
      get().setProjector(get().projector === mode ? 'live' : mode);
    },

    showPanel(panel, focus) {
      set({ panel, focus: focus ?? null });
    },

    focused() {
      set({ focus: null });
    },

    askClose() {
      get().flushNotes();
      set({ confirmingClose: true });
    },

    cancelClose() {
      set({ confirmingClose: false });
    },

    async close() {
      const { sessionId } = get();
      if (sessionId === null) return false;
      get().flushNotes();
      set({ busy: true });
      const live = await apply(() => api.live.close({ sessionId }));
      set({ busy: false, confirmingClose: live === null });
      return live !== null;
    },

    async leave() {
      get().flushNotes();
      await tail;
    },

    reset() {
      guard.reset();
      clearTimeout(notesTimer);
      notesTimer = undefined;
      notesInFlight.clear();
      requestedItemId = null;
      draftQueued = false;
      tail = Promise.resolve();
      set(useLiveStore.getInitialState(), true);
    },
  };
});
