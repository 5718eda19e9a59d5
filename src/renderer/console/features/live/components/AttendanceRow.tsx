import { useRef, useState, type KeyboardEvent } from 'react';
import { attendanceStatuses, type AttendanceStatus } from '../../../../../shared/domain/compliance.js';
import type { AttendeeDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels } from '../../people/labels.js';
import { attendanceButtons, attendanceKeys, attendanceLabels } from '../liveText.js';
import type { AttendanceDetails } from '../store/liveStore.js';
import { isTextField } from '../textField.js';
import { InlineField } from './InlineField.js';

const statusOfKey = new Map(attendanceStatuses.map((s) => [attendanceKeys[s], s]));
const isClockTime = (text: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

interface AttendanceRowProps {
  attendee: AttendeeDto;
  /** The one row Tab stops at; ↑/↓ move between rows. */
  tabbable: boolean;
  rowRef(element: HTMLLIElement | null): void;
  onFocus(): void;
  onMove(delta: 1 | -1): void;
  onMark(status: AttendanceStatus | null, details?: AttendanceDetails): Promise<boolean>;
}

export function AttendanceRow({ attendee: a, tabbable, rowRef, onFocus, onMove, onMark }: AttendanceRowProps) {
  const t = useT();
  const [substituting, setSubstituting] = useState(false);
  const self = useRef<HTMLLIElement | null>(null);
  const statusText = a.status ? t(attendanceLabels[a.status]) : t('live.attendance.none');
  const backToRow = () => self.current?.focus();

  function choose(status: AttendanceStatus) {
    // A substitute is named before anything is recorded: main refuses "represented" without one.
    if (status === 'represented') setSubstituting(true);
    else void onMark(status);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>) {
    if (isTextField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const status = statusOfKey.get(event.key.toUpperCase());
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onMove(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void onMark(null);
    } else if (status) {
      event.preventDefault();
      choose(status);
    }
  }

  const sub = [t(kindLabels[a.kind]), a.post, a.institution].filter(Boolean).join(' · ');
  return (
    <li
      ref={(element) => {
        self.current = element;
        rowRef(element);
      }}
      className={`roster-row roster-${a.status ?? 'none'}`}
      tabIndex={tabbable ? 0 : -1}
      data-testid={`attendance-row-${a.personId}`}
      data-status={a.status ?? 'none'}
      data-name={a.name}
      aria-label={`${a.name}: ${statusText}`}
      aria-keyshortcuts="P T S J I R Delete"
      onFocus={onFocus}
      onKeyDown={onKeyDown}
    >
      <div className="roster-person">
        <span className="roster-name">{a.name}</span>
        <span className="roster-sub">{sub}</span>
      </div>
      <div className="roster-state">
        <span className="roster-status" data-testid={`attendance-${a.personId}-status`}>
          {statusText}
        </span>
        {(a.status === 'late' || a.status === 'left_early') && (
          <InlineField
            key={`${a.status}-${a.arrivedAt ?? a.leftAt}`}
            label={t(a.status === 'late' ? 'live.attendance.arrivedAt' : 'live.attendance.leftAt')}
            testId={`attendance-${a.personId}-time`}
            type="time"
            value={(a.status === 'late' ? a.arrivedAt : a.leftAt) ?? ''}
            required
            valid={isClockTime}
            onSave={(time) => onMark(a.status, { time })}
          />
        )}
        {a.status === 'absent_justified' && (
          <InlineField
            key={`reason-${a.justification ?? ''}`}
            label={t('live.attendance.justification')}
            testId={`attendance-${a.personId}-reason`}
            value={a.justification ?? ''}
            onSave={(justification) => onMark('absent_justified', { justification: justification || null })}
          />
        )}
        {substituting ? (
          <InlineField
            label={t('live.attendance.substitute')}
            testId={`attendance-${a.personId}-substitute`}
            value={a.substituteName ?? ''}
            autoFocus
            required
            onSave={(substituteName) => onMark('represented', { substituteName })}
            onDone={() => {
              setSubstituting(false);
              backToRow();
            }}
            onCancel={() => {
              setSubstituting(false);
              backToRow();
            }}
          />
        ) : (
          a.status === 'represented' && <span className="roster-detail">{t('live.attendance.representedBy', { name: a.substituteName ?? '' })}</span>
        )}
      </div>
      <div className="roster-buttons" role="group" aria-label={t('live.attendance.buttonsLabel', { name: a.name })}>
        {attendanceStatuses.map((status) => (
          <button
            key={status}
            type="button"
            tabIndex={-1}
            className="roster-button"
            data-testid={`attendance-${a.personId}-${status}`}
            aria-pressed={a.status === status}
            title={t(attendanceLabels[status])}
            onClick={() => choose(status)}
          >
            <kbd>{attendanceKeys[status]}</kbd> {t(attendanceButtons[status])}
          </button>
        ))}
        <button
          type="button"
          tabIndex={-1}
          className="roster-button roster-clear"
          data-testid={`attendance-${a.personId}-clear`}
          disabled={a.status === null}
          onClick={() => void onMark(null)}
        >
          {t('live.attendance.clear')}
        </button>
      </div>
    </li>
  );
}
