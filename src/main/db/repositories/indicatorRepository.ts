import type { Db } from '../sqlite.js';
import type { IndicatorUnit } from '../../../shared/domain/indicators.js';
import type { PlenaryType, SessionKind } from '../../../shared/domain/sessions.js';
import type { Visibility } from '../../../shared/domain/visibility.js';
import type { IndicatorInputDto } from '../../../shared/ipc/dto/indicators.js';

export interface IndicatorRow {
  id: number;
  name: string;
  unit: IndicatorUnit;
  source: string | null;
  description: string | null;
  visibility: Visibility;
}

export interface IndicatorValueRow {
  id: number;
  indicator_id: number;
  period: string;
  value: number;
}

export interface IndicatorGoalRow {
  id: number;
  indicator_id: number;
  target: number;
  deadline: string;
  adopted_session_id: number | null;
  adopted_agreement_id: number | null;
  superseded_by_id: number | null;
  met_on: string | null;
  visibility: Visibility;
  session_kind: SessionKind | null;
  plenary_type: PlenaryType | null;
  session_number: number | null;
  session_year: number | null;
  session_scheduled_at: string | null;
  agreement_code: string | null;
}

const INDICATOR_SELECT = 'SELECT id, name, unit, source, description, visibility FROM indicators';

/** Goals with what names their adoption; `plenaryOnly` leaves out a citizen-only session or agreement. */
export function goalsSql(plenaryOnly: boolean): string {
  const sessionOk = plenaryOnly ? ` AND s.visibility = 'plenary' AND s.kind <> 'citizen_meeting'` : '';
  const agreementOk = plenaryOnly ? ` AND a.visibility = 'plenary' AND EXISTS (SELECT 1 FROM sessions x WHERE x.id = a.session_id AND x.visibility = 'plenary' AND x.kind <> 'citizen_meeting')` : '';
  return `SELECT g.id, g.indicator_id, g.target, g.deadline, s.id AS adopted_session_id, a.id AS adopted_agreement_id,
      g.superseded_by_id, g.met_on, g.visibility, s.kind AS session_kind, s.plenary_type, s.number AS session_number,
      s.year AS session_year, s.scheduled_at AS session_scheduled_at, a.code AS agreement_code
    FROM indicator_goals g
    LEFT JOIN sessions s ON s.id = g.adopted_session_id${sessionOk}
    LEFT JOIN agreements a ON a.id = g.adopted_agreement_id${agreementOk}`;
}

export const indicatorRepository = {
  list(db: Db): IndicatorRow[] {
    return db.prepare(`${INDICATOR_SELECT} ORDER BY id`).all() as IndicatorRow[];
  },
  get(db: Db, id: number): IndicatorRow | undefined {
    return db.prepare(`${INDICATOR_SELECT} WHERE id = ?`).get(id) as IndicatorRow | undefined;
  },
  /** Names compare without case (SQLite's NOCASE: ASCII letters); the service also compares without accents. */
  nameTaken(db: Db, name: string, exceptId: number | null): boolean {
    return db.prepare('SELECT 1 FROM indicators WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId) !== undefined;
  },
  insert(db: Db, i: IndicatorInputDto): number {
    return Number(
      db
        .prepare('INSERT INTO indicators (name, unit, source, description, visibility) VALUES (?, ?, ?, ?, ?)')
        .run(i.name, i.unit, i.source, i.description, i.visibility).lastInsertRowid,
    );
  },
  update(db: Db, id: number, i: IndicatorInputDto): void {
    db.prepare(
      `UPDATE indicators SET name = ?, unit = ?, source = ?, description = ?, visibility = ?,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
    ).run(i.name, i.unit, i.source, i.description, i.visibility, id);
  },
  setSource(db: Db, id: number, source: string): void {
    db.prepare(`UPDATE indicators SET source = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(source, id);
  },

  /** Every month of every indicator (or of one), in order. */
  values(db: Db, indicatorId?: number): IndicatorValueRow[] {
    return indicatorId === undefined
      ? (db.prepare('SELECT id, indicator_id, period, value FROM indicator_values ORDER BY indicator_id, period').all() as IndicatorValueRow[])
      : (db.prepare('SELECT id, indicator_id, period, value FROM indicator_values WHERE indicator_id = ? ORDER BY period').all(indicatorId) as IndicatorValueRow[]);
  },
  value(db: Db, indicatorId: number, period: string): IndicatorValueRow | undefined {
    return db.prepare('SELECT id, indicator_id, period, value FROM indicator_values WHERE indicator_id = ? AND period = ?').get(indicatorId, period) as
      | IndicatorValueRow
      | undefined;
  },
  insertValue(db: Db, indicatorId: number, period: string, value: number): number {
    return Number(db.prepare('INSERT INTO indicator_values (indicator_id, period, value) VALUES (?, ?, ?)').run(indicatorId, period, value).lastInsertRowid);
  },
  updateValue(db: Db, id: number, value: number): void {
    db.prepare('UPDATE indicator_values SET value = ? WHERE id = ?').run(value, id);
  },
  deleteValue(db: Db, id: number): void {
    db.prepare('DELETE FROM indicator_values WHERE id = ?').run(id);
  },

  goals(db: Db, indicatorId?: number): IndicatorGoalRow[] {
    return indicatorId === undefined
      ? (db.prepare(`${goalsSql(false)} ORDER BY g.indicator_id, g.id`).all() as IndicatorGoalRow[])
      : (db.prepare(`${goalsSql(false)} WHERE g.indicator_id = ? ORDER BY g.id`).all(indicatorId) as IndicatorGoalRow[]);
  },
  goalCount(db: Db, indicatorId: number): number {
    return (db.prepare('SELECT count(*) AS n FROM indicator_goals WHERE indicator_id = ?').get(indicatorId) as { n: number }).n;
  },
  insertGoal(
    db: Db,
    g: { indicatorId: number; target: number; deadline: string; adoptedSessionId: number | null; adoptedAgreementId: number | null; visibility: Visibility },
  ): number {
    return Number(
      db
        .prepare('INSERT INTO indicator_goals (indicator_id, target, deadline, adopted_session_id, adopted_agreement_id, visibility) VALUES (?, ?, ?, ?, ?, ?)')
        .run(g.indicatorId, g.target, g.deadline, g.adoptedSessionId, g.adoptedAgreementId, g.visibility).lastInsertRowid,
    );
  },
  supersedeGoal(db: Db, id: number, byId: number, metOn: string | null): void {
    db.prepare(`UPDATE indicator_goals SET superseded_by_id = ?, met_on = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(byId, metOn, id);
  },

  populations(db: Db): { id: number; year: number; population: number }[] {
    return db.prepare('SELECT id, year, population FROM population_periods ORDER BY year').all() as { id: number; year: number; population: number }[];
  },
  population(db: Db, year: number): { id: number; population: number } | undefined {
    return db.prepare('SELECT id, population FROM population_periods WHERE year = ?').get(year) as { id: number; population: number } | undefined;
  },
  insertPopulation(db: Db, year: number, population: number): number {
    return Number(db.prepare('INSERT INTO population_periods (year, population) VALUES (?, ?)').run(year, population).lastInsertRowid);
  },
  updatePopulation(db: Db, id: number, population: number): void {
    db.prepare('UPDATE population_periods SET population = ? WHERE id = ?').run(population, id);
  },
  deletePopulation(db: Db, id: number): void {
    db.prepare('DELETE FROM population_periods WHERE id = ?').run(id);
  },
};
