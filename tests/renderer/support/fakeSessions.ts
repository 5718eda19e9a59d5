/**
 * Sessions, their orden del día and the citizen meetings for the fake transport, in memory,
 * answering the way main does (same DTOs, the shared rules for titles, times and warnings).
 */
import {
  canMoveTo,
  convocationWarnings,
  estimatedEnd,
  PLENARY_TEMPLATE,
  sessionTitle,
  type PlenaryType,
  type SessionKind,
  type SessionStatus,
} from '../../../src/shared/domain/sessions.js';
import type {
  AgendaDto,
  AgendaItemDto,
  AgendaItemInputDto,
  CitizenMeetingDto,
  CitizenTopicDto,
  ChecklistItemDto,
  CreateSessionDto,
  OpenAgreementDto,
  PersonInputDto,
  SessionDto,
} from '../../../src/shared/ipc/contract.js';
import { fail, ok } from '../../../src/shared/ipc/result.js';

export interface SeedSession {
  kind: SessionKind;
  plenaryType?: PlenaryType | null;
  number?: number;
  scheduledAt: string;
  place?: string | null;
  status?: SessionStatus;
  committeeId?: number | null;
  preparesSessionId?: number | null;
  convocationSentOn?: string | null;
  /** Omitted for a plenary: the guide's order of business (PLENARY_TEMPLATE). */
  items?: (Partial<AgendaItemInputDto> & { title: string })[];
}

export interface SessionsSeed {
  sessions?: SeedSession[];
  openAgreements?: OpenAgreementDto[];
}

interface StoredSession {
  id: number;
  kind: SessionKind;
  plenaryType: PlenaryType | null;
  number: number;
  year: number;
  scheduledAt: string;
  place: string | null;
  status: SessionStatus;
  committeeId: number | null;
  preparesSessionId: number | null;
  convocationSentOn: string | null;
}

interface StoredItem extends AgendaItemInputDto {
  id: number;
  sessionId: number;
}

interface StoredTopic extends Omit<CitizenTopicDto, 'id'> {
  meetingId: number;
}

/** What the fake reads of the Mesa: committee names and people names for presenters. */
export interface MesaView {
  committees: Map<number, { name: string; createdOn: string; dissolvedOn: string | null }>;
  people: Map<number, PersonInputDto>;
}

const emptyItem: Omit<AgendaItemInputDto, 'kind' | 'title'> = {
  presenterPersonId: null,
  presenterCommitteeId: null,
  presenterInstitution: null,
  minutesAllotted: 10,
  description: null,
};

