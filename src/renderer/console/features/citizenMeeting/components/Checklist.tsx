import { useId, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { citizenMeetingSelectors } from '../selectors/citizenMeetingSelectors.js';
import { useCitizenMeetingStore } from '../store/citizenMeetingStore.js';

/** What must be ready for the presentation at the plenary. */
export function Checklist() {
  const t = useT();
  const newId = useId();
  const { checklist, busy, addChecklistItem, setChecklistItem, removeChecklistItem } = useCitizenMeetingStore(
    useShallow(citizenMeetingSelectors.checklist),
  );
  const [label, setLabel] = useState('');
  if (!checklist) return null;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!label.trim()) return;
    if (await addChecklistItem(label.trim())) setLabel('');
  }

  const done = checklist.filter((c) => c.done).length;
  return (
    <section className="citizen-section" aria-labelledby="citizen-checklist-title">
      <h3 id="citizen-checklist-title">{t('citizen.checklistTitle')}</h3>
      {checklist.length > 0 && <p className="field-hint">{t('citizen.checklistProgress', { done, total: checklist.length })}</p>}
      <ul className="checklist">
        {checklist.map((item) => (
          <li key={item.id} className={item.done ? 'checklist-item checklist-done' : 'checklist-item'} data-testid="checklist-item">
            <label className="check">
              <input
                type="checkbox"
                data-testid="checklist-tick"
                checked={item.done}
                disabled={busy}
                onChange={(e) => void setChecklistItem(item.id, e.target.checked)}
              />
              <span>{item.label}</span>
            </label>
            <button
              type="button"
              className="button button-small button-secondary"
              data-testid="checklist-remove"
              aria-label={t('citizen.checklistRemoveNamed', { label: item.label })}
              disabled={busy}
              onClick={() => void removeChecklistItem(item.id)}
            >
              {t('citizen.checklistRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <label className="visually-hidden" htmlFor={newId}>
          {t('citizen.checklistNew')}
        </label>
        <input
          id={newId}
          className="field-input checklist-input"
          data-testid="checklist-new"
          placeholder={t('citizen.checklistNew')}
          autoComplete="off"
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <button type="submit" className="button button-small button-citizen" data-testid="checklist-add" disabled={busy || !label.trim()}>
          {t('citizen.checklistAdd')}
        </button>
      </form>
    </section>
  );
}
