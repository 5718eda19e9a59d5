import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AgendaItemDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';

/** Removing an item asks once: its time goes back to the items after it. */
export function RemoveItemControl({ item }: { item: AgendaItemDto }) {
  const t = useT();
  const { busy, remove } = useAgendaStore(useShallow(agendaSelectors.item));
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button-small button-secondary"
        data-testid="agenda-item-remove"
        aria-label={t('agenda.removeNamed', { title: item.title })}
        onClick={() => setAsking(true)}
      >
        {t('agenda.remove')}
      </button>
    );
  }
  return (
    <div className="inline-form" role="group" aria-label={t('agenda.removeQuestion', { title: item.title })}>
      <span className="inline-label">{t('agenda.removeQuestion', { title: item.title })}</span>
      <button
        type="button"
        className="button button-small button-danger"
        data-testid="agenda-item-remove-confirm"
        disabled={busy}
        autoFocus
        onClick={() => void remove(item.id)}
      >
        {t('agenda.removeConfirm')}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
