import type { Services } from '../../services/services.js';
import { addDays, addMonths } from '../../../shared/domain/dates.js';
import { localInstant, localInstantMs } from '../../../shared/domain/live.js';
import type { AttendanceStatus } from '../../../shared/domain/compliance.js';
import type { PersonKind } from '../../../shared/domain/people.js';
import { addPeriods, periodOf } from '../../../shared/domain/indicators.js';
import { agreementText, personName, prose, seededRng, type Rng } from './random.js';
import { INDICATOR_NAMES } from './referenceMesa.js';

/**
 * The reference plenary (issue 10): three hours, 40 people on the roster with every kind of
 * attendance, 15 agenda items, 60 agreements of the previous plenary followed up and 30 new
 * ones adopted, notes of a real secretary's length, and the citizen meeting's citizen-only
 * preparation notes. Run through the services as the console runs it, on a clock the caller
 * owns; it is left live on its last item, so the caller can time the close and the acta.
 */

export interface PlenarySize {
  /** On the roster: citizens, officials and honorary members. */
  attendees: number;
  items: number;
  agreements: number;
  followups: number;
  hours: number;
  /** Indicators with three years of months and a goal each: every one is charted in the acta. */
  indicators?: number;
}

export const REFERENCE_PLENARY: PlenarySize = { attendees: 40, items: 15, agreements: 30, followups: 60, hours: 3, indicators: 12 };

/** The clock the services see while the plenary is written: pass `now` to createServices. */
export class ReferenceClock {
  private ms = 0;
  readonly now = (): Date => new Date(this.ms);

  /** Local 'YYYY-MM-DDTHH:MM[:SS]'. */
  set(instant: string): void {
    this.ms = localInstantMs(instant);
  }

  advance(seconds: number): void {
    this.ms += Math.round(seconds) * 1000;
  }
}

export interface ReferencePlenary {
  plenaryId: number;
  citizenMeetingId: number;
  previousPlenaryId: number;
}

const STATUSES: readonly AttendanceStatus[] = ['present', 'present', 'present', 'late', 'left_early', 'absent_justified', 'absent_unjustified', 'represented'];

/** Writes the Mesa's people, the previous plenary and the reference plenary, up to the moment before its close. */
export function writeReferencePlenary(s: Services, clock: ReferenceClock, options: { size: PlenarySize; seed: number; day: string }): ReferencePlenary {
  const { size, day } = options;
  const rng = seededRng(options.seed);
  const previousDay = addMonths(day, -1);
  clock.set(`${addDays(previousDay, -30)}T10:00`);
  const people = createPeople(s, rng, size.attendees, addDays(previousDay, -400));
  const responsible = () => people[rng.between(0, Math.min(people.length, size.attendees) - 1)]!;
  writeIndicators(s, rng, size.indicators ?? 0, addDays(previousDay, -30), addDays(day, 180));

  // The previous plenary adopts the agreements the reference plenary follows up.
  const previous = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: `${previousDay}T17:00`, place: 'Sala de Cabildo', committeeId: null, preparesSessionId: null, number: null });
  s.sessions.markConvened(previous.id, addDays(previousDay, -4));
  clock.set(`${previousDay}T17:00`);
  let live = s.live.start(previous.id);
  const previousItem = live.items.find((i) => i.kind === 'authority_reports')!;
  for (let k = 0; k < size.followups; k++) {
    clock.advance(60);
    s.live.addAgreement(previous.id, { agendaItemId: previousItem.id, text: agreementText(rng, k + 1), committeeId: null, responsibleIds: [responsible()], dueOn: addDays(day, 60) });
  }
  clock.set(`${previousDay}T20:00`);
  s.live.close(previous.id);

  clock.set(`${addDays(day, -14)}T10:00`);
  const plenary = s.sessions.create({ kind: 'plenary', plenaryType: 'ordinary', scheduledAt: `${day}T17:00`, place: 'Sala de Cabildo', committeeId: null, preparesSessionId: null, number: null });
  let items = s.agenda.get(plenary.id).items;
  const authority = items.find((i) => i.kind === 'authority_reports')!;
  for (let k = items.length; k < size.items; k++) {
    s.agenda.add(
      plenary.id,
      {
        kind: 'authority_reports',
        title: `Informe de autoridad ${k - items.length + 2}`,
        minutesAllotted: 10,
        description: null,
        presenterPersonId: null,
        presenterCommitteeId: null,
        presenterInstitution: 'Secretaría de Seguridad Pública Municipal',
      },
      authority.position + 1,
    );
  }
  items = s.agenda.get(plenary.id).items;

  // Citizen-only: what the citizens prepared for every item, five days before.
  const meetingDay = addDays(day, -5);
  const meeting = s.sessions.create({ kind: 'citizen_meeting', plenaryType: null, scheduledAt: `${meetingDay}T18:30`, place: 'Cámara de Comercio', committeeId: null, preparesSessionId: plenary.id, number: null });
  s.sessions.markConvened(meeting.id, addDays(meetingDay, -3));
  clock.set(`${meetingDay}T18:30`);
  for (const item of items) {
    clock.advance(240);
    s.citizenMeetings.setNote(meeting.id, item.id, prose(rng, rng.between(40, 120)));
  }
  s.citizenMeetings.addTopic(meeting.id, { title: 'Extorsión a locatarios del mercado', body: prose(rng, 40), isGeneralMatter: false });
  s.citizenMeetings.addTopic(meeting.id, { title: 'Postura ante el informe de la Fiscalía', body: prose(rng, 40), isGeneralMatter: true });

  clock.set(`${addDays(day, -4)}T12:00`);
  s.sessions.markConvened(plenary.id, addDays(day, -4));
  clock.set(`${day}T17:00`);
  live = s.live.start(plenary.id);
  live.roster.forEach((r, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const at = localInstant(clock.now()).slice(11, 16);
    s.live.setAttendance({
      sessionId: plenary.id,
      personId: r.personId,
      status: status === 'represented' && r.kind !== 'official' ? 'present' : status,
      time: status === 'late' || status === 'left_early' ? at : null,
      substituteName: status === 'represented' ? personName(rng) : null,
      justification: status === 'absent_justified' ? 'Compromiso laboral previo' : null,
    });
  });

  const perItem = (size.hours * 3600) / items.length;
  const adoptingItems = items.filter((i) => i.kind === 'authority_reports' || i.kind === 'other' || i.kind === 'general_matters');
  let adopted = 0;
  for (const [n, item] of items.entries()) {
    if (n > 0) live = s.live.goTo(plenary.id, item.id);
    if (item.kind === 'agreements_followup') {
      for (const f of live.followups) {
        clock.advance(30);
        const u = rng.next();
        s.live.recordFollowup({ sessionId: plenary.id, agreementId: f.agreementId, status: u < 0.3 ? 'cumplido' : 'en_proceso', progress: u < 0.3 ? 100 : 5 * rng.between(2, 18), note: prose(rng, rng.between(8, 25)) });
      }
    }
    const share = Math.floor(((adoptingItems.indexOf(item) + 1) * size.agreements) / adoptingItems.length) - adopted;
    for (let k = 0; adoptingItems.includes(item) && k < share; k++) {
      clock.advance(90);
      adopted++;
      s.live.addAgreement(plenary.id, { agendaItemId: item.id, text: agreementText(rng, 1_000 + adopted), committeeId: null, responsibleIds: [responsible(), responsible()].filter((v, i, a) => a.indexOf(v) === i), dueOn: addDays(day, 90) });
    }
    s.live.setItemNotes(item.id, prose(rng, rng.between(150, 400)));
    clock.set(localInstant(new Date(localInstantMs(`${day}T17:00`) + (n + 1) * perItem * 1000)));
  }
  return { plenaryId: plenary.id, citizenMeetingId: meeting.id, previousPlenaryId: previous.id };
}

