import { useState } from 'react';
import { isIsoDay, localToday } from '../../shared/domain/dates.js';
import { useT } from '../i18n/useT.js';

interface DayConfirmControlProps {
  /** The small button that opens the question. */
  openLabel: string;
  openTestId: string;
  openAriaLabel?: string;
  dayLabel: string;
  dayTestId: string;
  /** The earliest acceptable day: something cannot end before it began. */
  min: string;
  confirmLabel: string;
  confirmTestId: string;
  busy: boolean;
  onConfirm(day: string): void;
}

/**
 * Ending something (a membership, a term) asks for the day first, starting at today, so it
 * happens on a day and never from a stray click.
 */
export function DayConfirmControl(props: DayConfirmControlProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [day, setDay] = useState(localToday);
  const valid = isIsoDay(day) && day >= props.min;

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-small button-secondary"
        data-testid={props.openTestId}
        aria-label={props.openAriaLabel}
        onClick={() => setAsking(true)}
      >
        {props.openLabel}
      </button>
    );
  }
  return (
    <div className="inline-form">
      <label className="inline-label">
        {props.dayLabel}
        <input
          type="date"
          className="field-input input-small"
          data-testid={props.dayTestId}
          value={day}
          min={props.min}
          autoFocus
          aria-invalid={valid ? undefined : true}
          onChange={(e) => setDay(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button button-small button-primary"
        data-testid={props.confirmTestId}
        disabled={!valid || props.busy}
        onClick={() => props.onConfirm(day)}
      >
        {props.confirmLabel}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
