import { useShallow } from 'zustand/react/shallow';
import type { RoleTermDto } from '../../../../../shared/ipc/contract.js';
import { DayConfirmControl } from '../../../../components/DayConfirmControl.js';
import { useT } from '../../../../i18n/useT.js';
import { rolesSelectors } from '../selectors/rolesSelectors.js';
import { useRolesStore } from '../store/rolesStore.js';

/** "Terminar" asks for the last day first, so a term is never ended by a stray click. */
export function EndTermControl({ term }: { term: RoleTermDto }) {
  const t = useT();
  const { busy, end } = useRolesStore(useShallow(rolesSelectors.terms));
  return (
    <DayConfirmControl
      openLabel={t('roles.end')}
      openTestId="role-term-end"
      dayLabel={t('roles.endsOn')}
      dayTestId="role-term-end-date"
      min={term.startsOn}
      confirmLabel={t('roles.endConfirm')}
      confirmTestId="role-term-end-confirm"
      busy={busy}
      onConfirm={(day) => void end(term.id, day)}
    />
  );
}
