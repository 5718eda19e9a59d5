import type { AgreementStatus } from '../../../../shared/domain/live.js';
import type { AgreementDraftDto, FollowupDraftDto, FollowupRowDto, LiveDraftDto, LiveSessionDto } from '../../../../shared/ipc/contract.js';

/** The follow-up form as typed: the progress stays text until it is saved. */
export interface FollowupForm {
  agreementId: number;
  status: AgreementStatus;
  progress: string;
  note: string;
}

export function emptyAgreement(agendaItemId: number | null): AgreementDraftDto {
  return { agreementId: null, agendaItemId, text: '', committeeId: null, responsibleIds: [], dueOn: null };
}

/** A new agreement nobody has typed anything into is no draft: the projector shows nothing. */
function isBlankNew(a: AgreementDraftDto): boolean {
  return a.agreementId === null && a.text.trim() === '' && a.committeeId === null && a.responsibleIds.length === 0 && a.dueOn === null;
}

/** "40", " 40 " → 40; anything else (half typed, out of range) is null. */
export function parseProgress(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= 100 ? value : null;
}

/** What the projector shows of a half-typed progress: main only takes a whole percent. */
function draftProgress(text: string): number {
  const value = parseProgress(text);
  if (value !== null) return value;
  const digits = Number.parseInt(text, 10);
  return Number.isNaN(digits) ? 0 : Math.min(100, Math.max(0, digits));
}

export function followupDraft(form: FollowupForm): FollowupDraftDto {
  return { agreementId: form.agreementId, status: form.status, progress: draftProgress(form.progress), note: form.note };
}

export function liveDraft(agreement: AgreementDraftDto | null, followup: FollowupForm | null, indicatorId: number | null = null): LiveDraftDto {
  return {
    agreement: agreement && !isBlankNew(agreement) ? agreement : null,
    followup: followup ? followupDraft(followup) : null,
    ...(indicatorId !== null ? { indicatorId } : {}),
  };
}

/** A row opens with what this session recorded for it, else with the agreement as it stands. */
export function followupFormOf(row: FollowupRowDto): FollowupForm {
  if (row.recorded) {
    return { agreementId: row.agreementId, status: row.recorded.status, progress: String(row.recorded.progress), note: row.recorded.note ?? '' };
  }
  return { agreementId: row.agreementId, status: row.status, progress: String(row.progress), note: '' };
}

export function followupFormOfDraft(draft: FollowupDraftDto): FollowupForm {
  return { agreementId: draft.agreementId, status: draft.status, progress: String(draft.progress), note: draft.note };
}

/** The first row not yet recorded after `afterId` (wrapping round), or null when all are. */
export function nextUnrecorded(rows: readonly FollowupRowDto[], afterId: number | null): FollowupRowDto | null {
  const start = afterId === null ? -1 : rows.findIndex((r) => r.agreementId === afterId);
  for (let step = 1; step <= rows.length; step++) {
    const row = rows[(start + step + rows.length) % rows.length]!;
    if (row.recorded === null && row.agreementId !== afterId) return row;
  }
  return null;
}

export type LivePanel = 'item' | 'attendance';

/** A session nobody has checked in yet opens on attendance; otherwise on the current item. */
export function initialPanel(live: LiveSessionDto): LivePanel {
  return live.counts.recorded === 0 && live.draft.agreement === null && live.draft.followup === null ? 'attendance' : 'item';
}
