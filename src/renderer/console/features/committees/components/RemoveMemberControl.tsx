import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import type { CommitteeMemberDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';

/** Removing asks for the leave date first: a membership ends on a day, it is not erased. */
export function RemoveMemberControl({ committeeId, member }: { committeeId: number; member: CommitteeMemberDto }) {
  const t = useT();
  const { busy, removeMember } = useCommitteesStore(useShallow(committeesSelectors.members));
  const [asking, setAsking] = useState(false);
  const [leftOn, setLeftOn] = useState(localToday);
  const valid = isIsoDay(leftOn) && leftOn >= member.joinedOn;

  if (!asking) {
    return (
      <button
        type="button"
        className="button button-small button-secondary"
        data-testid="committee-member-remove"
        aria-label={t('committees.removeNamed', { name: member.name })}
        onClick={() => setAsking(true)}
      >
        {t('committees.remove')}
      </button>
    );
  }
  return (
    <div className="inline-form">
      <label className="inline-label">
        {t('committees.leftOn')}
        <input
          type="date"
          className="field-input input-small"
          data-testid="committee-member-left"
          value={leftOn}
          min={member.joinedOn}
          autoFocus
          aria-invalid={valid ? undefined : true}
          onChange={(e) => setLeftOn(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button button-small button-primary"
        data-testid="committee-member-remove-confirm"
        disabled={!valid || busy}
        onClick={() => void removeMember(committeeId, member.personId, leftOn)}
      >
        {t('committees.removeConfirm')}
      </button>
      <button type="button" className="button button-small button-secondary" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
