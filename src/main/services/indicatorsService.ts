import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { agreementRepository } from '../db/repositories/agreementRepository.js';
import { indicatorRepository, type IndicatorGoalRow, type IndicatorRow, type IndicatorValueRow } from '../db/repositories/indicatorRepository.js';
import { mesaRepository } from '../db/repositories/mesaRepository.js';
import { plenaryReadRepository } from '../db/repositories/plenaryReadRepository.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import { issue, MAX_NAME_LENGTH, MAX_SOURCE_LENGTH, parseIndicatorsCsv, type CsvIndicatorRow } from '../import/indicatorsCsv.js';
import { isIsoDay } from '../../shared/domain/dates.js';
import {
  addPeriods,
  currentGoal,
  goalIsMet,
  goalStatus,
  indicatorUnits,
  indicatorValue,
  isPeriod,
  metOnAtSupersession,
  monthOverMonth,
  periodHasEnded,
  periodOf,
  populationFor,
  supersessionProblem,
  UNIT_WORDS,
  valueAt,
  yearOverYear,
  type Goal,
  type PopulationYear,
} from '../../shared/domain/indicators.js';
import { nameKey } from '../../shared/domain/people.js';
import { sessionTitle } from '../../shared/domain/sessions.js';
import { visibilities } from '../../shared/domain/visibility.js';
import type {
  IndicatorCellDto,
  IndicatorDto,
  IndicatorGoalDto,
  IndicatorGoalInputDto,
  IndicatorImportRowDto,
  IndicatorInputDto,
  IndicatorSeriesDto,
  IndicatorsImportPreviewDto,
  IndicatorsImportResultDto,
  IndicatorValuesResultDto,
  PopulationYearDto,
} from '../../shared/ipc/dto/indicators.js';
import type { ServiceContext } from './serviceContext.js';

const MAX_DESCRIPTION_LENGTH = 2000;
/** Larger than any month of any crime in any municipality: a typo, not a figure. */
const MAX_CASES = 10_000_000;

/**
 * Crime indicators and goals (issue 9): the Comité de indicadores' monthly figures, edited in a
 * grid or imported from CSV, and the goals the plenary adopts, each replacing the one before.
 * Rates, changes and goal statuses are the shared pure rules; nothing derived is stored, so a
 * corrected month or population shows everywhere at once.
 */
