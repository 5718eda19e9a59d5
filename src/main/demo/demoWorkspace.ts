import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import { createServices, type Services } from '../services/services.js';
import { addDays, addMonths, addYears, isIsoDay, localToday } from '../../shared/domain/dates.js';
import { localInstant, localInstantMs, normalizedFollowup, type AgreementStatus } from '../../shared/domain/live.js';
import { isActiveOn, personKinds, type PersonKind } from '../../shared/domain/people.js';
import type { AttendanceStatus } from '../../shared/domain/compliance.js';
import type { AgendaItemKind } from '../../shared/domain/sessions.js';
import { assertNever } from '../../shared/domain/assertNever.js';
import type { AgendaItemDto, AgendaItemInputDto, AttendeeDto, LiveSessionDto, PersonInputDto } from '../../shared/ipc/contract.js';
import { addDemoIndicators } from './demoIndicators.js';
import {
  ALWAYS_PRESENT,
  CITIZEN_MEETING_UNJUSTIFIED,
  COMMITTEE_MEETINGS,
  COMMITTEES,
  DEMO_MESA,
  EVENTS,
  FOUNDED_DAYS_AGO,
  JUSTIFICATIONS,
  PEOPLE,
  PLACES,
  PLENARIES,
  SIGNED_MINUTES,
  UNJUSTIFIED,
  type AgreementScript,
  type DemoPerson,
  type ItemKey,
  type PlenaryScript,
  type Presenter,
} from './demoData.js';

/**
 * The demo workspace: a fictional Mesa with six months of life, written entirely through the
 * services (so every row is audited and `verify` passes) on a clock the builder moves, and the
 * next plenary convened for today at 17:00. The file appears only once complete.
 */

export interface DemoOptions {
  file: string;
  passphrase: string;
  /** 'YYYY-MM-DD'; the machine's today by default. */
  today?: string;
}

export interface DemoSummary {
  file: string;
  mesa: string;
  today: string;
  people: Record<PersonKind, number>;
  committees: number;
  plenaries: number;
  citizenMeetings: number;
  committeeMeetings: number;
  agreements: Record<AgreementStatus, number>;
  followups: number;
  /** Rows per table, as `info` prints them. */
  counts: Record<string, number>;
  nextPlenary: { id: number; title: string; scheduledAt: string; items: number; openAgreements: number };
}

