/**
 * The indicators domain for the fake transport, in memory, answering the way IndicatorsService
 * does: cases stored per month, the figure (cases or annualized rate) and the changes computed
 * with the shared rules, goals superseding each other (a met one only by a stricter one), the
 * grid's cells written all or none, populations by year, and the CSV preview and apply.
 */
import {
  currentGoal,
  goalIsMet,
  goalStatus,
  indicatorValue,
  isPeriod,
  metOnAtSupersession,
  monthOverMonth,
  periodHasEnded,
  populationFor,
  supersessionProblem,
  UNIT_WORDS,
  unitFromWord,
  valueAt,
  yearOverYear,
  type Goal,
  type IndicatorUnit,
} from '../../../src/shared/domain/indicators.js';
import type { Visibility } from '../../../src/shared/domain/visibility.js';
import type { ArgsOf, MethodOf, ResultOf } from '../../../src/shared/ipc/contract.js';
import type {
  IndicatorCsvColumn,
  IndicatorDto,
  IndicatorGoalDto,
  IndicatorImportIssueDto,
  IndicatorImportRowDto,
  IndicatorInputDto,
  IndicatorsImportPreviewDto,
  PopulationYearDto,
} from '../../../src/shared/ipc/dto/indicators.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';

type Handlers = { [M in MethodOf<'indicators'>]: (args: ArgsOf<'indicators', M>) => Result<ResultOf<'indicators', M>> };

export interface SeedGoal {
  target: number;
  deadline: string;
  adoptedSessionId?: number | null;
  adoptedAgreementId?: number | null;
  /** For a goal the next one superseded: the day its figure met it, null if it was not met. */
  metOn?: string | null;
  visibility?: Visibility;
}

export interface SeedIndicator {
  name: string;
  unit: IndicatorUnit;
  source?: string | null;
  description?: string | null;
  visibility?: Visibility;
  /** Cases by month ('YYYY-MM'). */
  values?: Record<string, number>;
  /** Oldest first: each one superseded by the next. */
  goals?: SeedGoal[];
}

export interface IndicatorsSeed {
  indicators?: SeedIndicator[];
  populations?: PopulationYearDto[];
  /** The Mesa's population, for years without their own. */
  mesaPopulation?: number;
}

/** What the fake reads of sessions and agreements to name a goal's adoption. */
export interface AdoptionLookup {
  session(id: number): { id: number; title: string; date: string; kind: string } | null;
  agreement(id: number): { id: number; code: string; sessionId: number } | null;
}

interface StoredIndicator extends IndicatorInputDto {
  id: number;
  values: Map<string, number>;
}

interface StoredGoal extends Goal {
  indicatorId: number;
  adoptedSessionId: number | null;
  adoptedAgreementId: number | null;
  visibility: Visibility;
}

