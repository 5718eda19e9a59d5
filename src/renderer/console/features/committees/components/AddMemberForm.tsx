import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import type { CommitteeDto } from '../../../../../shared/ipc/contract.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels } from '../../people/labels.js';
import { committeesSelectors } from '../selectors/committeesSelectors.js';
import { useCommitteesStore } from '../store/committeesStore.js';

/** Anyone may sit on a working committee, outsiders included; the executive committee is citizens only. */
export function AddMemberForm({ committee }: { committee: CommitteeDto }) {
  const t = useT();
  const { people, busy, addMember } = useCommitteesStore(useShallow(committeesSelectors.members));
  const [personId, setPersonId] = useState('');
  const [joinedOn, setJoinedOn] = useState(localToday);
  const [attempted, setAttempted] = useState(false);

  const candidates = people.filter(
    (p) =>
      !committee.members.some((m) => m.personId === p.id) && (committee.kind !== 'executive' || p.kind === 'citizen'),
  );
  const problem = !personId ? t('committees.problem.person') : !isIsoDay(joinedOn) ? t('committees.problem.joined') : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (problem) return;
    if (await addMember(committee.id, Number(personId), joinedOn)) {
      setPersonId('');
      setAttempted(false);
    }
  }

  return (
    <form className="panel" noValidate data-testid="committee-add-member" onSubmit={(event) => void submit(event)}>
      <h3>{t('committees.addTitle')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('committees.addPerson')}
          testId="committee-add-person"
          placeholder={t('common.choose')}
          hint={committee.kind === 'executive' ? t('committees.executiveOnlyCitizens') : t('committees.anyoneMayJoin')}
          options={candidates.map((p) => ({ value: String(p.id), label: `${p.fullName} · ${t(kindLabels[p.kind])}` }))}
          value={personId}
          onChange={(e) => setPersonId(e.target.value)}
        />
        <Field
          label={t('committees.addJoined')}
          testId="committee-add-date"
          type="date"
          value={joinedOn}
          onChange={(e) => setJoinedOn(e.target.value)}
        />
      </div>
      <ErrorMessage text={attempted ? problem : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="committee-add-submit" disabled={busy}>
          {t('committees.add')}
        </button>
      </div>
    </form>
  );
}
