import { useShallow } from 'zustand/react/shallow';
import { Day } from '../../../../components/Day.js';
import { RowButton } from '../../../../components/RowButton.js';
import { useT } from '../../../../i18n/useT.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';
import { CommitteeKindBadge } from './CommitteeKindBadge.js';

export function CommitteesList() {
  const t = useT();
  const { committees, loaded, show } = useCommitteesStore(useShallow(committeesSelectors.list));
  const open = (committeeId: number) => show({ view: 'detail', committeeId });
  return (
    <>
      <div className="toolbar">
        <h2 className="toolbar-title">{t('committees.listTitle')}</h2>
        <button
          type="button"
          className="button button-primary"
          data-testid="committee-new"
          onClick={() => show({ view: 'form', committeeId: null })}
        >
          {t('committees.new')}
        </button>
      </div>
      {loaded && committees.length === 0 && <p className="empty">{t('committees.empty')}</p>}
      {committees.length > 0 && (
        <div className="table-wrap">
          <table className="table table-clickable" data-testid="committees-table">
            <thead>
              <tr>
                <th scope="col">{t('committees.col.name')}</th>
                <th scope="col">{t('committees.col.axis')}</th>
                <th scope="col">{t('committees.col.coordinator')}</th>
                <th scope="col">{t('committees.col.substitute')}</th>
                <th scope="col" className="num">
                  {t('committees.col.members')}
                </th>
                <th scope="col">{t('committees.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {committees.map((c) => (
                <tr key={c.id} data-testid="committee-row" onClick={() => open(c.id)}>
                  <th scope="row">
                    <RowButton onOpen={() => open(c.id)}>{c.name}</RowButton>
                    <CommitteeKindBadge kind={c.kind} />
                  </th>
                  <td>{c.axis}</td>
                  <td>{c.coordinatorName ?? <span className="muted">{t('committees.nobody')}</span>}</td>
                  <td>{c.substituteName ?? <span className="muted">{t('committees.nobody')}</span>}</td>
                  <td className="num">{c.members.length}</td>
                  <td>
                    {c.dissolvedOn ? (
                      <>
                        <span className="badge badge-off">{t('committees.dissolved')}</span>
                        <span className="cell-sub">
                          <Day value={c.dissolvedOn} />
                        </span>
                      </>
                    ) : (
                      <span className="badge badge-ok">{t('committees.activeStatus')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
