import type { Db } from '../../db/sqlite.js';
import { agendaRepository } from '../../db/repositories/agendaRepository.js';
import { agreementRepository } from '../../db/repositories/agreementRepository.js';
import { rosterRepository } from '../../db/repositories/attendanceRepository.js';
import { committeeRepository } from '../../db/repositories/committeeRepository.js';
import { indicatorRepository } from '../../db/repositories/indicatorRepository.js';
import { liveRepository } from '../../db/repositories/liveRepository.js';
import { peopleRepository } from '../../db/repositories/peopleRepository.js';
import { preparationRepository } from '../../db/repositories/preparationRepository.js';
import { sessionRepository } from '../../db/repositories/sessionRepository.js';
import type { DomainTable } from '../../db/repositories/tables.js';
import { recordAudit } from '../../services/auditLog.js';
import { addDays, addMonths } from '../../../shared/domain/dates.js';
import { addPeriods } from '../../../shared/domain/indicators.js';
import { agreementCode, normalizedFollowup, type AgreementStatus } from '../../../shared/domain/live.js';
import type { AttendanceStatus } from '../../../shared/domain/compliance.js';
import type { PersonKind } from '../../../shared/domain/people.js';
import type { AgendaItemKind } from '../../../shared/domain/sessions.js';
import type { PersonInputDto } from '../../../shared/ipc/contract.js';
import { agreementText, personName, prose, seededRng, type Rng } from './random.js';

/**
 * The ten-year Mesa (issue 10): a decade of monthly plenaries, their citizen meetings, the
 * committees' meetings, agreements and follow-ups, written through the repositories with an
 * audit entry per row (so `verify` passes, as on a real file). Rows are written directly rather
 * than through the live services because the services answer every call with the whole live
 * session: 40,000 such calls would take longer than the benchmark's budget. Everything comes
 * from a plan drawn from one seed, so the same seed and size give the same content.
 */

export interface MesaSize {
  months: number;
  people: number;
  committeeMeetings: number;
  agreements: number;
  followups: number;
  indicators: number;
}

export const TEN_YEAR_MESA: MesaSize = { months: 120, people: 300, committeeMeetings: 1_200, agreements: 5_000, followups: 25_000, indicators: 12 };

export interface MesaOptions {
  size: MesaSize;
  seed: number;
  /** The month of the last plenary, 'YYYY-MM'. */
  lastMonth: string;
}

export interface MesaCounts {
  people: number;
  committees: number;
  plenaries: number;
  citizenMeetings: number;
  committeeMeetings: number;
  agreements: number;
  followups: number;
  indicatorValues: number;
}

