import { useShallow } from 'zustand/react/shallow';
import type { CommitteeMemberDto } from '../../../../../shared/ipc/contract.js';
import { DayConfirmControl } from '../../../../components/DayConfirmControl.js';
import { useT } from '../../../../i18n/useT.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';

/** Removing asks for the leave date first: a membership ends on a day, it is not erased. */
export function RemoveMemberControl({ committeeId, member }: { committeeId: number; member: CommitteeMemberDto }) {
  const t = useT();
  const { busy, removeMember } = useCommitteesStore(useShallow(committeesSelectors.members));
  return (
    <DayConfirmControl
      openLabel={t('committees.remove')}
      openTestId="committee-member-remove"
      openAriaLabel={t('committees.removeNamed', { name: member.name })}
      dayLabel={t('committees.leftOn')}
      dayTestId="committee-member-left"
      min={member.joinedOn}
      confirmLabel={t('committees.removeConfirm')}
      confirmTestId="committee-member-remove-confirm"
      busy={busy}
      onConfirm={(leftOn) => void removeMember(committeeId, member.personId, leftOn)}
    />
  );
}