export function createDemoWorkspace(options: DemoOptions): DemoSummary {
  const file = path.resolve(options.file);
  const today = options.today ?? localToday();
  if (!isIsoDay(today)) throw new AppFailure('invalid_argument', `Fecha no válida: ${today} (AAAA-MM-DD).`);
  if (fs.existsSync(file)) throw new AppFailure('file_exists', `Ya existe un archivo en ${file}; no se sobrescribe.`);
  const dir = path.dirname(file);
  if (!fs.existsSync(dir)) throw new AppFailure('file_not_found', `No existe la carpeta ${dir}.`);
  // Named like the temporaries of createWorkspaceFile, so opening the workspace later sweeps one left by a crash.
  const tmp = path.join(dir, `.${path.basename(file)}.create-${crypto.randomBytes(6).toString('hex')}.tmp`);
  // The services remember recently opened files; the temporary file must not end up in the user's list.
  const preferencesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-demo-'));
  const clock = new DemoClock();
  const s = createServices({ preferencesDir, now: clock.now, today: clock.today });
  try {
    s.workspace.create({ ...DEMO_MESA, path: tmp, passphrase: options.passphrase });
    const summary = new DemoBuilder(s, clock, today).build();
    const report = s.workspace.verify();
    if (!report.ok) throw new Error(`demo: the workspace does not verify: ${[...report.integrity, ...report.foreignKeys, ...report.audit.problems].join('; ')}`);
    const counts = s.workspace.info().counts;
    s.workspace.close();
    publish(tmp, file);
    return { ...summary, file, counts };
  } finally {
    s.workspace.close();
    for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`, `${tmp}-journal`]) fs.rmSync(f, { force: true });
    fs.rmSync(preferencesDir, { recursive: true, force: true });
  }
}

/** Links the finished file into place; link, unlike rename, refuses to replace a file created meanwhile. */
function publish(tmp: string, file: string): void {
  // Closing the last connection checkpoints the WAL into the file; anything left would be lost.
  if (fs.existsSync(`${tmp}-wal`) && fs.statSync(`${tmp}-wal`).size > 0) throw new Error('demo: the write-ahead log was not checkpointed');
  fsync(tmp);
  try {
    fs.linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new AppFailure('file_exists', `Ya existe un archivo en ${file}; no se sobrescribe.`);
    throw err;
  }
  fs.chmodSync(file, 0o600);
  fsync(path.dirname(file));
}

function fsync(target: string): void {
  const fd = fs.openSync(target, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The clock and calendar the services see while the demo is written. */
class DemoClock {
  private ms = 0;
  readonly now = (): Date => new Date(this.ms);
  readonly today = (): string => localToday(this.now());

  /** Local 'YYYY-MM-DDTHH:MM[:SS]'. */
  set(instant: string): void {
    this.ms = localInstantMs(instant);
  }

  advance(seconds: number): void {
    this.ms += Math.round(seconds) * 1000;
  }

  /** 'HH:MM' now. */
  time(): string {
    return localInstant(this.now()).slice(11, 16);
  }
}

/** mulberry32: a small seeded generator, so every demo built for the same day is the same. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Plenaries and meetings fall on weekdays: a Saturday or Sunday moves back to Friday. */
function weekday(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow === 6 ? addDays(day, -1) : dow === 0 ? addDays(day, -2) : day;
}

type ItemRole = ItemKey | 'intro' | 'closing';

/** What a template item is in the demo's script; authority reports are numbered by the caller. */
function templateRole(kind: Exclude<AgendaItemKind, 'authority_reports'>): ItemRole {
  switch (kind) {
    case 'introductions':
      return 'intro';
    case 'agreements_followup':
      return 'followup';
    case 'committee_reports':
      return 'committees';
    case 'indicators':
      return 'indicators';
    case 'other':
      return 'other';
    case 'general_matters':
      return 'general';
    case 'closing':
      return 'closing';
    default:
      return assertNever(kind);
  }
}

interface PlannedAgreement {
  origin: number;
  script: AgreementScript;
}

class DemoBuilder {
  private readonly rng = seeded(20_240_917);
  /** Citizen meetings draw from their own sequence, so the plenaries stay as they were scripted. */
  private readonly citizenRng = seeded(20_250_311);
  private readonly people = new Map<string, number>();
  private readonly inputs = new Map<string, PersonInputDto>();
  private readonly committees = new Map<string, number>();
  private readonly plans = new Map<number, PlannedAgreement>();
  private readonly meetingsHeld = new Map<string, number>();
  private readonly founded: string;
  /** Days of the six past plenaries and of today's. */
  private readonly plenaryDays: string[];
  private readonly heldPlenaries: number[] = [];
  /** Actas signed at a plenary, sealed once the indicators they report exist (see build). */
  private readonly signatures: { sessionId: number; at: string }[] = [];
  private readonly counts = { citizenMeetings: 0, committeeMeetings: 0, followups: 0 };

  constructor(
    private readonly s: Services,
    private readonly clock: DemoClock,
    private readonly today: string,
  ) {
    this.founded = addDays(today, -FOUNDED_DAYS_AGO);
    this.plenaryDays = [...PLENARIES.keys()].map((k) => (k === PLENARIES.length - 1 ? today : weekday(addMonths(today, k - (PLENARIES.length - 1)))));
  }

  build(): Omit<DemoSummary, 'file' | 'counts'> {
    this.setUp();
    let previousNumber = 0;
    let nextPlenaryId = 0;
    for (const [k, script] of PLENARIES.entries()) {
      const day = this.plenaryDays[k]!;
      const sameYear = k > 0 && day.slice(0, 4) === this.plenaryDays[k - 1]!.slice(0, 4);
      // Numbered as if the Mesa had met monthly since January: "ordinaria 9/2025", then 10/2025 …
      const number = k === 0 ? Number(day.slice(5, 7)) : sameYear ? previousNumber + 1 : 1;
      previousNumber = number;
      this.eventsAfter(k);
      nextPlenaryId = this.cycle(k + 1, day, number, script);
      if (k > 0 && k < PLENARIES.length - 1) this.minutesAt(k + 1, day);
    }
    this.openAdmissionVote();
    this.scheduleFollowingPlenary();
    addDemoIndicators(this.s, this.clock, this.today);
    // The board of indicators is written in one go at the end (its months and goals at their own
    // dates), so the actas signed along the way are sealed now, each at the moment it was signed:
    // their sealed content then carries the indicators and charts of their day, as a real Mesa's would.
    for (const { sessionId, at } of this.signatures) {
      this.clock.set(at);
      this.s.minutes.sign(sessionId);
    }
    this.clock.set(`${this.today}T09:00`);
    return this.summary(nextPlenaryId);
  }

  // ── The Mesa ─────────────────────────────────────────────────────────────

  private setUp(): void {
    this.clock.set(`${this.founded}T10:00`);
    for (const p of PEOPLE) {
      if (p.key === EVENTS.handover.joins) continue;
      this.createPerson(p, p.joinedAfterFounding === null ? null : addDays(this.founded, p.joinedAfterFounding));
    }
    for (const p of PEOPLE.filter((x) => x.substitute)) {
      this.updatePerson(p.key, { substituteId: this.person(p.substitute!) });
    }
    this.setUpCommittees();
    this.setUpRoles();
  }

  private createPerson(p: DemoPerson, joinedOn: string | null): void {
    const input: PersonInputDto = {
      kind: p.kind,
      fullName: p.fullName,
      email: p.email ?? null,
      phone: null,
      post: p.post ?? null,
      institution: p.institution ?? null,
      order: p.order ?? null,
      power: p.power ?? null,
      substituteId: null,
      joinedOn,
      leftOn: null,
      leaveReason: null,
      notes: p.notes ?? null,
    };
    this.people.set(p.key, this.s.people.create(input).id);
    this.inputs.set(p.key, input);
  }

  private updatePerson(key: string, patch: Partial<PersonInputDto>): void {
    const input = { ...this.inputs.get(key)!, ...patch };
    this.s.people.update(this.person(key), input);
    this.inputs.set(key, input);
  }

  private setUpCommittees(): void {
    const founding = this.s.committees.list();
    for (const [i, c] of COMMITTEES.entries()) {
      const createdOn = c.founding ? this.founded : addDays(this.founded, 30 + 15 * i);
      const input = {
        name: c.name,
        axis: c.axis,
        description: c.description,
        coordinatorId: this.person(c.coordinator),
        substituteId: this.person(c.substitute),
        createdOn,
        dissolvedOn: null,
      };
      const existing = c.founding ? founding.find((f) => f.kind === c.founding) : undefined;
      // The founding committees exist from the file's creation; they get the Mesa's founding date.
      const id = existing ? this.s.committees.update(existing.id, input).id : this.s.committees.create(input).id;
      this.committees.set(c.key, id);
      for (const member of c.members) {
        const joined = this.inputs.get(member)!.joinedOn!;
        this.s.committees.addMember(id, this.person(member), joined > createdOn ? joined : createdOn);
      }
    }
  }

  /** The first coordinator's year, the election of the second, and the offices since. */
  private setUpRoles(): void {
    const elected = addYears(this.founded, 1);
    const termEnd = addDays(elected, -1);
    const assign = (key: string, role: 'coordinator' | 'substitute_coordinator' | 'technical_secretary' | 'executive_committee', startsOn: string, endsOn: string | null) =>
      this.s.roles.assign({ personId: this.person(key), role, startsOn, endsOn });
    assign('andrea', 'technical_secretary', this.founded, null);
    assign('prevCoord', 'coordinator', this.founded, termEnd);
    assign('coord', 'substitute_coordinator', this.founded, termEnd);
    assign('sub1', 'substitute_coordinator', this.founded, termEnd);

    const opens = addDays(elected, -12);
    this.clock.set(`${opens}T09:00`);
    const vote = this.s.votes.open({ kind: 'coordinator_election', opensOn: opens, subjectPersonId: null, candidateIds: [this.person('coord'), this.person('sub1')] });
    const voters = this.activeCitizens(opens);
    // 25 of 28 vote: 19 for the coordinator, 5 for the other candidate, 1 blank.
    voters.slice(0, voters.length - 3).forEach((personId, i) => {
      const candidateId = i < 19 ? this.person('coord') : i < 24 ? this.person('sub1') : null;
      this.s.votes.cast({ voteId: vote.id, personId, choice: candidateId === null ? 'blank' : 'yes', candidateId });
    });
    const closes = addDays(opens, 5);
    this.clock.set(`${closes}T20:00`);
    this.s.votes.close(vote.id, closes);

    this.clock.set(`${elected}T10:00`);
    assign('coord', 'coordinator', elected, null);
    assign('sub1', 'substitute_coordinator', elected, addYears(elected, 1));
    assign('sub2', 'substitute_coordinator', elected, addYears(elected, 1));
    for (const key of COMMITTEES.find((c) => c.key === 'exec')!.members) assign(key, 'executive_committee', elected, addYears(elected, 1));
  }

  private activeCitizens(day: string): number[] {
    return this.s.people
      .list({ kind: 'citizen' })
      .filter((p) => isActiveOn(p, day))
      .map((p) => p.id);
  }

  /** Membership changes between plenary `plenary` (1–6) and the next. */
  private eventsAfter(plenary: number): void {
    const after = (days: number) => addDays(this.plenaryDays[plenary - 1]!, days);
    if (plenary === EVENTS.admission.afterPlenary) {
      const { person, committee } = EVENTS.admission;
      const opens = after(3);
      this.clock.set(`${opens}T09:00`);
      const vote = this.s.votes.open({ kind: 'admission', opensOn: opens, subjectPersonId: this.person(person), candidateIds: [] });
      // 24 of 28 vote, 2 against: valid (≥ 80 %) and not rejected (< 25 % against).
      this.activeCitizens(opens)
        .slice(0, 24)
        .forEach((personId, i) => this.s.votes.cast({ voteId: vote.id, personId, choice: i % 12 === 5 ? 'no' : 'yes', candidateId: null }));
      const closes = addDays(opens, 5);
      this.clock.set(`${closes}T20:00`);
      this.s.votes.close(vote.id, closes);
      this.inputs.set(person, { ...this.inputs.get(person)!, joinedOn: closes });
      this.s.committees.addMember(this.committee(committee), this.person(person), closes);
    }
    if (plenary === EVENTS.handover.afterPlenary) {
      const day = after(6);
      this.clock.set(`${day}T10:00`);
      this.updatePerson(EVENTS.handover.leaves, { leftOn: day, leaveReason: 'end_of_post' });
      this.createPerson(PEOPLE.find((p) => p.key === EVENTS.handover.joins)!, day);
    }
    if (plenary === EVENTS.resignation.afterPlenary) {
      const day = after(10);
      this.clock.set(`${day}T10:00`);
      for (const c of COMMITTEES.filter((x) => x.members.includes(EVENTS.resignation.person))) {
        this.s.committees.removeMember(this.committee(c.key), this.person(EVENTS.resignation.person), day);
      }
      this.updatePerson(EVENTS.resignation.person, { leftOn: day, leaveReason: 'resignation' });
    }
  }

  private openAdmissionVote(): void {
    const opens = addDays(this.today, -2);
    this.clock.set(`${opens}T09:00`);
    const vote = this.s.votes.open({ kind: 'admission', opensOn: opens, subjectPersonId: this.person(EVENTS.openVote.person), candidateIds: [] });
    this.activeCitizens(opens)
      .slice(0, 11)
      .forEach((personId, i) => this.s.votes.cast({ voteId: vote.id, personId, choice: i === 7 ? 'no' : 'yes', candidateId: null }));
  }

  /** The calendar does not end today: next month's plenary is already in draft. */
  private scheduleFollowingPlenary(): void {
    this.clock.set(`${this.today}T08:30`);
    this.s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: `${weekday(addMonths(this.today, 1))}T17:00`, place: PLACES.plenary, committeeId: null, preparesSessionId: null, number: null });
  }

  /**
   * At plenary `k` the acta of plenary k − 1 is approved and, for the oldest ones, signed and
   * sealed on the spot: the demo shows every state (signed, approved, draft).
   */
  private minutesAt(k: number, day: string): void {
    const previous = this.heldPlenaries[k - 2]!;
    this.clock.advance(300);
    this.s.minutes.approve(previous, this.heldPlenaries[k - 1]!, day);
    if (k - 1 <= SIGNED_MINUTES) {
      this.clock.advance(600);
      this.signatures.push({ sessionId: previous, at: localInstant(this.clock.now()) });
    }
  }

  // ── One month: committee meetings, the citizen meeting, the plenary ────────

  /** Returns the plenary's id. */
  private cycle(k: number, day: string, number: number, script: PlenaryScript): number {
    this.clock.set(`${addDays(day, -14)}T10:00`);
    const plenary = this.s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: `${day}T17:00`, place: PLACES.plenary, committeeId: null, preparesSessionId: null, number });
    const roles = this.prepareAgenda(plenary.id, script);
    COMMITTEE_MEETINGS[k - 1]!.forEach((key, i) => this.committeeMeeting(k, key, weekday(addDays(day, -(8 + 3 * i))), i % 2 === 0 ? '10:00' : '18:30'));
    this.citizenMeeting(plenary.id, day, number, script, roles);
    this.clock.set(`${addDays(day, -4)}T12:00`);
    this.s.sessions.markConvened(plenary.id, addDays(day, -4));
    if (k < PLENARIES.length) this.runPlenary(k, plenary.id, day, script, roles);
    return plenary.id;
  }

  /** The guide's order of business, with this month's presenters and subjects. */
  private prepareAgenda(sessionId: number, script: PlenaryScript): Map<number, ItemRole> {
    const items = this.s.agenda.get(sessionId).items;
    const ofKind = (kind: AgendaItemDto['kind']) => items.find((i) => i.kind === kind)!;
    const update = (item: AgendaItemDto, patch: Partial<AgendaItemInputDto>) =>
      this.s.agenda.update(item.id, {
        kind: item.kind,
        title: item.title,
        presenterPersonId: item.presenterPersonId,
        presenterCommitteeId: item.presenterCommitteeId,
        presenterInstitution: item.presenterInstitution,
        minutesAllotted: item.minutesAllotted,
        description: item.description,
        ...patch,
      });
    update(ofKind('introductions'), this.presenter({ person: 'coord' }));
    update(ofKind('agreements_followup'), this.presenter({ person: 'andrea' }));
    update(ofKind('indicators'), this.presenter({ committee: 'ind' }));
    const [first, ...more] = script.authority;
    const authority = ofKind('authority_reports');
    update(authority, { title: first!.title, minutesAllotted: first!.minutes, ...this.presenter(first!.presenter) });
    more.forEach((a, i) =>
      this.s.agenda.add(
        sessionId,
        { kind: 'authority_reports', title: a.title, minutesAllotted: a.minutes, description: a.description ?? null, ...this.presenter(a.presenter) },
        authority.position + 1 + i,
      ),
    );
    const o = script.other;
    update(ofKind('other'), { title: o.title, minutesAllotted: o.minutes, description: o.description ?? null, ...this.presenter(o.presenter) });

    const roles = new Map<number, ItemRole>();
    let authorities = 0;
    for (const item of this.s.agenda.get(sessionId).items) {
      roles.set(item.id, item.kind === 'authority_reports' ? (authorities++ === 0 ? 'authority0' : 'authority1') : templateRole(item.kind));
    }
    return roles;
  }

  private presenter(p: Presenter): Pick<AgendaItemInputDto, 'presenterPersonId' | 'presenterCommitteeId' | 'presenterInstitution'> {
    return {
      presenterPersonId: p && 'person' in p ? this.person(p.person) : null,
      presenterCommitteeId: p && 'committee' in p ? this.committee(p.committee) : null,
      presenterInstitution: p && 'institution' in p ? p.institution : null,
    };
  }

  /** Citizen-only: preparation notes, topics (one goes to the agenda) and the checklist. */
  private citizenMeeting(plenaryId: number, plenaryDay: string, number: number, script: PlenaryScript, roles: Map<number, ItemRole>): void {
    const day = weekday(addDays(plenaryDay, -5));
    this.clock.set(`${addDays(day, -4)}T10:00`);
    const meeting = this.s.sessions.create({ kind: 'citizen_meeting', plenaryType: null, scheduledAt: `${day}T18:30`, place: PLACES.citizen, committeeId: null, preparesSessionId: plenaryId, number });
    this.s.sessions.markConvened(meeting.id, addDays(day, -3));
    this.counts.citizenMeetings++;
    this.clock.set(`${day}T18:30`);
    const itemOf = (key: ItemKey) => [...roles].find(([, r]) => r === key)?.[0];
    for (const [key, body] of Object.entries(script.citizen.notes) as [ItemKey, string][]) {
      this.clock.advance(300);
      this.s.citizenMeetings.setNote(meeting.id, itemOf(key)!, body);
    }
    for (const t of script.citizen.topics) {
      this.clock.advance(240);
      const added = this.s.citizenMeetings.addTopic(meeting.id, { title: t.title, body: t.body, isGeneralMatter: t.isGeneralMatter });
      if (t.promote !== undefined) {
        const topic = added.topics.find((x) => x.title === t.title)!;
        const promoted = this.s.citizenMeetings.promoteTopic(topic.id, t.promote).topics.find((x) => x.id === topic.id)!;
        roles.set(promoted.promotedItemId!, 'topic');
      }
    }
    for (const c of script.citizen.checklist) {
      const list = this.s.citizenMeetings.addChecklistItem(meeting.id, c.label).checklist;
      if (c.done) this.s.citizenMeetings.setChecklistItem(list.at(-1)!.id, true);
    }
    this.clock.set(`${day}T20:30`);
    this.s.sessions.setStatus(meeting.id, 'closed');
    for (const r of this.s.live.get(meeting.id).roster) this.markCitizen(meeting.id, r);
  }

  /** A held citizen meeting's attendance: citizens only, most present; the scripted absences without justification. */
  private markCitizen(meetingId: number, r: AttendeeDto): void {
    const key = this.keyOf(r.personId);
    const u = this.citizenRng();
    const cycle = this.heldPlenaries.length + 1;
    const status: AttendanceStatus = ALWAYS_PRESENT.includes(key)
      ? 'present'
      : CITIZEN_MEETING_UNJUSTIFIED.some((x) => x.person === key && x.meeting === cycle)
        ? 'absent_unjustified'
        : u < 0.82
          ? 'present'
          : u < 0.9
            ? 'late'
            : 'absent_justified';
    const late = `18:${String(35 + Math.floor(this.citizenRng() * 20)).padStart(2, '0')}`;
    this.s.live.setAttendance({
      sessionId: meetingId,
      personId: r.personId,
      status,
      time: status === 'late' ? late : null,
      substituteName: null,
      justification: status === 'absent_justified' ? JUSTIFICATIONS[Math.floor(this.citizenRng() * JUSTIFICATIONS.length)]! : null,
    });
  }

  private committeeMeeting(k: number, key: string, day: string, time: string): void {
    const committeeId = this.committee(key);
    const data = COMMITTEES.find((c) => c.key === key)!;
    this.clock.set(`${addDays(day, -6)}T10:00`);
    const meeting = this.s.sessions.create({ kind: 'committee_meeting', plenaryType: null, scheduledAt: `${day}T${time}`, place: PLACES.committee, committeeId, preparesSessionId: null, number: null });
    this.s.sessions.markConvened(meeting.id, addDays(day, -4));
    this.clock.set(`${day}T${time}`);
    this.clock.advance(this.between(60, 420));
    let live = this.s.live.start(meeting.id);
    for (const r of live.roster) {
      const u = this.rng();
      const status: AttendanceStatus = u < 0.82 ? 'present' : u < 0.9 ? 'late' : 'absent_justified';
      this.mark(meeting.id, r, status);
    }
    const held = this.meetingsHeld.get(key) ?? 0;
    this.meetingsHeld.set(key, held + 1);
    for (const [i, item] of live.items.entries()) {
      if (i > 0) live = this.s.live.goTo(meeting.id, item.id);
      const entered = this.clock.now().getTime();
      if (item.kind === 'agreements_followup') {
        // The committee works its agreements between plenaries: halfway to what the next plenary will hear.
        for (const row of live.followups) {
          this.clock.advance(this.between(60, 180));
          const step = this.stepAt(row.agreementId, k, false);
          let status = row.status;
          let progress = row.progress;
          let note = step ? 'Sin avance desde la plenaria.' : 'Sigue en curso; el comité informará en la plenaria.';
          if (step && step.status !== 'cancelado' && step.status !== 'pendiente') {
            const halfway = row.progress + Math.floor((step.progress - row.progress) / 10) * 5;
            if (halfway > row.progress) {
              status = 'en_proceso';
              progress = halfway;
              note = 'Avance revisado en la reunión del comité.';
            }
          }
          this.s.live.recordFollowup({ sessionId: meeting.id, agreementId: row.agreementId, status, progress, note });
          this.counts.followups++;
        }
        this.s.live.setItemNotes(item.id, live.followups.length === 0 ? 'El comité no tenía acuerdos vigentes.' : `Se leyeron ${live.followups.length} acuerdo(s) vigente(s) del comité.`);
      } else if (item.kind === 'general_matters') {
        this.s.live.setItemNotes(item.id, 'Sin asuntos generales.');
      } else {
        this.s.live.setItemNotes(item.id, data.meetingNotes[Math.min(held, data.meetingNotes.length - 1)]!);
      }
      this.spend(entered, item.minutesAllotted);
      live = this.s.live.get(meeting.id);
    }
    this.s.live.close(meeting.id);
    this.counts.committeeMeetings++;
  }

  /** The plenary as the secretary runs it: attendance, every item in turn, agreements, close. */
  private runPlenary(k: number, sessionId: number, day: string, script: PlenaryScript, roles: Map<number, ItemRole>): void {
    this.clock.set(`${day}T17:00`);
    this.clock.advance(this.between(60, 420));
    let live = this.s.live.start(sessionId);
    const leavingEarly: AttendeeDto[] = [];
    for (const r of live.roster) {
      const status = this.plenaryStatus(k, r);
      if (status === 'left_early') leavingEarly.push(r);
      this.mark(sessionId, r, status === 'left_early' ? 'present' : status);
    }
    for (const [i, item] of live.items.entries()) {
      if (i > 0) live = this.s.live.goTo(sessionId, item.id);
      const entered = this.clock.now().getTime();
      const role = roles.get(item.id);
      switch (role) {
        case 'intro': {
          this.clock.advance(240);
          const q = this.s.live.get(sessionId).quorum;
          this.s.live.setItemNotes(item.id, `Se verificó el quórum: ${q.inRoom} de ${q.base} integrantes en la sala. La coordinadora dio la bienvenida.`);
          break;
        }
        case 'followup':
          this.followups(k, sessionId, item.id, live);
          break;
        case 'closing':
          this.clock.advance(120);
          this.s.live.setItemNotes(item.id, `La coordinadora cerró la sesión a las ${this.clock.time()}.`);
          break;
        case undefined:
          throw new Error(`demo: no role for agenda item ${item.title}`);
        default: {
          if (role === 'other') for (const r of leavingEarly) this.mark(sessionId, r, 'left_early');
          this.clock.advance(this.between(120, 300));
          this.s.live.setItemNotes(item.id, this.itemNotes(role, script));
          for (const a of script.agreements.filter((x) => x.item === role)) this.adopt(k, sessionId, item.id, day, a);
        }
      }
      if (role !== 'closing') this.spend(entered, item.minutesAllotted);
    }
    this.s.live.close(sessionId);
    this.heldPlenaries.push(sessionId);
  }

  private itemNotes(role: ItemKey, script: PlenaryScript): string {
    const notes: Partial<Record<ItemKey, string | undefined>> = {
      authority0: script.authority[0]?.notes,
      authority1: script.authority[1]?.notes,
      committees: script.committeesNotes,
      indicators: script.indicatorsNotes,
      other: script.other.notes,
      topic: script.citizen.topics.find((t) => t.promote !== undefined)?.notes,
      general: script.generalNotes,
    };
    const text = notes[role];
    if (!text) throw new Error(`demo: no notes for ${role}`);
    return text;
  }

  private followups(k: number, sessionId: number, itemId: number, live: LiveSessionDto): void {
    const tally: Record<AgreementStatus, number> = { pendiente: 0, en_proceso: 0, cumplido: 0, cancelado: 0 };
    for (const row of live.followups) {
      this.clock.advance(this.between(45, 150));
      const step = this.stepAt(row.agreementId, k, true)!;
      const { status, progress } = normalizedFollowup(step.status, step.progress);
      this.s.live.recordFollowup({ sessionId, agreementId: row.agreementId, status, progress, note: step.note });
      tally[status]++;
      this.counts.followups++;
    }
    const read = live.followups.length;
    this.s.live.setItemNotes(
      itemId,
      read === 0
        ? 'No había acuerdos de sesiones anteriores por leer.'
        : `Se dio lectura a ${read} acuerdo(s) de sesiones anteriores: ${tally.cumplido} cumplido(s), ${tally.en_proceso} en proceso, ${tally.pendiente} pendiente(s), ${tally.cancelado} cancelado(s).`,
    );
  }

  /** What plenary `k` records for an agreement; `required`: the data must say it. */
  private stepAt(agreementId: number, k: number, required: boolean) {
    const plan = this.plans.get(agreementId);
    const step = plan?.script.followups[k - plan.origin - 1];
    if (!step && required) throw new Error(`demo: agreement #${agreementId} has no follow-up for plenary ${k}`);
    return step ?? null;
  }

  private adopt(k: number, sessionId: number, itemId: number, day: string, a: AgreementScript): void {
    this.clock.advance(this.between(60, 200));
    const before = new Set(this.s.live.get(sessionId).agreements.map((x) => x.id));
    const live = this.s.live.addAgreement(sessionId, {
      agendaItemId: itemId,
      text: a.text,
      committeeId: a.committee === null ? null : this.committee(a.committee),
      responsibleIds: a.responsibles.map((key) => this.person(key)),
      dueOn: addDays(day, a.dueInDays),
    });
    const added = live.agreements.find((x) => !before.has(x.id))!;
    this.plans.set(added.id, { origin: k, script: a });
  }

  /** Mostly present; the scripted absences; officials sometimes send someone. */
  private plenaryStatus(k: number, r: AttendeeDto): AttendanceStatus {
    const key = this.keyOf(r.personId);
    const u = this.rng();
    if (ALWAYS_PRESENT.includes(key)) return 'present';
    if (UNJUSTIFIED.some((x) => x.person === key && x.plenary === k)) return 'absent_unjustified';
    switch (r.kind) {
      case 'citizen':
        return u < 0.8 ? 'present' : u < 0.88 ? 'late' : u < 0.96 ? 'absent_justified' : 'left_early';
      case 'official':
        return u < 0.55 ? 'present' : u < 0.63 ? 'late' : u < 0.83 ? 'represented' : u < 0.95 ? 'absent_justified' : 'absent_unjustified';
      default:
        return u < 0.55 ? 'present' : 'absent_justified';
    }
  }

  private mark(sessionId: number, r: AttendeeDto, status: AttendanceStatus): void {
    const person = PEOPLE.find((p) => p.key === this.keyOf(r.personId))!;
    const late = status === 'late' ? localInstant(new Date(this.clock.now().getTime() + this.between(6, 40) * 60_000)).slice(11, 16) : null;
    this.s.live.setAttendance({
      sessionId,
      personId: r.personId,
      status,
      time: late,
      substituteName: status === 'represented' ? (person.representedBy ?? 'Suplente') : null,
      justification: status === 'absent_justified' ? JUSTIFICATIONS[Math.floor(this.rng() * JUSTIFICATIONS.length)]! : null,
    });
  }

  /** Leaves the item after its allotted time, give or take a quarter. */
  private spend(enteredMs: number, minutes: number): void {
    const target = enteredMs + minutes * 60_000 * (0.75 + 0.5 * this.rng());
    const now = this.clock.now().getTime();
    this.clock.advance(Math.max(30, (target - now) / 1000));
  }

  private between(min: number, max: number): number {
    return Math.round(min + (max - min) * this.rng());
  }

  private person(key: string): number {
    const id = this.people.get(key);
    if (id === undefined) throw new Error(`demo: unknown person ${key}`);
    return id;
  }

  private keyOf(personId: number): string {
    for (const [key, id] of this.people) if (id === personId) return key;
    throw new Error(`demo: person #${personId} is not in the demo`);
  }

  private committee(key: string): number {
    const id = this.committees.get(key);
    if (id === undefined) throw new Error(`demo: unknown committee ${key}`);
    return id;
  }

  private summary(nextPlenaryId: number): Omit<DemoSummary, 'file' | 'counts'> {
    const people = Object.fromEntries(personKinds.map((k) => [k, 0])) as Record<PersonKind, number>;
    for (const p of this.s.people.list({})) people[p.kind]++;
    const agreements: Record<AgreementStatus, number> = { pendiente: 0, en_proceso: 0, cumplido: 0, cancelado: 0 };
    for (const id of this.heldPlenaries) for (const a of this.s.live.get(id).agreements) agreements[a.status]++;
    const agenda = this.s.agenda.get(nextPlenaryId);
    return {
      mesa: DEMO_MESA.name,
      today: this.today,
      people,
      committees: this.s.committees.list().length,
      plenaries: this.heldPlenaries.length,
      citizenMeetings: this.counts.citizenMeetings,
      committeeMeetings: this.counts.committeeMeetings,
      agreements,
      followups: this.counts.followups,
      nextPlenary: {
        id: nextPlenaryId,
        title: agenda.session.title,
        scheduledAt: agenda.session.scheduledAt,
        items: agenda.items.length,
        openAgreements: agenda.openAgreements.length,
      },
    };
  }
}