const COMMITTEE_NAMES = [
  'Comité de prevención social',
  'Comité anti robo de vehículos',
  'Comité de secuestro y extorsión',
  'Comité de justicia cívica',
  'Comité de alumbrado y espacios públicos',
  'Comité de movilidad segura',
  'Comité de violencia familiar',
  'Comité de comunicación',
];
export const INDICATOR_NAMES = [
  'Homicidio doloso', 'Robo de vehículo', 'Extorsión', 'Secuestro', 'Violencia familiar', 'Robo a casa habitación', 'Robo a negocio', 'Robo a transeúnte',
  'Lesiones dolosas', 'Narcomenudeo', 'Feminicidio', 'Llamadas al 911', 'Robo en transporte público', 'Daño en propiedad',
];
const INSTITUTIONS: readonly { institution: string; order: 'municipal' | 'estatal' | 'federal'; power: 'ejecutivo' | 'legislativo' | 'judicial' }[] = [
  { institution: 'Secretaría de Seguridad Pública Municipal', order: 'municipal', power: 'ejecutivo' },
  { institution: 'Cabildo', order: 'municipal', power: 'legislativo' },
  { institution: 'Juzgados Cívicos', order: 'municipal', power: 'judicial' },
  { institution: 'Fiscalía General del Estado', order: 'estatal', power: 'ejecutivo' },
  { institution: 'Congreso del Estado', order: 'estatal', power: 'legislativo' },
  { institution: 'Poder Judicial del Estado', order: 'estatal', power: 'judicial' },
  { institution: 'Guardia Nacional', order: 'federal', power: 'ejecutivo' },
  { institution: 'Fiscalía General de la República', order: 'federal', power: 'ejecutivo' },
];
/** Per 100 people, of each kind: about 45 citizens at a plenary, as in a large Mesa. */
const KIND_SHARES: readonly [PersonKind, number][] = [
  ['citizen', 45],
  ['official', 30],
  ['honorary', 4],
  ['collaborator', 5],
  ['volunteer', 6],
  ['guest', 10],
];
const PLENARY_ITEMS: readonly [AgendaItemKind, string, number][] = [
  ['introductions', 'Bienvenida y verificación del quórum', 10],
  ['agreements_followup', 'Seguimiento de acuerdos', 30],
  ['authority_reports', 'Informe de la Secretaría de Seguridad Pública', 20],
  ['authority_reports', 'Informe de la Fiscalía de Distrito', 20],
  ['authority_reports', 'Informe de la Guardia Nacional', 15],
  ['committee_reports', 'Informes de los comités', 20],
  ['indicators', 'Indicadores del mes', 15],
  ['other', 'Propuestas de la ciudadanía', 15],
  ['general_matters', 'Asuntos generales', 15],
  ['closing', 'Cierre de la sesión', 5],
];
const COMMITTEE_ITEMS: readonly [AgendaItemKind, string, number][] = [
  ['introductions', 'Bienvenida', 5],
  ['agreements_followup', 'Seguimiento de acuerdos del comité', 30],
  ['other', 'Plan de trabajo', 30],
  ['general_matters', 'Asuntos generales', 10],
];

interface PlannedPerson {
  input: PersonInputDto;
  /** Months [from, to) in which the person is a member. */
  from: number;
  to: number;
}

interface PlannedAgreement {
  n: number;
  text: string;
  committee: number | null;
  responsibles: number[];
  dueOn: string;
  final: { status: AgreementStatus; progress: number };
  /** How many follow-ups it gets, and at which later sessions (indexes into the timeline). */
  followupsAt: number[];
}

interface PlannedSession {
  kind: 'plenary' | 'citizen_meeting' | 'committee_meeting';
  day: string;
  time: string;
  month: number;
  number: number;
  committee: number | null;
  /** For a citizen meeting: the plenary (index in `sessions`) it prepares. */
  prepares: number | null;
  agreements: PlannedAgreement[];
}

interface MesaPlan {
  people: PlannedPerson[];
  committees: { name: string; members: number[] }[];
  /** In the order they are held; follow-ups refer to these indexes. */
  sessions: PlannedSession[];
  indicators: { name: string; visibility: 'plenary' | 'citizens'; values: number[] }[];
  firstMonth: string;
}

/** Splits `total` over `parts` as evenly as integers allow. */
function share(total: number, parts: number, i: number): number {
  return Math.floor(((i + 1) * total) / parts) - Math.floor((i * total) / parts);
}