export class IndicatorsService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Every indicator with its values and goals, citizen-only ones included: the coordinator's view. */
  list(): IndicatorDto[] {
    const db = this.ctx.db();
    return this.build(db, indicatorRepository.list(db), indicatorRepository.values(db), indicatorRepository.goals(db), false).map(
      ({ series, row }) => ({ ...series, description: row.description, visibility: row.visibility }),
    );
  }

  get(id: number): IndicatorDto {
    const found = this.list().find((i) => i.id === id);
    if (!found) throw new AppFailure('not_found', 'Ese indicador no existe.');
    return found;
  }

  /**
   * The plenary-visible series as they stood on `day` (a session's date, for its acta): months
   * ended before it, goals adopted by then (a goal superseded later is still the one in force),
   * statuses computed for that day. Limited to the last `months` months.
   */
  plenarySeriesAsOf(day: string, months = 36): IndicatorSeriesDto[] {
    const db = this.ctx.db();
    const firstPeriod = addPeriods(periodOf(day), -months);
    const values = plenaryReadRepository.indicatorValues(db).filter((v) => v.period >= firstPeriod && periodHasEnded(v.period, day));
    const adoptedBy = (g: IndicatorGoalRow) => g.session_scheduled_at === null || g.session_scheduled_at.slice(0, 10) <= day;
    const kept = plenaryReadRepository.indicatorGoals(db).filter(adoptedBy);
    const keptIds = new Set(kept.map((g) => g.id));
    const goals = kept.map((g) =>
      g.superseded_by_id !== null && !keptIds.has(g.superseded_by_id) ? { ...g, superseded_by_id: null, met_on: null } : g,
    );
    return this.build(db, plenaryReadRepository.indicators(db), values, goals, true, day).map(({ series }) => series);
  }

  /** Plenary-visible indicators and goals only: what the projector and the acta may show. */
  plenarySeries(): IndicatorSeriesDto[] {
    const db = this.ctx.db();
    return this.build(db, plenaryReadRepository.indicators(db), plenaryReadRepository.indicatorValues(db), plenaryReadRepository.indicatorGoals(db), true).map(
      ({ series }) => series,
    );
  }

  create(input: IndicatorInputDto): IndicatorDto {
    const clean = this.checkInput(input, null);
    const id = this.ctx.write((db, audit) => {
      const id = indicatorRepository.insert(db, clean);
      audit('insert', 'indicators', id);
      return id;
    });
    return this.get(id);
  }

  /** The unit cannot change once goals exist: they are written in it. */
  update(id: number, input: IndicatorInputDto): IndicatorDto {
    const clean = this.checkInput(input, id);
    this.ctx.write((db, audit) => {
      const current = indicatorRepository.get(db, id);
      if (!current) throw new AppFailure('not_found', 'Ese indicador no existe.');
      if (current.unit !== clean.unit && indicatorRepository.goalCount(db, id) > 0) {
        throw new AppFailure('conflict', `«${current.name}» tiene metas expresadas en ${unitName(current.unit)}; no se puede cambiar su unidad.`);
      }
      indicatorRepository.update(db, id, clean);
      audit('update', 'indicators', id);
    });
    return this.get(id);
  }

  /**
   * Grid edits: many cells in one call and one transaction. A cell is a month's number of
   * cases; null empties it. Any bad cell refuses the whole call.
   */
  setValues(cells: readonly IndicatorCellDto[]): IndicatorValuesResultDto {
    if (cells.length === 0) throw new AppFailure('invalid_argument', 'No hay celdas que guardar.');
    const today = this.ctx.today();
    const seen = new Set<string>();
    for (const c of cells) {
      if (!isPeriod(c.period)) throw new AppFailure('invalid_argument', `«${c.period}» no es un mes válido (AAAA-MM).`);
      if (!periodHasEnded(c.period, today)) throw new AppFailure('invalid_argument', `El mes ${c.period} aún no termina; su valor se registra cuando acabe.`);
      if (c.cases !== null) checkCases(c.cases);
      const key = `${c.indicatorId}|${c.period}`;
      if (seen.has(key)) throw new AppFailure('invalid_argument', `El mes ${c.period} de un mismo indicador viene dos veces.`);
      seen.add(key);
    }
    const counts = this.ctx.write((db, audit) => {
      const counts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
      for (const c of cells) {
        if (!indicatorRepository.get(db, c.indicatorId)) throw new AppFailure('not_found', 'Ese indicador no existe.');
        counts[writeCell(db, audit, c.indicatorId, c.period, c.cases)] += 1;
      }
      return counts;
    });
    const touched = new Set(cells.map((c) => c.indicatorId));
    return { ...counts, indicators: this.list().filter((i) => touched.has(i.id)) };
  }

  /**
   * A goal adopted by the plenary. It replaces the goal in force, which keeps its history: met
   * (the day its figure met it) or not. A met goal can only give way to a stricter one.
   */
  addGoal(input: IndicatorGoalInputDto): IndicatorDto {
    if (!Number.isFinite(input.target) || input.target < 0) throw new AppFailure('invalid_argument', 'La meta debe ser un número de 0 o más.');
    if (!isIsoDay(input.deadline)) throw new AppFailure('invalid_argument', `Fecha límite no válida: ${input.deadline} (AAAA-MM-DD).`);
    const visibility = input.visibility ?? 'plenary';
    if (!visibilities.includes(visibility)) throw new AppFailure('invalid_argument', 'Visibilidad desconocida.');
    const today = this.ctx.today();
    this.ctx.write((db, audit) => {
      const indicator = indicatorRepository.get(db, input.indicatorId);
      if (!indicator) throw new AppFailure('not_found', 'Ese indicador no existe.');
      const { sessionId, agreementId } = adoption(db, input.adoptedSessionId, input.adoptedAgreementId);
      const points = seriesPoints(indicator, indicatorRepository.values(db, indicator.id), this.populationOf(db));
      const current = currentGoal(indicatorRepository.goals(db, indicator.id).map(toGoal));
      if (supersessionProblem(current, input.target, points, today) === 'not_stricter') {
        throw new AppFailure(
          'conflict',
          `La meta vigente (${current!.target}) ya se cumple: la nueva debe ser más estricta, es decir, menor que ${current!.target}.`,
        );
      }
      const id = indicatorRepository.insertGoal(db, {
        indicatorId: indicator.id,
        target: input.target,
        deadline: input.deadline,
        adoptedSessionId: sessionId,
        adoptedAgreementId: agreementId,
        visibility,
      });
      audit('insert', 'indicator_goals', id);
      if (current) {
        indicatorRepository.supersedeGoal(db, current.id, id, metOnAtSupersession(current, points, today));
        audit('update', 'indicator_goals', current.id);
      }
    });
    return this.get(input.indicatorId);
  }

  /** The population by year that rates use; a year without one uses the Mesa's population. */
  populations(): PopulationYearDto[] {
    return indicatorRepository.populations(this.ctx.db()).map(({ year, population }) => ({ year, population }));
  }

  /** null removes the year's figure (the Mesa's population applies again). */
  setPopulation(year: number, population: number | null): PopulationYearDto[] {
    if (!Number.isInteger(year) || year < 1900 || year > 2199) throw new AppFailure('invalid_argument', `Año no válido: ${year}.`);
    if (population !== null && (!Number.isSafeInteger(population) || population <= 0)) {
      throw new AppFailure('invalid_argument', 'La población debe ser un número entero mayor que 0.');
    }
    this.ctx.write((db, audit) => {
      const existing = indicatorRepository.population(db, year);
      if (population === null) {
        if (!existing) return;
        indicatorRepository.deletePopulation(db, existing.id);
        audit('delete', 'population_periods', existing.id);
      } else if (!existing) {
        audit('insert', 'population_periods', indicatorRepository.insertPopulation(db, year, population));
      } else if (existing.population !== population) {
        indicatorRepository.updatePopulation(db, existing.id, population);
        audit('update', 'population_periods', existing.id);
      }
    });
    return this.populations();
  }

  /** Reads the CSV and checks every row against the workspace; writes nothing. */
  importPreview(text: string): IndicatorsImportPreviewDto {
    return this.plan(this.ctx.db(), text).preview;
  }

  /** All rows or none, in one transaction; unknown indicators are created (plenary-visible). */
  importApply(text: string): IndicatorsImportResultDto {
    return this.ctx.write((db, audit) => {
      const { preview, work } = this.plan(db, text);
      if (preview.invalidRows > 0) {
        throw new AppFailure('invalid_argument', `El archivo tiene ${preview.invalidRows} fila(s) con problemas; no se importó nada. Revise la vista previa.`);
      }
      const result: IndicatorsImportResultDto = { inserted: 0, updated: 0, unchanged: 0, createdIndicators: [] };
      const ids = new Map<string, number>();
      for (const n of work.newIndicators) {
        const id = indicatorRepository.insert(db, { name: n.name, unit: n.unit, source: n.source, description: null, visibility: 'plenary' });
        audit('insert', 'indicators', id);
        ids.set(n.key, id);
        result.createdIndicators.push({ id, name: n.name });
      }
      for (const s of work.sources) {
        indicatorRepository.setSource(db, s.id, s.source);
        audit('update', 'indicators', s.id);
      }
      for (const v of work.values) {
        const outcome = writeCell(db, audit, typeof v.indicator === 'number' ? v.indicator : ids.get(v.indicator)!, v.period, v.cases);
        if (outcome !== 'deleted') result[outcome] += 1;
      }
      return result;
    });
  }

  private plan(db: Db, text: string): { preview: IndicatorsImportPreviewDto; work: ImportWork } {
    const parsed = parseIndicatorsCsv(text, this.ctx.today());
    const existing = new Map(indicatorRepository.list(db).map((i) => [nameKey(i.name), i]));
    const stored = new Map(indicatorRepository.values(db).map((v) => [`${v.indicator_id}|${v.period}`, v.value]));
    const pending = new Map<string, { name: string; unit: CsvIndicatorRow['unit']; unitLine: number | null; source: string | null; lines: number[] }>();
    const seen = new Map<string, number>();
    const sources = new Map<number, string>();
    const rows: IndicatorImportRowDto[] = [];
    const values: ImportWork['values'] = [];

    for (const r of parsed.rows) {
      const issues = [...r.issues];
      const key = nameKey(r.indicator);
      const known = r.indicator === '' ? undefined : existing.get(key);
      let unit = r.unit;
      if (known) {
        if (r.unit !== null && r.unit !== known.unit) {
          issues.push(issue('unidad', 'unit_mismatch', { value: r.unitText, name: known.name, expected: UNIT_WORDS[known.unit] }));
        }
        unit = known.unit;
        if (r.source !== null && known.source === null && !sources.has(known.id)) sources.set(known.id, r.source);
      } else if (r.indicator !== '' && !r.issues.some((i) => i.column === 'indicador')) {
        const p = pending.get(key) ?? { name: r.indicator, unit: null, unitLine: null, source: null, lines: [] };
        pending.set(key, p);
        p.lines.push(r.line);
        if (p.source === null) p.source = r.source;
        if (r.unit !== null) {
          if (p.unit === null) {
            p.unit = r.unit;
            p.unitLine = r.line;
          } else if (p.unit !== r.unit) {
            issues.push(issue('unidad', 'unit_mismatch', { value: r.unitText, name: p.name, expected: UNIT_WORDS[p.unit], line: p.unitLine! }));
          }
        }
      }
      if (r.period !== null && r.indicator !== '') {
        const cellKey = `${key}|${r.period}`;
        const first = seen.get(cellKey);
        if (first !== undefined) issues.push(issue('periodo', 'duplicate_in_file', { value: r.period, name: r.indicator, line: first }));
        else seen.set(cellKey, r.line);
      }
      const before = known && r.period !== null ? stored.get(`${known.id}|${r.period}`) : undefined;
      rows.push({
        line: r.line,
        indicator: r.indicator,
        unit,
        period: r.period,
        cases: r.cases,
        replaces: before !== undefined && before !== r.cases ? before : null,
        newIndicator: !known && r.indicator !== '',
        issues,
      });
    }

    // A new indicator needs its unit from at least one of its rows.
    for (const p of pending.values()) {
      if (p.unit !== null) continue;
      for (const row of rows) {
        if (row.newIndicator && nameKey(row.indicator) === nameKey(p.name) && !row.issues.some((i) => i.column === 'unidad')) {
          row.issues.push(issue('unidad', 'required', { name: p.name }));
        }
      }
    }
    for (const row of rows) {
      if (row.newIndicator) row.unit = pending.get(nameKey(row.indicator))?.unit ?? null;
      row.issues.sort((a, b) => columnRank(a.column) - columnRank(b.column));
    }

    const valid = rows.filter((r) => r.issues.length === 0);
    for (const r of valid) {
      const known = existing.get(nameKey(r.indicator));
      values.push({ indicator: known ? known.id : nameKey(r.indicator), period: r.period!, cases: r.cases! });
    }
    const preview: IndicatorsImportPreviewDto = {
      delimiter: parsed.delimiter,
      missingColumns: parsed.missingColumns,
      ignoredColumns: parsed.ignoredColumns,
      rows,
      validRows: valid.length,
      invalidRows: rows.length - valid.length,
      newIndicators: [...pending.values()].map((p) => ({ name: p.name, unit: p.unit, source: p.source, lines: p.lines })),
      replaced: valid.filter((r) => r.replaces !== null).length,
    };
    const work: ImportWork = {
      newIndicators: [...pending.entries()].flatMap(([key, p]) => (p.unit === null ? [] : [{ key, name: p.name, unit: p.unit, source: p.source }])),
      sources: [...sources].map(([id, source]) => ({ id, source })),
      values,
    };
    return { preview, work };
  }

  private checkInput(input: IndicatorInputDto, exceptId: number | null): IndicatorInputDto {
    const name = input.name.replace(/\s+/g, ' ').trim();
    if (name === '') throw new AppFailure('invalid_argument', 'El indicador necesita un nombre.');
    if (name.length > MAX_NAME_LENGTH) throw new AppFailure('invalid_argument', `El nombre es demasiado largo (máximo ${MAX_NAME_LENGTH} caracteres).`);
    if (!indicatorUnits.includes(input.unit)) throw new AppFailure('invalid_argument', 'Unidad desconocida: casos o tasa por 100 mil habitantes.');
    if (!visibilities.includes(input.visibility)) throw new AppFailure('invalid_argument', 'Visibilidad desconocida.');
    const source = input.source?.trim() || null;
    const description = input.description?.trim() || null;
    if (source !== null && source.length > MAX_SOURCE_LENGTH) throw new AppFailure('invalid_argument', `La fuente es demasiado larga (máximo ${MAX_SOURCE_LENGTH} caracteres).`);
    if (description !== null && description.length > MAX_DESCRIPTION_LENGTH) {
      throw new AppFailure('invalid_argument', `La descripción es demasiado larga (máximo ${MAX_DESCRIPTION_LENGTH} caracteres).`);
    }
    const key = nameKey(name);
    const clash = indicatorRepository.list(this.ctx.db()).find((i) => i.id !== exceptId && nameKey(i.name) === key);
    if (clash) throw new AppFailure('conflict', `Ya existe el indicador «${clash.name}».`);
    return { name, unit: input.unit, source, description, visibility: input.visibility };
  }

  private populationOf(db: Db): (period: string) => number {
    const years: PopulationYear[] = indicatorRepository.populations(db);
    const mesa = mesaRepository.get(db).population;
    return (period) => populationFor(period, years, mesa);
  }

  private build(
    db: Db,
    indicators: readonly IndicatorRow[],
    values: readonly IndicatorValueRow[],
    goals: readonly IndicatorGoalRow[],
    plenaryOnly: boolean,
    today = this.ctx.today(),
  ): { row: IndicatorRow; series: IndicatorSeriesDto }[] {
    const populationOf = this.populationOf(db);
    const valuesOf = groupBy(values, (v) => v.indicator_id);
    const goalsOf = groupBy(goals, (g) => g.indicator_id);
    const shownGoals = new Set(goals.map((g) => g.id));
    return indicators.map((row) => {
      const points = seriesPoints(row, valuesOf.get(row.id) ?? [], populationOf);
      const latest = valueAt(points, today);
      const goalDtos = (goalsOf.get(row.id) ?? []).map((g): IndicatorGoalDto => {
        const goal = toGoal(g);
        return {
          id: g.id,
          target: g.target,
          deadline: g.deadline,
          adoptedSession:
            g.adopted_session_id === null
              ? null
              : {
                  id: g.adopted_session_id,
                  title: sessionTitle({ kind: g.session_kind!, plenaryType: g.plenary_type, number: g.session_number!, year: g.session_year!, committeeName: null }),
                  date: g.session_scheduled_at!.slice(0, 10),
                },
          adoptedAgreement: g.adopted_agreement_id === null ? null : { id: g.adopted_agreement_id, code: g.agreement_code! },
          superseded: g.superseded_by_id !== null,
          // A successor the plenary may not see is not named on plenary surfaces.
          supersededById: plenaryOnly && g.superseded_by_id !== null && !shownGoals.has(g.superseded_by_id) ? null : g.superseded_by_id,
          metOn: g.met_on,
          status: goalStatus(goal, points, today),
          met: goalIsMet(goal, points, today),
          visibility: g.visibility,
        };
      });
      return {
        row,
        series: {
          id: row.id,
          name: row.name,
          unit: row.unit,
          source: row.source,
          points,
          goals: goalDtos,
          latest:
            latest === null
              ? null
              : { period: latest.period, value: latest.value, monthOverMonth: monthOverMonth(points, latest.period), yearOverYear: yearOverYear(points, latest.period) },
          currentGoalId: goalDtos.find((g) => !g.superseded)?.id ?? null,
          asOf: today,
        },
      };
    });
  }
}

