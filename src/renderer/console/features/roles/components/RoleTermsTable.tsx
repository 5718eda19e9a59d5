import { useShallow } from 'zustand/react/shallow';
import { roleKinds } from '../../../../../shared/domain/roles.js';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';
import { roleLabels } from '../roleText.js';
import { rolesSelectors } from '../selectors/rolesSelectors.js';
import { useRolesStore } from '../store/rolesStore.js';
import { EndTermControl } from './EndTermControl.js';

export function RoleTermsTable() {
  const t = useT();
  const { terms } = useRolesStore(useShallow(rolesSelectors.terms));
  // Offices in the order of the regulation: coordinator first.
  const current = terms
    .filter((term) => term.current)
    .sort((a, b) => roleKinds.indexOf(a.role) - roleKinds.indexOf(b.role));
  const past = terms.filter((term) => !term.current);
  return (
    <>
      <h3>{t('roles.current')}</h3>
      {current.length === 0 ? (
        <p className="empty">{t('roles.noCurrent')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="role-terms-current">
            <thead>
              <tr>
                <th scope="col">{t('roles.col.role')}</th>
                <th scope="col">{t('roles.col.person')}</th>
                <th scope="col">{t('roles.col.starts')}</th>
                <th scope="col">{t('roles.col.ends')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('roles.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {current.map((term) => (
                <tr key={term.id} data-testid="role-term-row">
                  <td>{t(roleLabels[term.role])}</td>
                  <th scope="row">{term.personName}</th>
                  <td>
                    <Day value={term.startsOn} />
                  </td>
                  <td>{term.endsOn ? <Day value={term.endsOn} /> : t('roles.openEnded')}</td>
                  <td>
                    <EndTermControl term={term} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {past.length > 0 && (
        <details className="history">
          <summary>{t('roles.past', { count: past.length })}</summary>
          <div className="table-wrap">
            <table className="table" data-testid="role-terms-past">
              <thead>
                <tr>
                  <th scope="col">{t('roles.col.role')}</th>
                  <th scope="col">{t('roles.col.person')}</th>
                  <th scope="col">{t('roles.col.starts')}</th>
                  <th scope="col">{t('roles.col.ends')}</th>
                </tr>
              </thead>
              <tbody>
                {past.map((term) => (
                  <tr key={term.id} data-testid="role-term-past-row">
                    <td>{t(roleLabels[term.role])}</td>
                    <th scope="row">{term.personName}</th>
                    <td>
                      <Day value={term.startsOn} />
                    </td>
                    <td>{term.endsOn ? <Day value={term.endsOn} /> : t('roles.openEnded')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}