const MAX_CASES = 10_000_000;
const nameKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function createFakeIndicators(seed: IndicatorsSeed, today: string, lookup: AdoptionLookup) {
  const indicators = new Map<number, StoredIndicator>();
  const goals = new Map<number, StoredGoal>();
  let populations: PopulationYearDto[] = [...(seed.populations ?? [])];
  const mesaPopulation = seed.mesaPopulation ?? 1_512_450;
  let nextIndicator = 1;
  let nextGoal = 1;

  for (const s of seed.indicators ?? []) {
    const id = nextIndicator++;
    indicators.set(id, {
      id,
      name: s.name,
      unit: s.unit,
      source: s.source ?? null,
      description: s.description ?? null,
      visibility: s.visibility ?? 'plenary',
      values: new Map(Object.entries(s.values ?? {})),
    });
    let previous: StoredGoal | null = null;
    for (const g of s.goals ?? []) {
      const goal: StoredGoal = {
        id: nextGoal++,
        indicatorId: id,
        target: g.target,
        deadline: g.deadline,
        supersededById: null,
        metOn: g.metOn ?? null,
        adoptedSessionId: g.adoptedSessionId ?? null,
        adoptedAgreementId: g.adoptedAgreementId ?? null,
        visibility: g.visibility ?? 'plenary',
      };
      if (previous) previous.supersededById = goal.id;
      goals.set(goal.id, goal);
      previous = goal;
    }
    // Only a superseded goal has a record of being met.
    if (previous) previous.metOn = null;
  }

  function pointsOf(i: StoredIndicator) {
    return [...i.values.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([period, cases]) => {
        const population = populationFor(period, populations, mesaPopulation);
        return { period, cases, value: indicatorValue(i.unit, cases, population), population: i.unit === 'rate_100k' ? population : null };
      });
  }

  function goalsOf(indicatorId: number): StoredGoal[] {
    return [...goals.values()].filter((g) => g.indicatorId === indicatorId).sort((a, b) => a.id - b.id);
  }

  function dto(i: StoredIndicator): IndicatorDto {
    const points = pointsOf(i);
    const latest = valueAt(points, today);
    const goalDtos = goalsOf(i.id).map((g): IndicatorGoalDto => {
      const session = g.adoptedSessionId === null ? null : lookup.session(g.adoptedSessionId);
      const agreement = g.adoptedAgreementId === null ? null : lookup.agreement(g.adoptedAgreementId);
      return {
        id: g.id,
        target: g.target,
        deadline: g.deadline,
        adoptedSession: session && { id: session.id, title: session.title, date: session.date },
        adoptedAgreement: agreement && { id: agreement.id, code: agreement.code },
        superseded: g.supersededById !== null,
        supersededById: g.supersededById,
        metOn: g.metOn,
        status: goalStatus(g, points, today),
        met: goalIsMet(g, points, today),
        visibility: g.visibility,
      };
    });
    return {
      id: i.id,
      name: i.name,
      unit: i.unit,
      source: i.source,
      description: i.description,
      visibility: i.visibility,
      points,
      goals: goalDtos,
      latest:
        latest === null
          ? null
          : { period: latest.period, value: latest.value, monthOverMonth: monthOverMonth(points, latest.period), yearOverYear: yearOverYear(points, latest.period) },
      currentGoalId: goalDtos.find((g) => !g.superseded)?.id ?? null,
      asOf: today,
    };
  }

  function checkInput(input: IndicatorInputDto, exceptId: number | null): string | null {
    const name = input.name.replace(/\s+/g, ' ').trim();
    if (name === '') return 'El indicador necesita un nombre.';
    const clash = [...indicators.values()].find((i) => i.id !== exceptId && nameKey(i.name) === nameKey(name));
    return clash ? `Ya existe el indicador «${clash.name}».` : null;
  }

  function casesProblem(cases: number): string | null {
    return Number.isSafeInteger(cases) && cases >= 0 && cases <= MAX_CASES
      ? null
      : `«${cases}» no es un número de casos válido: un entero de 0 o más (para una tasa se registran los casos del mes; la tasa se calcula).`;
  }

  // ── CSV ───────────────────────────────────────────────────────────────────

  const COLUMNS: IndicatorCsvColumn[] = ['indicador', 'unidad', 'periodo', 'valor', 'fuente'];
  const headerKey = (h: string) => h.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase().replace(/\s+/g, '_');

  function plan(csv: string): { preview: IndicatorsImportPreviewDto; writes: { name: string; unit: IndicatorUnit; source: string | null; period: string; cases: number }[] } {
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    const delimiter: ',' | ';' = (lines[0] ?? '').includes(';') && !(lines[0] ?? '').includes(',') ? ';' : ',';
    const header = (lines[0] ?? '').split(delimiter).map(headerKey);
    const missingColumns = COLUMNS.filter((c) => c !== 'fuente' && !header.includes(c));
    const ignoredColumns = header.filter((h) => !COLUMNS.includes(h as IndicatorCsvColumn));
    const rows: IndicatorImportRowDto[] = [];
    const writes: { name: string; unit: IndicatorUnit; source: string | null; period: string; cases: number }[] = [];
    const pending = new Map<string, { name: string; unit: IndicatorUnit | null; source: string | null; lines: number[] }>();
    const seen = new Map<string, number>();
    lines.forEach((text, index) => {
      if (index === 0 || text.trim() === '') return;
      const line = index + 1;
      const cells = text.split(delimiter).map((c) => c.trim());
      const cell = (c: IndicatorCsvColumn) => cells[header.indexOf(c)] ?? '';
      const issues: IndicatorImportIssueDto[] = [];
      const name = cell('indicador');
      if (name === '') issues.push({ column: 'indicador', code: 'required', message: 'indicador: falta el nombre del indicador.' });
      const unitText = cell('unidad');
      let unit = unitText === '' ? null : unitFromWord(headerKey(unitText));
      if (unitText !== '' && unit === null) {
        issues.push({ column: 'unidad', code: 'unknown_unit', value: unitText, message: `unidad: «${unitText}» no es una unidad conocida (casos o tasa_100k).` });
      }
      const periodText = cell('periodo');
      let period: string | null = null;
      if (!isPeriod(periodText)) issues.push({ column: 'periodo', code: 'invalid_period', value: periodText, message: `periodo: «${periodText}» no es un mes válido (AAAA-MM).` });
      else if (!periodHasEnded(periodText, today)) issues.push({ column: 'periodo', code: 'period_not_ended', value: periodText, message: `periodo: el mes ${periodText} aún no termina.` });
      else period = periodText;
      const valueText = cell('valor');
      let cases: number | null = null;
      if (!/^-?\d+(\.\d+)?$/.test(valueText)) issues.push({ column: 'valor', code: 'invalid_number', value: valueText, message: `valor: «${valueText}» no es un número.` });
      else if (Number(valueText) < 0) issues.push({ column: 'valor', code: 'negative', value: valueText, message: `valor: «${valueText}» es negativo.` });
      else if (!Number.isInteger(Number(valueText))) issues.push({ column: 'valor', code: 'not_whole', value: valueText, message: `valor: «${valueText}» no es un número entero de casos.` });
      else cases = Number(valueText);
      const known = name === '' ? undefined : [...indicators.values()].find((i) => nameKey(i.name) === nameKey(name));
      if (known) {
        if (unit !== null && unit !== known.unit) {
          issues.push({ column: 'unidad', code: 'unit_mismatch', value: unitText, message: `unidad: «${known.name}» se mide en ${UNIT_WORDS[known.unit]}.` });
        }
        unit = known.unit;
      } else if (name !== '') {
        const p = pending.get(nameKey(name)) ?? { name, unit: null, source: cell('fuente') || null, lines: [] };
        pending.set(nameKey(name), p);
        p.lines.push(line);
        if (p.unit === null) p.unit = unit;
      }
      if (period !== null && name !== '') {
        const key = `${nameKey(name)}|${period}`;
        const first = seen.get(key);
        if (first !== undefined) issues.push({ column: 'periodo', code: 'duplicate_in_file', value: period, message: `periodo: el mes ${period} de «${name}» ya viene en la línea ${first}.` });
        else seen.set(key, line);
      }
      const before = known && period !== null ? known.values.get(period) : undefined;
      rows.push({
        line,
        indicator: name,
        unit,
        period,
        cases,
        replaces: before !== undefined && before !== cases ? before : null,
        newIndicator: !known && name !== '',
        issues,
      });
      if (issues.length === 0 && unit !== null) writes.push({ name, unit, source: cell('fuente') || null, period: period!, cases: cases! });
    });
    const valid = rows.filter((r) => r.issues.length === 0);
    return {
      preview: {
        delimiter,
        missingColumns,
        ignoredColumns,
        rows,
        validRows: valid.length,
        invalidRows: rows.length - valid.length,
        newIndicators: [...pending.values()],
        replaced: valid.filter((r) => r.replaces !== null).length,
      },
      writes,
    };
  }

  const handlers: Handlers = {
    list: () => ok([...indicators.values()].map(dto)),
    create: ({ input }) => {
      const problem = checkInput(input, null);
      if (problem) return fail('conflict', problem);
      const id = nextIndicator++;
      const stored: StoredIndicator = { ...input, name: input.name.trim(), id, values: new Map() };
      indicators.set(id, stored);
      return ok(dto(stored));
    },
    update: ({ id, input }) => {
      const stored = indicators.get(id);
      if (!stored) return fail('not_found', 'Ese indicador no existe.');
      const problem = checkInput(input, id);
      if (problem) return fail('conflict', problem);
      if (stored.unit !== input.unit && goalsOf(id).length > 0) return fail('conflict', `«${stored.name}» tiene metas; no se puede cambiar su unidad.`);
      Object.assign(stored, { ...input, name: input.name.trim() });
      return ok(dto(stored));
    },
    setValues: ({ cells }) => {
      if (cells.length === 0) return fail('invalid_argument', 'No hay celdas que guardar.');
      for (const c of cells) {
        if (!indicators.has(c.indicatorId)) return fail('not_found', 'Ese indicador no existe.');
        if (!periodHasEnded(c.period, today)) return fail('invalid_argument', `El mes ${c.period} aún no termina; su valor se registra cuando acabe.`);
        const problem = c.cases === null ? null : casesProblem(c.cases);
        if (problem) return fail('invalid_argument', problem);
      }
      const counts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
      for (const c of cells) {
        const values = indicators.get(c.indicatorId)!.values;
        const before = values.get(c.period);
        if (c.cases === null) {
          if (before === undefined) counts.unchanged++;
          else {
            values.delete(c.period);
            counts.deleted++;
          }
        } else if (before === undefined) {
          values.set(c.period, c.cases);
          counts.inserted++;
        } else if (before === c.cases) counts.unchanged++;
        else {
          values.set(c.period, c.cases);
          counts.updated++;
        }
      }
      const touched = new Set(cells.map((c) => c.indicatorId));
      return ok({ ...counts, indicators: [...indicators.values()].filter((i) => touched.has(i.id)).map(dto) });
    },
    addGoal: ({ input }) => {
      const indicator = indicators.get(input.indicatorId);
      if (!indicator) return fail('not_found', 'Ese indicador no existe.');
      let sessionId = input.adoptedSessionId;
      if (input.adoptedAgreementId !== null) {
        const agreement = lookup.agreement(input.adoptedAgreementId);
        if (!agreement) return fail('not_found', 'Ese acuerdo no existe.');
        if (sessionId !== null && agreement.sessionId !== sessionId) return fail('invalid_argument', 'El acuerdo no es de la sesión indicada.');
        sessionId = agreement.sessionId;
      }
      if (sessionId !== null && lookup.session(sessionId)?.kind !== 'plenary') return fail('invalid_argument', 'Las metas las adopta una sesión plenaria.');
      const points = pointsOf(indicator);
      const current = currentGoal(goalsOf(indicator.id));
      if (supersessionProblem(current, input.target, points, today) === 'not_stricter') {
        return fail('conflict', `La meta vigente (${current!.target}) ya se cumple: la nueva debe ser más estricta, es decir, menor que ${current!.target}.`);
      }
      const goal: StoredGoal = {
        id: nextGoal++,
        indicatorId: indicator.id,
        target: input.target,
        deadline: input.deadline,
        supersededById: null,
        metOn: null,
        adoptedSessionId: sessionId,
        adoptedAgreementId: input.adoptedAgreementId,
        visibility: input.visibility ?? 'plenary',
      };
      goals.set(goal.id, goal);
      if (current) {
        current.metOn = metOnAtSupersession(current, points, today);
        current.supersededById = goal.id;
      }
      return ok(dto(indicator));
    },
    populations: () => ok([...populations].sort((a, b) => a.year - b.year)),
    setPopulation: ({ year, population }) => {
      if (population !== null && (!Number.isSafeInteger(population) || population <= 0)) {
        return fail('invalid_argument', 'La población debe ser un número entero mayor que 0.');
      }
      populations = populations.filter((p) => p.year !== year);
      if (population !== null) populations.push({ year, population });
      return ok([...populations].sort((a, b) => a.year - b.year));
    },
    importPreview: ({ csv }) => ok(plan(csv).preview),
    importApply: ({ csv }) => {
      const { preview, writes } = plan(csv);
      if (preview.invalidRows > 0) {
        return fail('invalid_argument', `El archivo tiene ${preview.invalidRows} fila(s) con problemas; no se importó nada. Revise la vista previa.`);
      }
      const result = { inserted: 0, updated: 0, unchanged: 0, createdIndicators: [] as { id: number; name: string }[] };
      for (const w of writes) {
        let target = [...indicators.values()].find((i) => nameKey(i.name) === nameKey(w.name));
        if (!target) {
          const id = nextIndicator++;
          target = { id, name: w.name, unit: w.unit, source: w.source, description: null, visibility: 'plenary', values: new Map() };
          indicators.set(id, target);
          result.createdIndicators.push({ id, name: w.name });
        }
        const before = target.values.get(w.period);
        if (before === w.cases) result.unchanged++;
        else {
          target.values.set(w.period, w.cases);
          if (before === undefined) result.inserted++;
          else result.updated++;
        }
      }
      return ok(result);
    },
  };

  return { handlers: { indicators: handlers }, indicators, goals, populations: () => populations };
}
