import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import type { RoleTermDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { rolesSelectors } from '../selectors/rolesSelectors.js';
import { useRolesStore } from '../store/rolesStore.js';

/** "Terminar" asks for the last day first, so a term is never ended by a stray click. */
export function EndTermControl({ term }: { term: RoleTermDto }) {
  const t = useT();
  const { busy, end } = useRolesStore(useShallow(rolesSelectors.terms));
  const [asking, setAsking] = useState(false);
  const [day, setDay] = useState(localToday);
  const valid = isIsoDay(day) && day >= term.startsOn;

  if (!asking) {
    return (
      <button type="button" className="button button-small button-secondary" data-testid="role-term-end" onClick={() => setAsking(true)}>
        {t('roles.end')}
      </button>
    );
  }
  return (
    <div className="inline-form">
      <label className="inline-label">
        {t('roles.endsOn')}
        <input
          type="date"
          className="field-input input-small"
          data-testid="role-term-end-date"
          value={day}
          min={term.startsOn}
          autoFocus
          aria-invalid={valid ? undefined : true}
          onChange={(e) => setDay(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button button-small button-primary"
        data-testid="role-term-end-confirm"
        disabled={!valid || busy}
        onClick={() => void end(term.id, day)}
      >
        {t('roles.endConfirm')}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
