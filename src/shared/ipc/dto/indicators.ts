import type { GoalStatus, IndicatorUnit } from '../../domain/indicators.js';
import type { Visibility } from '../../domain/visibility.js';

/**
 * Crime indicators and goals (issue 9). Periods are 'YYYY-MM', days 'YYYY-MM-DD'. What is stored
 * per month is its number of cases; `value` is what the indicator shows: the cases, or the
 * annualized rate per 100,000 inhabitants (shared/domain/indicators.ts says why annualized).
 */

export interface IndicatorInputDto {
  name: string;
  unit: IndicatorUnit;
  source: string | null;
  description: string | null;
  visibility: Visibility;
}

export interface IndicatorChangeDto {
  previousPeriod: string;
  previous: number;
  delta: number;
  /** Null when the previous value is 0. */
  percent: number | null;
}

export interface IndicatorPointDto {
  period: string;
  cases: number;
  /** Cases, or the annualized rate per 100,000 inhabitants. */
  value: number;
  /** The population the rate used; null for a cases indicator. */
  population: number | null;
}

export interface IndicatorLatestDto {
  period: string;
  value: number;
  monthOverMonth: IndicatorChangeDto | null;
  yearOverYear: IndicatorChangeDto | null;
}

export interface IndicatorGoalDto {
  id: number;
  target: number;
  deadline: string;
  /** The plenary that adopted it, when recorded (and, on plenary surfaces, plenary-visible). */
  adoptedSession: { id: number; title: string; date: string } | null;
  adoptedAgreement: { id: number; code: string } | null;
  superseded: boolean;
  /** The goal that replaced it; null when current, or when the successor is not shown here. */
  supersededById: number | null;
  /** Superseded goals: the last day of the month whose figure met it; null if it was not met. */
  metOn: string | null;
  status: GoalStatus;
  /** Met today (current goal) or when it was superseded. */
  met: boolean;
  visibility: Visibility;
}

/** One indicator with everything a chart, the projector or the acta needs. Goals oldest first. */
export interface IndicatorSeriesDto {
  id: number;
  name: string;
  unit: IndicatorUnit;
  source: string | null;
  points: IndicatorPointDto[];
  goals: IndicatorGoalDto[];
  latest: IndicatorLatestDto | null;
  /** Id of the goal in force, if any. */
  currentGoalId: number | null;
  /** The day the figures and statuses were computed for. */
  asOf: string;
}

/** The coordinator's view of an indicator (console grid): citizen-only rows included. */
export interface IndicatorDto extends IndicatorSeriesDto {
  description: string | null;
  visibility: Visibility;
}

/** One grid cell: `cases` null empties it. */
export interface IndicatorCellDto {
  indicatorId: number;
  period: string;
  cases: number | null;
}

export interface IndicatorValuesResultDto {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
  /** The indicators touched, as list() returns them. */
  indicators: IndicatorDto[];
}

export interface IndicatorGoalInputDto {
  indicatorId: number;
  /** In the indicator's unit (cases per month, or annual rate per 100,000). */
  target: number;
  deadline: string;
  adoptedSessionId: number | null;
  adoptedAgreementId: number | null;
  /** Plenary when omitted. */
  visibility?: Visibility;
}

export interface PopulationYearDto {
  year: number;
  population: number;
}

/** The CSV import: `indicador,unidad,periodo,valor,fuente`. */
export const indicatorCsvColumns = ['indicador', 'unidad', 'periodo', 'valor', 'fuente'] as const;
export type IndicatorCsvColumn = (typeof indicatorCsvColumns)[number];

export type IndicatorImportIssueCode =
  | 'required'
  | 'too_long'
  | 'unknown_unit'
  | 'unit_mismatch'
  | 'invalid_period'
  | 'period_not_ended'
  | 'invalid_number'
  | 'negative'
  | 'not_whole'
  | 'duplicate_in_file';

export interface IndicatorImportIssueDto {
  column: IndicatorCsvColumn | null;
  code: IndicatorImportIssueCode;
  value?: string;
  /** The problem as a Spanish sentence, column included (the CLI prints it as is). */
  message: string;
}

export interface IndicatorImportRowDto {
  /** Line in the file, header = 1. */
  line: number;
  indicator: string;
  unit: IndicatorUnit | null;
  period: string | null;
  cases: number | null;
  /** The value now stored for that month, which this row replaces; null when there is none or it is the same. */
  replaces: number | null;
  /** The indicator does not exist yet and is created on apply. */
  newIndicator: boolean;
  issues: IndicatorImportIssueDto[];
}

export interface IndicatorsImportPreviewDto {
  delimiter: ',' | ';';
  missingColumns: IndicatorCsvColumn[];
  ignoredColumns: string[];
  rows: IndicatorImportRowDto[];
  validRows: number;
  invalidRows: number;
  /** Indicators named in the file that do not exist: created on apply (plenary-visible). */
  newIndicators: { name: string; unit: IndicatorUnit | null; source: string | null; lines: number[] }[];
  /** Valid rows that change an existing month's value. */
  replaced: number;
}

export interface IndicatorsImportResultDto {
  inserted: number;
  updated: number;
  unchanged: number;
  createdIndicators: { id: number; name: string }[];
}
