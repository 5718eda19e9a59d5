import { formatIndicatorValue, formatPercent, type IndicatorUnit } from '../../../../shared/domain/indicators.js';
import type { IndicatorChangeDto, IndicatorDto, IndicatorGoalDto } from '../../../../shared/ipc/dto/indicators.js';
import type { AppError } from '../../../../shared/ipc/result.js';
import { errorText } from '../../../i18n/errorText.js';
import type { MessageKey, Translate } from '../../../i18n/translate.js';

export const unitLabels: Record<IndicatorUnit, MessageKey> = {
  cases: 'indicators.unit.cases',
  rate_100k: 'indicators.unit.rate_100k',
};

/** For the board's narrow column. */
export const unitShortLabels: Record<IndicatorUnit, MessageKey> = {
  cases: 'indicators.unitShort.cases',
  rate_100k: 'indicators.unitShort.rate_100k',
};

/**
 * Main's refusals of indicators, goals and cells say exactly what is wrong ("la nueva debe ser
 * más estricta"): they are shown as they are, after a lead-in; other errors as usual.
 */
export function refusalText(t: Translate, error: AppError): string {
  return error.code === 'invalid_argument' || error.code === 'conflict' || error.code === 'not_found'
    ? t('indicators.refused', { detail: error.message })
    : errorText(t, error);
}

/** "−1.2 (−12 %)": the change in the indicator's unit, then in percent when there is one. */
export function changeText(unit: IndicatorUnit, change: IndicatorChangeDto, language: 'es' | 'en'): string {
  const sign = change.delta > 0 ? '+' : change.delta < 0 ? '−' : '';
  const delta = `${sign}${formatIndicatorValue(unit, Math.abs(change.delta), language)}`;
  return change.percent === null ? delta : `${delta} (${formatPercent(change.percent, language)})`;
}

/** The goal in force, if any. */
export function currentGoalOf(indicator: Pick<IndicatorDto, 'goals' | 'currentGoalId'>): IndicatorGoalDto | null {
  return indicator.goals.find((g) => g.id === indicator.currentGoalId) ?? null;
}

export type GoalStanding = 'met' | 'not_met' | 'no_goal';

/** Met, not met (in progress, missed or without data), or no goal in force. */
export function goalStanding(indicator: Pick<IndicatorDto, 'goals' | 'currentGoalId'>): GoalStanding {
  const goal = currentGoalOf(indicator);
  if (goal === null) return 'no_goal';
  return goal.status === 'met' ? 'met' : 'not_met';
}

export const standingLabels: Record<GoalStanding, MessageKey> = {
  met: 'indicators.standing.met',
  not_met: 'indicators.standing.not_met',
  no_goal: 'indicators.standing.no_goal',
};

export const standingTones: Record<GoalStanding, string> = {
  met: 'badge badge-ok',
  not_met: 'badge badge-pending',
  no_goal: 'badge badge-off',
};