function planPeople(rng: Rng, size: MesaSize, firstDay: string): PlannedPerson[] {
  const people: PlannedPerson[] = [];
  const totalShares = KIND_SHARES.reduce((sum, [, s]) => sum + s, 0);
  KIND_SHARES.forEach(([kind, s], k) => {
    // The last kind takes what rounding left, so the Mesa has exactly `size.people`.
    const count = k === KIND_SHARES.length - 1 ? size.people - people.length : Math.max(1, Math.round((size.people * s) / totalShares));
    for (let i = 0; i < count; i++) {
      // A fifth of each kind founds the Mesa; the rest join over the decade and stay one to five years.
      const from = i < count / 5 ? 0 : rng.between(0, size.months - 1);
      const stay = rng.between(12, 60);
      const to = from + stay >= size.months ? size.months : from + stay;
      const place = rng.pick(INSTITUTIONS);
      const official = kind === 'official';
      people.push({
        from,
        to,
        input: {
          kind,
          fullName: personName(rng),
          email: rng.next() < 0.5 ? `persona${people.length + 1}@example.org` : null,
          phone: null,
          post: official ? rng.pick(['Titular', 'Director de área', 'Coordinador regional', 'Regidora', 'Jueza', 'Comandante']) : kind === 'citizen' ? null : 'Apoyo',
          institution: official ? place.institution : null,
          order: official ? place.order : null,
          power: official ? place.power : null,
          substituteId: null,
          joinedOn: addDays(addMonths(firstDay, from), rng.between(0, 27)),
          leftOn: to < size.months ? addDays(addMonths(firstDay, to), rng.between(0, 27)) : null,
          leaveReason: to < size.months ? rng.pick(['resignation', 'end_of_post', 'other'] as const) : null,
          notes: rng.next() < 0.3 ? prose(rng, 20) : null,
        },
      });
    }
  });
  return people;
}

/** What the Mesa's agreements end as: older ones are mostly done. */
function finalState(rng: Rng, age: number): { status: AgreementStatus; progress: number } {
  const u = rng.next();
  const done = Math.min(0.85, 0.2 + age / 40);
  if (u < done) return { status: 'cumplido', progress: 100 };
  if (u < done + 0.08) return { status: 'cancelado', progress: 5 * rng.between(0, 10) };
  if (u < 0.95) return { status: 'en_proceso', progress: 5 * rng.between(2, 18) };
  return { status: 'pendiente', progress: 0 };
}