interface ImportWork {
  newIndicators: { key: string; name: string; unit: IndicatorRow['unit']; source: string | null }[];
  /** Existing indicators without a source that the file names one for. */
  sources: { id: number; source: string }[];
  /** An existing indicator's id, or the key of one to create. */
  values: { indicator: number | string; period: string; cases: number }[];
}

type Audit = (action: 'insert' | 'update' | 'delete', table: 'indicator_values', id: number) => void;

function writeCell(db: Db, audit: Audit, indicatorId: number, period: string, cases: number | null): 'inserted' | 'updated' | 'deleted' | 'unchanged' {
  const existing = indicatorRepository.value(db, indicatorId, period);
  if (cases === null) {
    if (!existing) return 'unchanged';
    indicatorRepository.deleteValue(db, existing.id);
    audit('delete', 'indicator_values', existing.id);
    return 'deleted';
  }
  if (!existing) {
    audit('insert', 'indicator_values', indicatorRepository.insertValue(db, indicatorId, period, cases));
    return 'inserted';
  }
  if (existing.value === cases) return 'unchanged';
  indicatorRepository.updateValue(db, existing.id, cases);
  audit('update', 'indicator_values', existing.id);
  return 'updated';
}

function checkCases(cases: number): void {
  if (!Number.isSafeInteger(cases) || cases < 0 || cases > MAX_CASES) {
    throw new AppFailure('invalid_argument', `«${cases}» no es un número de casos válido: un entero de 0 o más (para una tasa se registran los casos del mes; la tasa se calcula).`);
  }
}

