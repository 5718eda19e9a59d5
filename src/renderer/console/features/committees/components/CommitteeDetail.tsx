import { useShallow } from 'zustand/react/shallow';
import { Day } from '../../../../components/Day.js';
import { useT } from '../../../../i18n/useT.js';
import { showCommitteeAgreements } from '../../agreements/navigation.js';
import { kindLabels } from '../../people/labels.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';
import { AddMemberForm } from './AddMemberForm.js';
import { CommitteeKindBadge } from './CommitteeKindBadge.js';
import { RemoveMemberControl } from './RemoveMemberControl.js';

export function CommitteeDetail() {
  const t = useT();
  const { committee, show } = useCommitteesStore(useShallow(committeesSelectors.detail));
  const back = (
    <button type="button" className="link-button" data-testid="committee-back" onClick={() => show({ view: 'list' })}>
      {t('committees.back')}
    </button>
  );
  if (!committee) return back;
  const nobody = <span className="muted">{t('committees.nobody')}</span>;

  return (
    <article className="stack" data-testid="committee-detail">
      {back}
      <div className="toolbar">
        <h2 className="toolbar-title">
          {committee.name}
          <CommitteeKindBadge kind={committee.kind} />
        </h2>
        <div className="toolbar-actions">
          <button
            type="button"
            className="button button-secondary"
            data-testid="committee-agreements-open"
            onClick={() => showCommitteeAgreements(committee.id)}
          >
            {t('committees.agreements')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            data-testid="committee-edit"
            onClick={() => show({ view: 'form', committeeId: committee.id })}
          >
            {t('committees.edit')}
          </button>
        </div>
      </div>
      {committee.description && <p className="intro">{committee.description}</p>}
      <dl className="facts-list">
        <div>
          <dt>{t('committee.axis')}</dt>
          <dd>{committee.axis ?? nobody}</dd>
        </div>
        <div>
          <dt>{t('committee.coordinator')}</dt>
          <dd>{committee.coordinatorName ?? nobody}</dd>
        </div>
        <div>
          <dt>{t('committee.substitute')}</dt>
          <dd>{committee.substituteName ?? nobody}</dd>
        </div>
        <div>
          <dt>{t('committee.createdOn')}</dt>
          <dd>
            <Day value={committee.createdOn} />
          </dd>
        </div>
        {committee.dissolvedOn && (
          <div>
            <dt>{t('committee.dissolvedOn')}</dt>
            <dd>
              <Day value={committee.dissolvedOn} />
            </dd>
          </div>
        )}
      </dl>

      <h3>{t('committees.membersTitle', { count: committee.members.length })}</h3>
      {committee.members.length === 0 ? (
        <p className="empty">{t('committees.noMembers')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="committee-members">
            <thead>
              <tr>
                <th scope="col">{t('committees.col.member')}</th>
                <th scope="col">{t('people.col.kind')}</th>
                <th scope="col">{t('committees.col.joined')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('roles.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {committee.members.map((member) => (
                <tr key={member.personId} data-testid="committee-member-row">
                  <th scope="row">{member.name}</th>
                  <td>{t(kindLabels[member.kind])}</td>
                  <td>
                    <Day value={member.joinedOn} />
                  </td>
                  <td>
                    <RemoveMemberControl committeeId={committee.id} member={member} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {!committee.dissolvedOn && <AddMemberForm committee={committee} />}
    </article>
  );
}
