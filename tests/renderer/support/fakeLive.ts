/**
 * The live session for the fake transport, in memory, answering the way main's LiveService
 * does: the same DTOs, built with the shared rules (codes, counts, quorum, follow-up
 * normalization), on top of the fake sessions and the fake Mesa. Its clock can be moved.
 */
import type { AttendanceStatus } from '../../../src/shared/domain/compliance.js';
import {
  agreementCode,
  attendanceCounts,
  countsForQuorum,
  localInstant,
  localInstantMs,
  normalizedFollowup,
  quorum,
  type AgreementStatus,
  type CloseWarning,
} from '../../../src/shared/domain/live.js';
import type { MesaRules } from '../../../src/shared/domain/rules.js';
import type {
  AgendaDto,
  AgreementDto,
  AgreementInputDto,
  AttendanceInputDto,
  AttendeeDto,
  FollowupInputDto,
  FollowupRowDto,
  LiveChoicesDto,
  LiveDraftDto,
  LiveItemDto,
  LiveSessionDto,
  ProjectorMode,
  SessionDto,
} from '../../../src/shared/ipc/contract.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';
import type { createFakeMesa } from './fakeMesa.js';
import type { createFakeSessions } from './fakeSessions.js';

type FakeMesa = ReturnType<typeof createFakeMesa>;
type FakeSessions = ReturnType<typeof createFakeSessions>;

export interface LiveSeed {
  /** Open agreements of earlier sessions, read in the follow-up item of every session. */
  followups?: Omit<FollowupRowDto, 'recorded'>[];
  /** The fake's clock; tests move it to run down a countdown. */
  now?: () => Date;
  /** Plenary-visible indicators the projector can show during the indicators item. */
  indicators?: { id: number; name: string }[];
}

interface ItemClock {
  startedAt: string | null;
  endedAt: string | null;
  spentSeconds: number;
  notes: string;
}

interface StoredAttendance {
  status: AttendanceStatus;
  arrivedAt: string | null;
  leftAt: string | null;
  substituteName: string | null;
  justification: string | null;
}

interface StoredAgreement extends AgreementInputDto {
  id: number;
  seq: number;
}

interface LiveRecord {
  startedAt: string;
  endedAt: string | null;
  currentItemId: number | null;
  items: Map<number, ItemClock>;
  attendance: Map<number, StoredAttendance>;
  agreements: StoredAgreement[];
  recorded: Map<number, { status: AgreementStatus; progress: number; note: string | null }>;
  draft: LiveDraftDto;
}