/** The Comité de indicadores' figures: 36 months ending before `asOf`'s month, and a goal below the latest value. */
function writeIndicators(s: Services, rng: Rng, count: number, asOf: string, deadline: string): void {
  const last = addPeriods(periodOf(asOf), -1);
  for (const name of INDICATOR_NAMES.slice(0, count)) {
    const indicator = s.indicators.create({ name, unit: 'cases', source: 'Fiscalía General del Estado', description: null, visibility: 'plenary' });
    let level = rng.between(5, 120);
    const cells = Array.from({ length: 36 }, (_, k) => {
      level = Math.max(0, level + rng.between(-Math.ceil(level / 6), Math.ceil(level / 6)));
      return { indicatorId: indicator.id, period: addPeriods(last, k - 35), cases: level };
    });
    s.indicators.setValues(cells);
    s.indicators.addGoal({ indicatorId: indicator.id, target: Math.floor(level * 0.8), deadline, adoptedSessionId: null, adoptedAgreementId: null });
  }
}

/** Roster kinds in a real Mesa's proportions (citizens, officials, a few honorary), and one of each other kind. */
function createPeople(s: Services, rng: Rng, attendees: number, joinedOn: string): number[] {
  const citizens = Math.round(attendees * 0.55);
  const officials = Math.round(attendees * 0.375);
  const kinds: PersonKind[] = [
    ...Array<PersonKind>(citizens).fill('citizen'),
    ...Array<PersonKind>(officials).fill('official'),
    ...Array<PersonKind>(Math.max(0, attendees - citizens - officials)).fill('honorary'),
    'collaborator',
    'volunteer',
    'guest',
  ];
  return kinds.map(
    (kind) =>
      s.people.create({
        kind,
        fullName: personName(rng),
        email: null,
        phone: null,
        post: kind === 'official' ? 'Titular' : null,
        institution: kind === 'official' ? rng.pick(['Fiscalía General del Estado', 'Guardia Nacional', 'Secretaría de Seguridad Pública Municipal']) : null,
        order: kind === 'official' ? 'estatal' : null,
        power: kind === 'official' ? 'ejecutivo' : null,
        substituteId: null,
        joinedOn,
        leftOn: null,
        leaveReason: null,
        notes: kind === 'citizen' && rng.next() < 0.2 ? prose(rng, 15) : null,
      }).id,
  );
}