export function planMesa(options: MesaOptions): MesaPlan {
  const { size } = options;
  const rng = seededRng(options.seed);
  const firstMonth = addPeriods(options.lastMonth, -(size.months - 1));
  const firstDay = `${firstMonth}-01`;
  const people = planPeople(rng, size, firstDay);
  const activeIn = (month: number, kinds: readonly PersonKind[]) => people.flatMap((p, i) => (p.from <= month && month < p.to && kinds.includes(p.input.kind) ? [i] : []));

  const committees = COMMITTEE_NAMES.slice(0, Math.max(1, Math.min(COMMITTEE_NAMES.length, Math.ceil(size.committeeMeetings / size.months) + 2))).map((name) => {
    const pool = people.flatMap((p, i) => (p.input.kind === 'citizen' || p.input.kind === 'official' ? [i] : []));
    const members = new Set<number>();
    while (members.size < Math.min(12, pool.length)) members.add(rng.pick(pool));
    return { name, members: [...members].sort((a, b) => a - b) };
  });

  const sessions: PlannedSession[] = [];
  const committeeNumbers = new Map<string, number>();
  for (let m = 0; m < size.months; m++) {
    const month = addPeriods(firstMonth, m);
    const meetings = share(size.committeeMeetings, size.months, m);
    const ofMonth: PlannedSession[] = [];
    for (let i = 0; i < meetings; i++) {
      const committee = (m * 7 + i) % committees.length;
      const key = `${committee}/${month.slice(0, 4)}`;
      const number = (committeeNumbers.get(key) ?? 0) + 1;
      committeeNumbers.set(key, number);
      const day = `${month}-${String(1 + Math.floor((i * 27) / Math.max(1, meetings))).padStart(2, '0')}`;
      ofMonth.push({ kind: 'committee_meeting', day, time: i % 2 === 0 ? '10:00' : '18:30', month: m, number, committee, prepares: null, agreements: [] });
    }
    const number = Number(month.slice(5, 7));
    ofMonth.push({ kind: 'citizen_meeting', day: `${month}-15`, time: '18:30', month: m, number, committee: null, prepares: null, agreements: [] });
    ofMonth.push({ kind: 'plenary', day: `${month}-20`, time: '17:00', month: m, number, committee: null, prepares: null, agreements: [] });
    ofMonth.sort((a, b) => (`${a.day}T${a.time}` < `${b.day}T${b.time}` ? -1 : 1));
    const base = sessions.length;
    sessions.push(...ofMonth);
    const plenary = base + ofMonth.findIndex((s) => s.kind === 'plenary');
    sessions[base + ofMonth.findIndex((s) => s.kind === 'citizen_meeting')]!.prepares = plenary;
  }

  // Agreements: four in five adopted in plenary, the rest in committee meetings of the same month.
  let n = 0;
  const adoptedAt: number[] = [];
  const all: PlannedAgreement[] = [];
  for (let m = 0; m < size.months; m++) {
    const count = share(size.agreements, size.months, m);
    const ofMonth = sessions.flatMap((s, i) => (s.month === m ? [i] : []));
    const plenary = ofMonth.find((i) => sessions[i]!.kind === 'plenary')!;
    const meetings = ofMonth.filter((i) => sessions[i]!.kind === 'committee_meeting');
    const responsiblePool = activeIn(m, ['citizen', 'official']);
    for (let k = 0; k < count; k++) {
      const at = k % 5 === 4 && meetings.length > 0 ? meetings[k % meetings.length]! : plenary;
      const session = sessions[at]!;
      const responsibles = new Set<number>();
      const wanted = rng.between(1, 3);
      while (responsibles.size < Math.min(wanted, responsiblePool.length)) responsibles.add(rng.pick(responsiblePool));
      const agreement: PlannedAgreement = {
        n: ++n,
        text: agreementText(rng, n),
        committee: session.committee ?? (rng.next() < 0.7 ? rng.between(0, committees.length - 1) : null),
        responsibles: [...responsibles],
        dueOn: addDays(session.day, rng.between(30, 240)),
        final: finalState(rng, size.months - m),
        followupsAt: [],
      };
      session.agreements.push(agreement);
      all.push(agreement);
      adoptedAt.push(at);
    }
  }

  // Follow-ups: as even a share per agreement as the sessions after its adoption allow, then
  // the remainder to the oldest ones, spread over later plenaries and committee meetings.
  const reviews = sessions.flatMap((s, i) => (s.kind === 'citizen_meeting' ? [] : [i]));
  const position = new Map(reviews.map((s, i) => [s, i]));
  const later = adoptedAt.map((at) => reviews.length - 1 - position.get(at)!);
  const counts = all.map((_, i) => Math.min(later[i]!, Math.floor(size.followups / Math.max(1, size.agreements))));
  let missing = size.followups - counts.reduce((a, b) => a + b, 0);
  for (let pass = 0; missing > 0 && pass < 100; pass++) {
    for (let i = 0; i < all.length && missing > 0; i++) {
      if (counts[i]! < later[i]!) {
        counts[i]!++;
        missing--;
      }
    }
  }
  all.forEach((a, i) => {
    const k = counts[i]!;
    const start = position.get(adoptedAt[i]!)!;
    const gap = k === 0 ? 1 : Math.max(1, Math.floor(Math.min(later[i]!, 110) / k));
    for (let j = 0; j < k; j++) a.followupsAt.push(reviews[start + 1 + j * gap]!);
  });

  const indicators = INDICATOR_NAMES.slice(0, size.indicators).map((name, i) => {
    let level = rng.between(5, 120);
    const values = Array.from({ length: size.months }, () => {
      level = Math.max(0, level + rng.between(-Math.ceil(level / 8) - 1, Math.ceil(level / 8) + 1));
      return level;
    });
    return { name, visibility: (i % 6 === 5 ? 'citizens' : 'plenary') as 'plenary' | 'citizens', values };
  });

  return { people, committees, sessions, indicators, firstMonth };
}

type Audit = (action: 'insert' | 'update', table: DomainTable, id: number) => void;

/**
 * Writes the plan, one transaction per month as a secretary's month of work would be, and
 * returns what it wrote. The workspace must be open; its own rows (founding committees,
 * settings) are left as they are.
 */