const EMPTY_DRAFT: LiveDraftDto = { agreement: null, followup: null };
const NO_NOTES_NEEDED = new Set(['introductions', 'closing', 'agreements_followup']);

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export function createFakeLive(seed: LiveSeed, mesa: FakeMesa, sessions: FakeSessions) {
  const now = seed.now ?? (() => new Date());
  const records = new Map<number, LiveRecord>();
  const followupSeed = seed.followups ?? SAMPLE_FOLLOWUPS;
  /** Later status and progress of those agreements, as follow-ups record them. */
  const standing = new Map(followupSeed.map((f) => [f.agreementId, { status: f.status, progress: f.progress }]));
  let projector: ProjectorMode = 'live';
  let nextAgreement = 100;

  const rules = (): MesaRules => unwrap(mesa.handlers.rules.get());
  const session = (id: number): SessionDto | undefined => unwrap(sessions.handlers.sessions.list()).find((s) => s.id === id);
  const agenda = (id: number): AgendaDto => unwrap(sessions.handlers.agenda.get({ sessionId: id }));
  const at = () => localInstant(now());
  const activeOn = (p: { joinedOn: string | null; leftOn: string | null }, day: string) =>
    p.joinedOn !== null && p.joinedOn <= day && (p.leftOn === null || p.leftOn > day);

  function rosterIds(s: SessionDto, rec: LiveRecord | undefined): number[] {
    const day = s.scheduledAt.slice(0, 10);
    const expected = new Set<number>();
    if (s.kind === 'plenary') {
      for (const [id, p] of mesa.people) if (['citizen', 'official', 'honorary'].includes(p.kind) && activeOn(p, day)) expected.add(id);
    } else if (s.kind === 'committee_meeting') {
      const c = s.committeeId === null ? undefined : mesa.committees.get(s.committeeId);
      for (const m of c?.members ?? []) if (m.joinedOn <= day && (m.leftOn === null || m.leftOn > day)) expected.add(m.personId);
    }
    for (const id of rec?.attendance.keys() ?? []) expected.add(id);
    const rank = (id: number) => {
      const kind = mesa.people.get(id)!.kind;
      return kind === 'citizen' ? 0 : kind === 'official' ? 1 : 2;
    };
    return [...expected].sort((a, b) => rank(a) - rank(b) || mesa.people.get(a)!.fullName.localeCompare(mesa.people.get(b)!.fullName));
  }

  function roster(s: SessionDto, rec: LiveRecord | undefined): AttendeeDto[] {
    return rosterIds(s, rec).map((personId) => {
      const p = mesa.people.get(personId)!;
      const a = rec?.attendance.get(personId);
      return {
        personId,
        name: p.fullName,
        kind: p.kind,
        post: p.post,
        institution: p.institution,
        countsForQuorum: countsForQuorum(p.kind),
        status: a?.status ?? null,
        arrivedAt: a?.arrivedAt ?? null,
        leftAt: a?.leftAt ?? null,
        substituteName: a?.substituteName ?? null,
        justification: a?.justification ?? null,
      };
    });
  }

  function items(s: SessionDto, rec: LiveRecord | undefined): LiveItemDto[] {
    return agenda(s.id).items.map((item) => {
      const clock = rec?.items.get(item.id) ?? { startedAt: null, endedAt: null, spentSeconds: 0, notes: '' };
      return {
        ...item,
        ...clock,
        state: item.id === rec?.currentItemId ? 'current' : clock.endedAt !== null ? 'done' : 'pending',
      };
    });
  }

  function agreementDto(s: SessionDto, a: StoredAgreement): AgreementDto {
    const committee = a.committeeId === null ? undefined : mesa.committees.get(a.committeeId);
    return {
      id: a.id,
      sessionId: s.id,
      agendaItemId: a.agendaItemId,
      seq: a.seq,
      code: agreementCode(s, a.seq),
      text: a.text,
      committeeId: a.committeeId,
      committeeName: committee?.name ?? null,
      responsibles: a.responsibleIds.map((personId) => ({ personId, name: mesa.people.get(personId)!.fullName })),
      dueOn: a.dueOn,
      status: 'pendiente',
      progress: 0,
    };
  }

  function followups(rec: LiveRecord | undefined): FollowupRowDto[] {
    return followupSeed.map((f) => ({ ...f, ...standing.get(f.agreementId)!, recorded: rec?.recorded.get(f.agreementId) ?? null }));
  }

  function closeWarnings(list: LiveItemDto[], people: AttendeeDto[], rows: FollowupRowDto[]): CloseWarning[] {
    const warnings: CloseWarning[] = [];
    const pending = people.filter((r) => r.status === null).length;
    if (pending > 0) warnings.push({ code: 'attendance_pending', count: pending });
    const unread = rows.filter((f) => f.recorded === null).length;
    if (unread > 0) warnings.push({ code: 'followups_pending', count: unread });
    const notReached = list.filter((i) => i.startedAt === null).map((i) => i.position);
    if (notReached.length > 0) warnings.push({ code: 'items_not_reached', positions: notReached });
    const withoutNotes = list.filter((i) => i.startedAt !== null && !NO_NOTES_NEEDED.has(i.kind) && i.notes.trim() === '').map((i) => i.position);
    if (withoutNotes.length > 0) warnings.push({ code: 'items_without_notes', positions: withoutNotes });
    return warnings;
  }

  function dto(sessionId: number): LiveSessionDto {
    const s = session(sessionId)!;
    const rec = records.get(sessionId);
    const list = items(s, rec);
    const people = roster(s, rec);
    const rows = followups(rec);
    return {
      session: s,
      startedAt: rec?.startedAt ?? null,
      endedAt: rec?.endedAt ?? null,
      currentItemId: rec?.currentItemId ?? null,
      items: list,
      roster: people,
      counts: attendanceCounts(people),
      quorum: quorum(people, rules().plenaryQuorumPct),
      agreements: (rec?.agreements ?? []).map((a) => agreementDto(s, a)),
      nextCode: agreementCode(s, (rec?.agreements.length ?? 0) + 1),
      followups: rows,
      draft: rec?.draft ?? EMPTY_DRAFT,
      projector,
      closeWarnings: closeWarnings(list, people, rows),
      now: at(),
    };
  }

  function leave(rec: LiveRecord, stamp: string): void {
    const clock = rec.currentItemId === null ? undefined : rec.items.get(rec.currentItemId);
    if (!clock?.startedAt) return;
    clock.spentSeconds += Math.floor((localInstantMs(stamp) - localInstantMs(clock.startedAt)) / 1000);
    clock.endedAt = stamp;
  }

  function enter(rec: LiveRecord, itemId: number, stamp: string): void {
    const clock = rec.items.get(itemId) ?? { startedAt: null, endedAt: null, spentSeconds: 0, notes: '' };
    rec.items.set(itemId, { ...clock, startedAt: stamp, endedAt: null });
    rec.currentItemId = itemId;
  }

  /** Live, or closed and still being corrected: what main accepts records in. */
  function recording(sessionId: number): { s: SessionDto; rec: LiveRecord } | Result<never> {
    const s = session(sessionId);
    const rec = records.get(sessionId);
    if (!s || !rec) return fail('not_found', 'Esa sesión no existe.');
    if (s.status !== 'live' && s.status !== 'closed') return fail('conflict', 'Solo se registra en una sesión en curso o recién cerrada.');
    return { s, rec };
  }

  function start(sessionId: number): Result<LiveSessionDto> {
    const s = session(sessionId);
    if (!s) return fail('not_found', 'Esa sesión no existe.');
    if (s.status === 'live') return ok(dto(sessionId));
    if (s.status !== 'convened') return fail('conflict', 'Solo una sesión convocada puede iniciarse: envíe antes la orden del día.');
    if (current() !== null) return fail('conflict', 'Ya hay otra sesión en curso; ciérrela antes de iniciar esta.');
    const first = agenda(sessionId).items[0];
    if (!first) return fail('conflict', 'La orden del día está vacía.');
    const rec: LiveRecord = {
      startedAt: at(),
      endedAt: null,
      currentItemId: null,
      items: new Map(),
      attendance: new Map(),
      agreements: [],
      recorded: new Map(),
      draft: EMPTY_DRAFT,
    };
    records.set(sessionId, rec);
    enter(rec, first.id, rec.startedAt);
    sessions.sessions.get(sessionId)!.status = 'live';
    return ok(dto(sessionId));
  }

  /** A session seeded as 'live' without going through start has no clock: screens that only show its status see it, the console does not. */
  function current(): number | null {
    return [...sessions.sessions.values()].find((s) => s.status === 'live' && records.has(s.id))?.id ?? null;
  }

  const handlers = {
    live: {
      current: () => ok(current()),
      get: ({ sessionId }: { sessionId: number }) => (session(sessionId) ? ok(dto(sessionId)) : fail('not_found', 'Esa sesión no existe.')),
      choices: ({ sessionId }: { sessionId: number }): Result<LiveChoicesDto> => {
        const s = session(sessionId);
        if (!s) return fail('not_found', 'Esa sesión no existe.');
        const day = s.scheduledAt.slice(0, 10);
        return ok({
          committees: [...mesa.committees.values()].filter((c) => c.dissolvedOn === null || c.dissolvedOn > day).map((c) => ({ id: c.id, name: c.name })),
          people: [...mesa.people.entries()]
            .filter(([, p]) => p.kind !== 'guest' && activeOn(p, day))
            .map(([id, p]) => ({ id, name: p.fullName, kind: p.kind, institution: p.institution })),
          indicators: seed.indicators ?? [],
        });
      },
      start: ({ sessionId }: { sessionId: number }) => start(sessionId),
      goTo: ({ sessionId, itemId }: { sessionId: number; itemId: number }) => {
        const s = session(sessionId);
        const rec = records.get(sessionId);
        if (!s || !rec || s.status !== 'live') return fail('conflict', 'La sesión no está en curso.');
        if (!agenda(sessionId).items.some((i) => i.id === itemId)) return fail('not_found', 'Ese punto no está en la orden del día de esta sesión.');
        if (rec.currentItemId !== itemId) {
          const stamp = at();
          leave(rec, stamp);
          enter(rec, itemId, stamp);
        }
        return ok(dto(sessionId));
      },
      setAttendance: (input: AttendanceInputDto) => {
        const found = recording(input.sessionId);
        if ('ok' in found) return found;
        const { s, rec } = found;
        if (!rosterIds(s, rec).includes(input.personId)) return fail('not_found', 'Esa persona no está en la lista de asistencia de esta sesión.');
        if (input.status === null) {
          rec.attendance.delete(input.personId);
          return ok(dto(s.id));
        }
        const time = input.time ?? (s.status === 'live' ? at().slice(11, 16) : null);
        if (input.status === 'represented' && !input.substituteName) return fail('invalid_argument', 'Escriba el nombre de quien asiste en representación.');
        if ((input.status === 'late' || input.status === 'left_early') && time === null) return fail('invalid_argument', 'Indique la hora (HH:MM).');
        rec.attendance.set(input.personId, {
          status: input.status,
          arrivedAt: input.status === 'late' ? time : null,
          leftAt: input.status === 'left_early' ? time : null,
          substituteName: input.status === 'represented' ? input.substituteName : null,
          justification: input.status === 'absent_justified' ? input.justification : null,
        });
        return ok(dto(s.id));
      },
      setItemNotes: ({ itemId, notes }: { itemId: number; notes: string }) => {
        const item = sessions.items.get(itemId);
        if (!item) return fail('not_found', 'Ese punto no existe.');
        const found = recording(item.sessionId);
        if ('ok' in found) return found;
        const clock = found.rec.items.get(itemId) ?? { startedAt: null, endedAt: null, spentSeconds: 0, notes: '' };
        found.rec.items.set(itemId, { ...clock, notes });
        return ok(dto(item.sessionId));
      },
      setDraft: ({ sessionId, draft }: { sessionId: number; draft: LiveDraftDto }) => {
        const rec = records.get(sessionId);
        if (!rec || session(sessionId)?.status !== 'live') return fail('conflict', 'La sesión no está en curso.');
        rec.draft = structuredClone(draft);
        return ok(undefined);
      },
      addAgreement: ({ sessionId, agreement }: { sessionId: number; agreement: AgreementInputDto }) => {
        const found = recording(sessionId);
        if ('ok' in found) return found;
        const { rec } = found;
        rec.agreements.push({ ...agreement, id: nextAgreement++, seq: rec.agreements.length + 1 });
        if (rec.draft.agreement?.agreementId === null) rec.draft = { ...rec.draft, agreement: null };
        return ok(dto(sessionId));
      },
      updateAgreement: ({ id, agreement }: { id: number; agreement: AgreementInputDto }) => {
        const sessionId = [...records.entries()].find(([, r]) => r.agreements.some((a) => a.id === id))?.[0];
        if (sessionId === undefined) return fail('not_found', 'Ese acuerdo no existe.');
        const found = recording(sessionId);
        if ('ok' in found) return found;
        const stored = found.rec.agreements.find((a) => a.id === id)!;
        Object.assign(stored, agreement);
        if (found.rec.draft.agreement?.agreementId === id) found.rec.draft = { ...found.rec.draft, agreement: null };
        return ok(dto(sessionId));
      },
      removeAgreement: ({ id }: { id: number }) => {
        const sessionId = [...records.entries()].find(([, r]) => r.agreements.some((a) => a.id === id))?.[0];
        if (sessionId === undefined) return fail('not_found', 'Ese acuerdo no existe.');
        const found = recording(sessionId);
        if ('ok' in found) return found;
        found.rec.agreements = found.rec.agreements.filter((a) => a.id !== id).map((a, i) => ({ ...a, seq: i + 1 }));
        if (found.rec.draft.agreement?.agreementId === id) found.rec.draft = { ...found.rec.draft, agreement: null };
        return ok(dto(sessionId));
      },
      recordFollowup: (input: FollowupInputDto) => {
        const found = recording(input.sessionId);
        if ('ok' in found) return found;
        if (!standing.has(input.agreementId)) return fail('not_found', 'Ese acuerdo no está entre los que se leen en esta sesión.');
        const { status, progress } = normalizedFollowup(input.status, input.progress);
        found.rec.recorded.set(input.agreementId, { status, progress, note: input.note });
        standing.set(input.agreementId, { status, progress });
        if (found.rec.draft.followup?.agreementId === input.agreementId) found.rec.draft = { ...found.rec.draft, followup: null };
        return ok(dto(input.sessionId));
      },
      setProjector: ({ mode }: { mode: ProjectorMode }) => {
        projector = mode;
        return ok(undefined);
      },
      close: ({ sessionId }: { sessionId: number }) => {
        const s = session(sessionId);
        const rec = records.get(sessionId);
        if (!s || !rec || s.status !== 'live') return fail('conflict', 'La sesión no está en curso.');
        const stamp = at();
        leave(rec, stamp);
        rec.endedAt = stamp;
        rec.draft = EMPTY_DRAFT;
        sessions.sessions.get(sessionId)!.status = 'closed';
        projector = 'live';
        return ok(dto(sessionId));
      },
    },
  };

  return {
    handlers,
    records,
    /** Starts a session before the console opens (a session left live by an earlier run). */
    start: (sessionId: number) => unwrap(start(sessionId)),
    projector: () => projector,
  };
}

/** Three open agreements of earlier plenaries, read in the follow-up item. */
export const SAMPLE_FOLLOWUPS: Omit<FollowupRowDto, 'recorded'>[] = [
  {
    agreementId: 1,
    code: 'PL-6/2025-01',
    text: 'Instalar 40 luminarias en la colonia Felipe Ángeles antes del cierre del trimestre.',
    committeeName: 'Prevención del delito',
    responsible: 'Gabriel Quintana Leyva',
    dueOn: '2026-03-31',
    status: 'en_proceso',
    progress: 60,
  },
  {
    agreementId: 2,
    code: 'PL-6/2025-02',
    text: 'La Fiscalía presentará el tablero mensual de denuncias por extorsión.',
    committeeName: null,
    responsible: 'Patricia Villalobos Anaya',
    dueOn: null,
    status: 'pendiente',
    progress: 0,
  },
  {
    agreementId: 3,
    code: 'PL-6/2025-03',
    text: 'Recorrido nocturno con vecinos del Centro para ubicar puntos sin alumbrado.',
    committeeName: 'Prevención del delito',
    responsible: null,
    dueOn: '2026-02-28',
    status: 'pendiente',
    progress: 0,
  },
];
