import type { Services } from '../services/services.js';
import { addDays } from '../../shared/domain/dates.js';
import { addPeriods, periodEnd, periodOf } from '../../shared/domain/indicators.js';
import type { IndicatorCellDto, IndicatorInputDto } from '../../shared/ipc/dto/indicators.js';
import { FOUNDED_DAYS_AGO } from './demoData.js';

/**
 * The demo Mesa's board of indicators (issue 9): 24 months of figures up to last month, and the
 * homicide goals' history 40 → 28 → 24, the last one adopted by the fourth plenary's agreement.
 * The figures of the last six months are the ones the plenaries' minutes already read out
 * (demoData's indicatorsNotes: each plenary reads the month before it).
 */

/** Cases per month, oldest first: the 24 months before the current one. */
const INDICATORS: readonly (IndicatorInputDto & { cases: readonly number[] })[] = [
  {
    name: 'Homicidio doloso',
    unit: 'rate_100k',
    source: 'Fiscalía General del Estado, víctimas en carpetas de investigación',
    description: 'Víctimas de homicidio doloso en el municipio; tasa anualizada por 100 mil habitantes.',
    visibility: 'plenary',
    cases: [16, 17, 15, 16, 14, 15, 13, 14, 12, 13, 11, 12, 11, 10, 9, 10, 8, 9, 7, 8, 7, 6, 6, 5],
  },
  {
    name: 'Robo de vehículo',
    unit: 'cases',
    source: 'Fiscalía General del Estado, carpetas de investigación',
    description: 'Robo de vehículo con y sin violencia.',
    visibility: 'plenary',
    cases: [38, 41, 44, 40, 37, 43, 39, 35, 33, 36, 31, 34, 30, 27, 32, 26, 29, 41, 36, 29, 24, 19, 21, 18],
  },
  {
    name: 'Extorsión',
    unit: 'cases',
    source: 'Fiscalía General del Estado, carpetas de investigación',
    description: 'Extorsión denunciada; la campaña de denuncia de la Mesa hace subir la cifra sin que suba el delito.',
    visibility: 'plenary',
    cases: [4, 5, 3, 6, 4, 5, 7, 5, 4, 6, 5, 7, 6, 5, 4, 6, 5, 6, 6, 9, 11, 10, 14, 12],
  },
  {
    name: 'Secuestro',
    unit: 'cases',
    source: 'SESNSP, incidencia delictiva municipal',
    description: null,
    visibility: 'plenary',
    cases: [2, 1, 3, 1, 2, 0, 1, 2, 1, 1, 0, 2, 1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 0],
  },
  {
    name: 'Violencia familiar',
    unit: 'cases',
    source: 'Fiscalía General del Estado, carpetas de investigación',
    description: null,
    visibility: 'plenary',
    cases: [96, 101, 99, 104, 108, 97, 102, 110, 106, 99, 103, 109, 111, 105, 100, 107, 109, 112, 104, 118, 119, 121, 117, 110],
  },
];

const AGREEMENT_24 = 'Adoptar como meta una tasa de homicidio doloso de 24 por 100 mil';

export function addDemoIndicators(s: Services, clock: { set(instant: string): void }, today: string): void {
  const current = periodOf(today);
  clock.set(`${today}T08:00`);
  const ids = new Map<string, number>();
  const cells: IndicatorCellDto[] = [];
  for (const { cases, ...input } of INDICATORS) {
    const id = s.indicators.create(input).id;
    ids.set(input.name, id);
    cases.forEach((n, i) => cells.push({ indicatorId: id, period: addPeriods(current, i - cases.length), cases: n }));
  }
  s.indicators.setValues(cells);

  const plenaries = s.sessions
    .list()
    .filter((x) => x.kind === 'plenary')
    .sort((a, b) => (a.scheduledAt < b.scheduledAt ? -1 : 1));
  const second = plenaries[1]!;
  const fourth = plenaries[3]!;
  const agreement = s.agreements.matrix().find((a) => a.sessionId === fourth.id && a.text.startsWith(AGREEMENT_24));
  if (!agreement) throw new Error('demo: the fourth plenary has no agreement adopting the homicide goal');

  // Homicide: set at the founding, met and replaced by 28 ten months ago, which the fourth
  // plenary replaced by 24 for the end of its year; today's figure meets it.
  const homicide = ids.get('Homicidio doloso')!;
  const founded = addDays(today, -FOUNDED_DAYS_AGO);
  clock.set(`${founded}T12:00`);
  s.indicators.addGoal({ indicatorId: homicide, target: 40, deadline: periodEnd(addPeriods(current, -12)), adoptedSessionId: null, adoptedAgreementId: null });
  clock.set(`${addPeriods(current, -10)}-15T12:00`);
  s.indicators.addGoal({ indicatorId: homicide, target: 28, deadline: periodEnd(addPeriods(current, -2)), adoptedSessionId: null, adoptedAgreementId: null });
  clock.set(fourth.scheduledAt);
  s.indicators.addGoal({ indicatorId: homicide, target: 24, deadline: `${fourth.scheduledAt.slice(0, 4)}-12-31`, adoptedSessionId: fourth.id, adoptedAgreementId: agreement.id });

  // Vehicle theft: a goal of the second plenary, not reached yet.
  clock.set(second.scheduledAt);
  s.indicators.addGoal({
    indicatorId: ids.get('Robo de vehículo')!,
    target: 15,
    deadline: periodEnd(addPeriods(periodOf(second.scheduledAt), 12)),
    adoptedSessionId: second.id,
    adoptedAgreementId: null,
  });
  clock.set(`${today}T08:00`);
}
