import { useShallow } from 'zustand/react/shallow';
import { useFormatDay } from '../../../../components/formatDay.js';
import { useT } from '../../../../i18n/useT.js';
import { roleWarningText } from '../roleText.js';
import { rolesSelectors } from '../selectors/rolesSelectors.js';
import { useRolesStore } from '../store/rolesStore.js';

export function RoleWarnings() {
  const t = useT();
  const day = useFormatDay();
  const { warnings, loaded } = useRolesStore(useShallow(rolesSelectors.warnings));
  if (!loaded) return null;
  if (warnings.length === 0) {
    return (
      <p className="notice" data-testid="role-ok">
        {t('roles.allGood')}
      </p>
    );
  }
  return (
    <div className="warning-box" role="region" aria-label={t('roles.warningsTitle')} data-testid="role-warnings">
      <h3 className="warning-title">{t('roles.warningsTitle')}</h3>
      <ul className="warning-list">
        {warnings.map((warning) => (
          <li key={warning.code} data-testid="role-warning" data-code={warning.code}>
            {roleWarningText(t, day, warning)}
          </li>
        ))}
      </ul>
    </div>
  );
}