export function createFakeSessions(seed: SessionsSeed = {}, mesa: MesaView, today: string) {
  const sessions = new Map<number, StoredSession>();
  const items = new Map<number, StoredItem>();
  /** Order of each session's items, by id. */
  const order = new Map<number, number[]>();
  const notes = new Map<string, string>();
  const topics = new Map<number, StoredTopic>();
  const checklist = new Map<number, ChecklistItemDto & { meetingId: number }>();
  let nextSession = 1;
  let nextItem = 1;
  let nextTopic = 1;
  let nextCheck = 1;
  const openAgreements = seed.openAgreements ?? [];

  const committeeName = (id: number | null) => (id === null ? null : (mesa.committees.get(id)?.name ?? null));

  function sessionDto(s: StoredSession): SessionDto {
    const base = { kind: s.kind, plenaryType: s.plenaryType, number: s.number, year: s.year, committeeName: committeeName(s.committeeId) };
    const preparedBy = [...sessions.values()].find((o) => o.preparesSessionId === s.id) ?? null;
    return {
      ...s,
      committeeName: base.committeeName,
      title: sessionTitle(base, 'es'),
      preparedBySessionId: preparedBy?.id ?? null,
    };
  }

  function addItem(sessionId: number, input: AgendaItemInputDto, position: number | null): number {
    const id = nextItem++;
    items.set(id, { ...input, id, sessionId });
    const ids = order.get(sessionId) ?? [];
    let at: number;
    if (position !== null) at = Math.min(Math.max(position - 1, 0), ids.length);
    else at = ids.length > 0 && items.get(ids.at(-1)!)!.kind === 'closing' ? ids.length - 1 : ids.length;
    ids.splice(at, 0, id);
    order.set(sessionId, ids);
    return id;
  }

  function createSession(input: CreateSessionDto, extra: Partial<StoredSession> = {}): StoredSession {
    const year = Number(input.scheduledAt.slice(0, 4));
    const number =
      input.number ?? [...sessions.values()].filter((s) => s.kind === input.kind && s.year === year).length + 1;
    const s: StoredSession = {
      id: nextSession++,
      kind: input.kind,
      plenaryType: input.kind === 'plenary' ? (input.plenaryType ?? 'ordinary') : null,
      number,
      year,
      scheduledAt: input.scheduledAt,
      place: input.place,
      status: 'draft',
      committeeId: input.committeeId,
      preparesSessionId: input.preparesSessionId,
      convocationSentOn: null,
      ...extra,
    };
    sessions.set(s.id, s);
    order.set(s.id, []);
    if (s.kind === 'plenary') for (const t of PLENARY_TEMPLATE) addItem(s.id, { ...emptyItem, kind: t.kind, title: t.title, minutesAllotted: t.minutes }, null);
    return s;
  }

  for (const seedSession of seed.sessions ?? []) {
    const s = createSession(
      {
        kind: seedSession.kind,
        plenaryType: seedSession.plenaryType ?? null,
        scheduledAt: seedSession.scheduledAt,
        place: seedSession.place ?? null,
        committeeId: seedSession.committeeId ?? null,
        preparesSessionId: seedSession.preparesSessionId ?? null,
        number: seedSession.number ?? null,
      },
      { status: seedSession.status ?? 'draft', convocationSentOn: seedSession.convocationSentOn ?? null },
    );
    if (seedSession.items) {
      for (const id of order.get(s.id)!) items.delete(id);
      order.set(s.id, []);
      for (const item of seedSession.items) addItem(s.id, { ...emptyItem, kind: 'other', ...item }, null);
    }
  }

  function presenterLabel(item: AgendaItemInputDto): string | null {
    if (item.presenterPersonId !== null) return mesa.people.get(item.presenterPersonId)?.fullName ?? null;
    if (item.presenterCommitteeId !== null) return committeeName(item.presenterCommitteeId);
    return item.presenterInstitution;
  }

  function itemsOf(sessionId: number): AgendaItemDto[] {
    const s = sessions.get(sessionId)!;
    const start = s.scheduledAt;
    let elapsed = 0;
    return (order.get(sessionId) ?? []).map((id, index) => {
      const item = items.get(id)!;
      const startsAt = estimatedEnd(start, [elapsed]);
      elapsed += item.minutesAllotted;
      return {
        ...item,
        position: index + 1,
        presenterLabel: presenterLabel(item),
        startsAt,
        endsAt: estimatedEnd(start, [elapsed]),
      };
    });
  }

  function agendaDto(sessionId: number): AgendaDto {
    const s = sessions.get(sessionId)!;
    const list = itemsOf(sessionId);
    const minutes = list.map((i) => i.minutesAllotted);
    return {
      session: sessionDto(s),
      items: list,
      estimatedEnd: estimatedEnd(s.scheduledAt, minutes),
      totalMinutes: minutes.reduce((a, b) => a + b, 0),
      openAgreements: s.kind === 'plenary' ? openAgreements : [],
    };
  }

  function meetingDto(meetingId: number): CitizenMeetingDto {
    const meeting = sessions.get(meetingId)!;
    const plenary = meeting.preparesSessionId === null ? null : sessions.get(meeting.preparesSessionId)!;
    const agenda = plenary ? itemsOf(plenary.id) : [];
    const noteRecord: Record<number, string> = {};
    for (const item of agenda) {
      const note = notes.get(`${meetingId}:${item.id}`);
      if (note !== undefined) noteRecord[item.id] = note;
    }
    return {
      meeting: sessionDto(meeting),
      plenary: plenary ? sessionDto(plenary) : null,
      agenda,
      notes: noteRecord,
      topics: [...topics.entries()]
        .filter(([, t]) => t.meetingId === meetingId)
        .map(([id, { meetingId: _m, ...t }]) => ({ id, ...t })),
      checklist: [...checklist.values()].filter((c) => c.meetingId === meetingId).map(({ meetingId: _m, ...c }) => c),
    };
  }

  const sessionOfItem = (id: number) => items.get(id)?.sessionId;

  function editable(sessionId: number) {
    const s = sessions.get(sessionId);
    if (!s) return fail('not_found', 'No existe esa sesión.');
    if (s.status !== 'draft' && s.status !== 'convened') return fail('conflict', 'La orden del día de esta sesión ya no se puede cambiar.');
    return null;
  }

  const handlers = {
    sessions: {
      list: () => ok([...sessions.values()].map(sessionDto)),
      create: (input: CreateSessionDto) => {
        if (input.kind === 'citizen_meeting') {
          const plenary = input.preparesSessionId === null ? undefined : sessions.get(input.preparesSessionId);
          if (!plenary || plenary.kind !== 'plenary') return fail('invalid_argument', 'Elija la plenaria que prepara.');
        }
        if (input.kind === 'committee_meeting' && (input.committeeId === null || !mesa.committees.has(input.committeeId))) {
          return fail('invalid_argument', 'Elija el comité.');
        }
        return ok(sessionDto(createSession(input)));
      },
      update: ({ id, scheduledAt, place }: { id: number; scheduledAt: string; place: string | null }) => {
        const s = sessions.get(id);
        if (!s) return fail('not_found', 'No existe esa sesión.');
        if (s.status !== 'draft' && s.status !== 'convened') return fail('conflict', 'La sesión ya empezó; su fecha y lugar no cambian.');
        Object.assign(s, { scheduledAt, place });
        return ok(sessionDto(s));
      },
      setStatus: ({ id, status }: { id: number; status: SessionStatus }) => {
        const s = sessions.get(id);
        if (!s) return fail('not_found', 'No existe esa sesión.');
        if (!canMoveTo(s.status, status)) return fail('conflict', 'Ese cambio de estado no es posible.');
        s.status = status;
        if (status === 'draft') s.convocationSentOn = null;
        return ok(sessionDto(s));
      },
      markConvened: ({ id, sentOn }: { id: number; sentOn: string }) => {
        const s = sessions.get(id);
        if (!s) return fail('not_found', 'No existe esa sesión.');
        if (!canMoveTo(s.status, 'convened')) return fail('conflict', 'La sesión ya no está en borrador.');
        Object.assign(s, { status: 'convened', convocationSentOn: sentOn });
        return ok(sessionDto(s));
      },
      warnings: () => {
        const all = [...sessions.values()];
        const plenaries = all
          .filter((s) => s.kind === 'plenary')
          .map((s) => ({ id: s.id, date: s.scheduledAt.slice(0, 10), status: s.status, convocationSentOn: s.convocationSentOn }));
        const committees = [...mesa.committees.entries()]
          .filter(([, c]) => c.dissolvedOn === null)
          .map(([id, c]) => ({
            id,
            name: c.name,
            createdOn: c.createdOn,
            lastMeetingOn:
              all
                .filter((s) => s.kind === 'committee_meeting' && s.committeeId === id && s.scheduledAt.slice(0, 10) <= today)
                .map((s) => s.scheduledAt.slice(0, 10))
                .sort()
                .at(-1) ?? null,
          }));
        return ok(convocationWarnings({ plenaries, committees }, today));
      },
      exportAgenda: ({ id, path, confirmedLeavesWorkspace }: { id: number; path: string; language: 'es' | 'en'; confirmedLeavesWorkspace: boolean }) => {
        if (confirmedLeavesWorkspace !== true) return fail('forbidden', 'El orden del día se escribe sin cifrar, fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.');
        if (!sessions.has(id)) return fail('not_found', 'No existe esa sesión.');
        return ok({ path, sha256: 'a3f1c9'.padEnd(64, '0'), bytes: 18_432 });
      },
      suggestExportPath: ({ id }: { id: number }) => {
        const s = sessions.get(id);
        if (!s) return fail('not_found', 'No existe esa sesión.');
        return ok(`/home/secretaria/Documentos/orden-del-dia-${s.number}-${s.year}.docx`);
      },
    },
    agenda: {
      get: ({ sessionId }: { sessionId: number }) =>
        sessions.has(sessionId) ? ok(agendaDto(sessionId)) : fail('not_found', 'No existe esa sesión.'),
      add: ({ sessionId, item, position }: { sessionId: number; item: AgendaItemInputDto; position: number | null }) => {
        const refused = editable(sessionId);
        if (refused) return refused;
        addItem(sessionId, item, position);
        return ok(agendaDto(sessionId));
      },
      update: ({ id, item }: { id: number; item: AgendaItemInputDto }) => {
        const sessionId = sessionOfItem(id);
        if (sessionId === undefined) return fail('not_found', 'No existe ese punto.');
        const refused = editable(sessionId);
        if (refused) return refused;
        items.set(id, { ...item, id, sessionId });
        return ok(agendaDto(sessionId));
      },
      remove: ({ id }: { id: number }) => {
        const sessionId = sessionOfItem(id);
        if (sessionId === undefined) return fail('not_found', 'No existe ese punto.');
        const refused = editable(sessionId);
        if (refused) return refused;
        items.delete(id);
        order.set(sessionId, order.get(sessionId)!.filter((i) => i !== id));
        return ok(agendaDto(sessionId));
      },
      move: ({ id, toPosition }: { id: number; toPosition: number }) => {
        const sessionId = sessionOfItem(id);
        if (sessionId === undefined) return fail('not_found', 'No existe ese punto.');
        const refused = editable(sessionId);
        if (refused) return refused;
        const ids = order.get(sessionId)!.filter((i) => i !== id);
        if (toPosition < 1 || toPosition > ids.length + 1) return fail('invalid_argument', 'Posición fuera de la orden del día.');
        ids.splice(toPosition - 1, 0, id);
        order.set(sessionId, ids);
        return ok(agendaDto(sessionId));
      },
    },
    citizenMeetings: {
      get: ({ id }: { id: number }) =>
        sessions.get(id)?.kind === 'citizen_meeting' ? ok(meetingDto(id)) : fail('not_found', 'No existe esa reunión ciudadana.'),
      setNote: ({ meetingId, agendaItemId, body }: { meetingId: number; agendaItemId: number; body: string }) => {
        notes.set(`${meetingId}:${agendaItemId}`, body);
        return ok(meetingDto(meetingId));
      },
      addTopic: ({ meetingId, ...topic }: { meetingId: number; title: string; body: string | null; isGeneralMatter: boolean }) => {
        topics.set(nextTopic++, { ...topic, meetingId, promotedItemId: null });
        return ok(meetingDto(meetingId));
      },
      updateTopic: ({ id, ...topic }: { id: number; title: string; body: string | null; isGeneralMatter: boolean }) => {
        const stored = topics.get(id);
        if (!stored) return fail('not_found', 'No existe ese tema.');
        Object.assign(stored, topic);
        return ok(meetingDto(stored.meetingId));
      },
      removeTopic: ({ id }: { id: number }) => {
        const stored = topics.get(id);
        if (!stored) return fail('not_found', 'No existe ese tema.');
        topics.delete(id);
        return ok(meetingDto(stored.meetingId));
      },
      promoteTopic: ({ id, minutesAllotted }: { id: number; minutesAllotted: number }) => {
        const stored = topics.get(id);
        if (!stored) return fail('not_found', 'No existe ese tema.');
        if (stored.promotedItemId !== null) return fail('conflict', 'Ese tema ya está en la orden del día.');
        const plenaryId = sessions.get(stored.meetingId)!.preparesSessionId!;
        const refused = editable(plenaryId);
        if (refused) return refused;
        stored.promotedItemId = addItem(
          plenaryId,
          { ...emptyItem, kind: stored.isGeneralMatter ? 'general_matters' : 'other', title: stored.title, minutesAllotted },
          null,
        );
        return ok(meetingDto(stored.meetingId));
      },
      addChecklistItem: ({ meetingId, label }: { meetingId: number; label: string }) => {
        const id = nextCheck++;
        checklist.set(id, { id, label, done: false, meetingId });
        return ok(meetingDto(meetingId));
      },
      setChecklistItem: ({ id, done }: { id: number; done: boolean }) => {
        const stored = checklist.get(id);
        if (!stored) return fail('not_found', 'No existe ese elemento.');
        stored.done = done;
        return ok(meetingDto(stored.meetingId));
      },
      removeChecklistItem: ({ id }: { id: number }) => {
        const stored = checklist.get(id);
        if (!stored) return fail('not_found', 'No existe ese elemento.');
        checklist.delete(id);
        return ok(meetingDto(stored.meetingId));
      },
    },
  };

  return { handlers, sessions, items, notes, topics, checklist };
}

/** Two open agreements of earlier plenaries, for the follow-up item. */
export const SAMPLE_OPEN_AGREEMENTS: OpenAgreementDto[] = [
  {
    id: 1,
    code: 'A-2025-14',
    text: 'Instalar 40 luminarias en la colonia Felipe Ángeles antes del cierre del trimestre.',
    status: 'en_proceso',
    progress: 60,
    dueOn: '2026-03-31',
    committeeName: 'Prevención del delito',
    sessionTitle: 'Sesión plenaria ordinaria 6/2025',
  },
  {
    id: 2,
    code: 'A-2026-02',
    text: 'La Fiscalía presentará el tablero mensual de denuncias por extorsión.',
    status: 'pendiente',
    progress: 0,
    dueOn: null,
    committeeName: null,
    sessionTitle: 'Sesión plenaria ordinaria 1/2026',
  },
];
