import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LiveChoicesDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels } from '../../people/labels.js';
import { searchKey } from '../liveText.js';

/** The most people a filter lists at once: a few letters more narrow it down. */
const MAX_MATCHES = 8;

interface ResponsiblePickerProps {
  people: LiveChoicesDto['people'];
  selected: readonly number[];
  onChange(ids: number[]): void;
}

/**
 * Responsible people from the keyboard: type part of a name, Enter adds (or removes) the first
 * match, ↓ goes down the checkable list; the chosen ones stay listed above, each removable.
 */
export function ResponsiblePicker({ people, selected, onChange }: ResponsiblePickerProps) {
  const t = useT();
  const [filter, setFilter] = useState('');
  const labelId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const key = searchKey(filter.trim());
  const matches = key === '' ? [] : people.filter((p) => searchKey(p.name).includes(key)).slice(0, MAX_MATCHES);
  const nameOf = (id: number) => people.find((p) => p.id === id)?.name ?? String(id);

  const toggle = (id: number) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  const boxes = () => Array.from(listRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []);

  function onFilterKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Enter' && matches[0]) {
      event.preventDefault();
      toggle(matches[0].id);
      setFilter('');
    } else if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      boxes()[0]?.focus();
    }
  }

  function onListKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    const all = boxes();
    const at = all.indexOf(event.target as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    all[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
  }

  return (
    <div className="field responsible-picker" role="group" aria-labelledby={labelId} data-testid="agreement-responsibles">
      <p className="field-label" id={labelId}>
        {t('live.agreement.responsibles')}
      </p>
      {selected.length === 0 ? (
        <p className="muted">{t('live.agreement.responsiblesNone')}</p>
      ) : (
        <ul className="chips">
          {selected.map((id) => (
            <li key={id} className="chip" data-testid={`agreement-responsible-chosen-${id}`}>
              {nameOf(id)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('live.agreement.responsibleRemove', { name: nameOf(id) })}
                onClick={() => toggle(id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="search"
        className="field-input"
        data-testid="agreement-responsibles-filter"
        aria-label={t('live.agreement.responsiblesFilter')}
        placeholder={t('live.agreement.responsiblesFilter')}
        autoComplete="off"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={onFilterKeyDown}
      />
      <p className="field-hint">{t('live.agreement.responsiblesHint')}</p>
      {key !== '' && matches.length === 0 && <p className="muted">{t('live.agreement.noMatch', { text: filter.trim() })}</p>}
      {matches.length > 0 && (
        <ul className="check-list responsible-matches" ref={listRef} onKeyDown={onListKeyDown}>
          {matches.map((p) => (
            <li key={p.id}>
              <label className="check">
                <input type="checkbox" data-testid={`agreement-responsible-${p.id}`} checked={selected.includes(p.id)} onChange={() => toggle(p.id)} />
                <span>
                  {p.name} <span className="muted">· {p.institution ?? t(kindLabels[p.kind])}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