export function writeMesa(db: Db, options: MesaOptions): MesaCounts {
  const plan = planMesa(options);
  const rng = seededRng(options.seed ^ 0x5eed);
  const audit: Audit = (action, table, id) => recordAudit(db, 'app', action, table, id);
  const personIds: number[] = [];
  const committeeIds: number[] = [];
  const sessionIds: number[] = [];
  const agreementIds = new Map<PlannedAgreement, number>();
  const followupDone = new Map<PlannedAgreement, number>();
  /** Follow-ups to record at each session index. */
  const followupsAt = new Map<number, PlannedAgreement[]>();
  for (const s of plan.sessions) for (const a of s.agreements) for (const at of a.followupsAt) followupsAt.set(at, [...(followupsAt.get(at) ?? []), a]);
  const counts: MesaCounts = { people: 0, committees: 0, plenaries: 0, citizenMeetings: 0, committeeMeetings: 0, agreements: 0, followups: 0, indicatorValues: 0 };

  db.transaction(() => {
    for (const p of plan.people) {
      const id = peopleRepository.insert(db, p.input);
      audit('insert', 'people', id);
      personIds.push(id);
      counts.people++;
    }
    const founded = `${plan.firstMonth}-01`;
    for (const c of plan.committees) {
      const id = committeeRepository.insert(db, { name: c.name, kind: 'working', axis: c.name.replace('Comité de ', ''), createdOn: founded });
      audit('insert', 'committees', id);
      committeeIds.push(id);
      counts.committees++;
      for (const member of c.members) {
        const person = plan.people[member]!.input;
        const joined = person.joinedOn! > founded ? person.joinedOn! : founded;
        const membership = committeeRepository.addMember(db, id, personIds[member]!, joined);
        if (person.leftOn) committeeRepository.endMembership(db, membership, person.leftOn);
        audit('insert', 'committee_members', membership);
      }
    }
    for (const ind of plan.indicators) {
      const id = indicatorRepository.insert(db, { name: ind.name, unit: 'cases', source: 'Fiscalía General del Estado', description: null, visibility: ind.visibility });
      audit('insert', 'indicators', id);
      ind.values.forEach((v, m) => {
        audit('insert', 'indicator_values', indicatorRepository.insertValue(db, id, addPeriods(plan.firstMonth, m), v));
        counts.indicatorValues++;
      });
    }
  })();

  const writeMonth = db.transaction((indexes: number[]) => {
    for (const i of indexes) if (plan.sessions[i]!.kind !== 'citizen_meeting') writeSession(i, []);
  });
  /** `prepared`: for a citizen meeting, the plenary's items it writes preparation notes on. */
  const writeSession = (index: number, prepared: number[]): void => {
    const s = plan.sessions[index]!;
    const scheduledAt = `${s.day}T${s.time}`;
    const sessionInput = {
      kind: s.kind,
      plenaryType: s.kind === 'plenary' ? ('ordinary' as const) : null,
      number: s.number,
      year: Number(s.day.slice(0, 4)),
      committeeId: s.committee === null ? null : committeeIds[s.committee]!,
      preparesSessionId: s.prepares === null ? null : sessionIds[s.prepares] ?? null,
      scheduledAt,
      place: s.kind === 'committee_meeting' ? 'Oficina de la Mesa' : s.kind === 'plenary' ? 'Sala de Cabildo' : 'Sala de juntas de la Cámara de Comercio',
    };
    const id = sessionRepository.insert(db, sessionInput);
    sessionIds[index] = id;
    const items: number[] = [];
    if (s.kind === 'citizen_meeting') counts.citizenMeetings++;
    else {
      (s.kind === 'plenary' ? PLENARY_ITEMS : COMMITTEE_ITEMS).forEach(([kind, title, minutes], position) => {
        const item = agendaRepository.insert(db, id, position + 1, {
          kind,
          title,
          presenterPersonId: null,
          presenterCommitteeId: null,
          presenterInstitution: kind === 'authority_reports' ? title.replace('Informe de la ', '') : null,
          minutesAllotted: minutes,
          description: null,
        });
        liveRepository.setNotes(db, item, prose(rng, s.kind === 'plenary' ? rng.between(60, 180) : rng.between(25, 80)));
        audit('insert', 'agenda_items', item);
        items.push(item);
      });
      if (s.kind === 'plenary') counts.plenaries++;
      else counts.committeeMeetings++;
    }
    liveRepository.start(db, id, `${scheduledAt}:00`);
    liveRepository.end(db, id, `${s.day}T${s.kind === 'plenary' ? '20:05' : s.time === '10:00' ? '11:30' : '20:00'}:00`);
    audit('insert', 'sessions', id);

    for (const r of rosterRepository.roster(db, id)) {
      const u = rng.next();
      const status: AttendanceStatus = u < 0.78 ? 'present' : u < 0.86 ? 'late' : u < 0.94 ? 'absent_justified' : r.kind === 'official' ? 'represented' : 'absent_unjustified';
      const row = rosterRepository.upsert(db, {
        sessionId: id,
        personId: r.person_id,
        status,
        arrivedAt: status === 'late' ? `${s.time.slice(0, 2)}:${rng.between(10, 40)}` : null,
        leftAt: null,
        substituteName: status === 'represented' ? personName(rng) : null,
        justification: status === 'absent_justified' ? 'Compromiso laboral previo' : null,
      });
      audit('insert', 'attendance', row.id);
    }

    if (s.kind === 'citizen_meeting') {
      for (const item of prepared) audit('insert', 'preparation_notes', preparationRepository.insertNote(db, id, item, prose(rng, rng.between(40, 120))));
      return;
    }
    // The citizen meeting is held before the plenary but points at it, so it is written just after it.
    if (s.kind === 'plenary') {
      const meeting = plan.sessions.findIndex((x) => x.prepares === index);
      if (meeting !== -1) writeSession(meeting, [items[2]!, items[3]!, items[7]!]);
    }

    for (const a of followupsAt.get(index) ?? []) {
      const j = followupDone.get(a) ?? 0;
      followupDone.set(a, j + 1);
      const last = j + 1 === a.followupsAt.length;
      const step = last ? a.final : normalizedFollowup('en_proceso', Math.round(((a.final.progress || 50) * (j + 1)) / a.followupsAt.length / 5) * 5);
      const fid = agreementRepository.insertFollowup(db, {
        agreementId: agreementIds.get(a)!,
        sessionId: id,
        recordedOn: s.day,
        status: step.status,
        progress: step.progress,
        note: prose(rng, rng.between(8, 30)),
      });
      audit('insert', 'agreement_followups', fid);
      counts.followups++;
      if (last) {
        agreementRepository.setProgress(db, agreementIds.get(a)!, step.status, step.progress);
        audit('update', 'agreements', agreementIds.get(a)!);
      }
    }

    s.agreements.forEach((a, k) => {
      const seq = k + 1;
      const aid = agreementRepository.insert(db, {
        sessionId: id,
        agendaItemId: items[s.kind === 'plenary' ? 2 + (k % 6) : 2]!,
        seq,
        code: agreementCode(sessionInput, seq),
        text: a.text,
        committeeId: a.committee === null ? null : committeeIds[a.committee]!,
        dueOn: a.dueOn,
        visibility: 'plenary',
      });
      audit('insert', 'agreements', aid);
      for (const person of a.responsibles) audit('insert', 'agreement_responsibles', agreementRepository.addResponsible(db, aid, personIds[person]!));
      agreementIds.set(a, aid);
      counts.agreements++;
    });
  };

  for (let m = 0; m < options.size.months; m++) writeMonth(plan.sessions.flatMap((s, i) => (s.month === m ? [i] : [])));
  return counts;
}