/** A goal must be adopted by a plenary; an agreement names its session, and both must agree. */
function adoption(db: Db, sessionId: number | null, agreementId: number | null): { sessionId: number | null; agreementId: number | null } {
  let session = sessionId;
  if (agreementId !== null) {
    const agreement = agreementRepository.get(db, agreementId);
    if (!agreement) throw new AppFailure('not_found', 'Ese acuerdo no existe.');
    if (session !== null && agreement.session_id !== session) throw new AppFailure('invalid_argument', 'El acuerdo no es de la sesión indicada.');
    session = agreement.session_id;
  }
  if (session !== null) {
    const s = sessionRepository.get(db, session);
    if (!s) throw new AppFailure('not_found', 'Esa sesión no existe.');
    if (s.kind !== 'plenary') throw new AppFailure('invalid_argument', 'Las metas las adopta una sesión plenaria.');
  }
  return { sessionId: session, agreementId };
}

function seriesPoints(indicator: IndicatorRow, values: readonly IndicatorValueRow[], populationOf: (period: string) => number): IndicatorSeriesDto['points'] {
  return values.map((v) => {
    const population = populationOf(v.period);
    return {
      period: v.period,
      cases: v.value,
      value: indicatorValue(indicator.unit, v.value, population),
      population: indicator.unit === 'rate_100k' ? population : null,
    };
  });
}

function toGoal(g: IndicatorGoalRow): Goal {
  return { id: g.id, target: g.target, deadline: g.deadline, supersededById: g.superseded_by_id, metOn: g.met_on };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function unitName(unit: IndicatorRow['unit']): string {
  return unit === 'cases' ? 'casos' : 'tasa por 100 mil habitantes';
}

const COLUMN_ORDER = ['indicador', 'unidad', 'periodo', 'valor', 'fuente'];
function columnRank(column: string | null): number {
  return column === null ? -1 : COLUMN_ORDER.indexOf(column);
}
