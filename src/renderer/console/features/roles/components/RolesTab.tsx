import { useEffect } from 'react';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { rolesSelectors } from '../selectors/rolesSelectors.js';
import { useRolesStore } from '../store/rolesStore.js';
import { AssignRoleForm } from './AssignRoleForm.js';
import { RoleTermsTable } from './RoleTermsTable.js';
import { RoleWarnings } from './RoleWarnings.js';

/** Cargos: what needs attention first, then who holds which office and since when. */
export function RolesTab() {
  const t = useT();
  const load = useRolesStore(rolesSelectors.load);
  const error = useRolesStore(rolesSelectors.error);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="stack">
      <h2>{t('roles.title')}</h2>
      <RoleWarnings />
      <ErrorMessage text={error && errorText(t, error)} />
      <RoleTermsTable />
      <AssignRoleForm />
    </div>
  );
}
