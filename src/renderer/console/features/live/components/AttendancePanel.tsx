import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Notice } from '../../../../components/Notice.js';
import { useT } from '../../../../i18n/useT.js';
import { searchKey } from '../liveText.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';
import { AttendanceCounts } from './AttendanceCounts.js';
import { AttendanceRow } from './AttendanceRow.js';

/**
 * Check-in. Type a name and Enter marks the one match present; ↑/↓ walk the list and a letter
 * records the focused person (P, T, S, J, I, R; Supr clears).
 */
export function AttendancePanel() {
  const t = useT();
  const { roster, setAttendance } = useLiveStore(useShallow(liveSelectors.attendance));
  const { focus, focused } = useLiveStore(useShallow(liveSelectors.focus));
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const searchId = useId();
  const rowRefs = useRef(new Map<number, HTMLLIElement>());
  useEffect(() => {
    if (focus !== 'search') return;
    searchRef.current?.focus();
    focused();
  }, [focus, focused]);

  const key = searchKey(query.trim());
  const visible =
    key === '' ? roster : roster.filter((r) => searchKey([r.name, r.institution, r.post, r.substituteName].filter(Boolean).join(' ')).includes(key));
  const tabbableId = visible.some((r) => r.personId === activeId) ? activeId : (visible[0]?.personId ?? null);

  function focusRow(index: number) {
    const row = visible[index];
    if (row) rowRefs.current.get(row.personId)?.focus();
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const [only, ...others] = visible;
      if (key === '') return;
      if (!only) setNotice(t('live.attendance.noMatch', { text: query.trim() }));
      else if (others.length > 0) setNotice(t('live.attendance.manyMatches', { count: visible.length }));
      else {
        void setAttendance(only.personId, 'present').then((saved) => {
          if (saved) setNotice(t('live.attendance.markedPresent', { name: only.name }));
        });
        setQuery('');
      }
    }
  }

  return (
    <section className="live-attendance" aria-label={t('live.tab.attendance')}>
      <AttendanceCounts />
      <div className="live-attendance-search">
        <label className="field-label" htmlFor={searchId}>
          {t('live.attendance.search')}
        </label>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          className="field-input"
          data-testid="attendance-search"
          autoComplete="off"
          aria-describedby={`${searchId}-hint`}
          aria-keyshortcuts="Alt+A"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setNotice(null);
          }}
          onKeyDown={onSearchKeyDown}
        />
        <p className="field-hint" id={`${searchId}-hint`}>
          {t('live.attendance.searchHint')}
        </p>
        <Notice testId="attendance-notice" text={notice} />
      </div>
      <p className="field-hint">{t('live.attendance.rowHint')}</p>
      <ul className="roster" aria-label={t('live.attendance.listLabel')}>
        {visible.map((attendee, index) => (
          <AttendanceRow
            key={attendee.personId}
            attendee={attendee}
            tabbable={attendee.personId === tabbableId}
            rowRef={(element) => {
              if (element) rowRefs.current.set(attendee.personId, element);
              else rowRefs.current.delete(attendee.personId);
            }}
            onFocus={() => setActiveId(attendee.personId)}
            onMove={(delta) => (index + delta < 0 ? searchRef.current?.focus() : focusRow(index + delta))}
            onMark={(status, details) => setAttendance(attendee.personId, status, details)}
          />
        ))}
      </ul>
    </section>
  );
}
