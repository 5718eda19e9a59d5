import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import type { VoteKind } from '../../../../../shared/domain/votes.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { votesSelectors } from '../selectors/votesSelectors.js';
import { useVotesStore } from '../store/votesStore.js';
import { voteKindLabels } from '../voteText.js';

const electionKinds: readonly VoteKind[] = ['coordinator_election', 'substitute_election'];

export function OpenVoteForm({ kind }: { kind: 'admission' | 'election' }) {
  const t = useT();
  const { citizens, busy, open, show } = useVotesStore(useShallow(votesSelectors.opening));
  const [electionKind, setElectionKind] = useState<VoteKind>('coordinator_election');
  const [applicant, setApplicant] = useState('');
  const [candidates, setCandidates] = useState<ReadonlySet<number>>(new Set());
  const [opensOn, setOpensOn] = useState(localToday);
  const [attempted, setAttempted] = useState(false);

  // An applicant is a citizen not yet admitted (no join date) who has not left.
  const applicants = citizens.filter((p) => p.joinedOn === null && p.leftOn === null);
  const eligible = citizens.filter((p) => p.active);

  let problem: MessageKey | null = null;
  if (kind === 'admission' && !applicant) problem = 'votes.problem.applicant';
  else if (kind === 'election' && candidates.size === 0) problem = 'votes.problem.candidates';
  else if (!isIsoDay(opensOn)) problem = 'votes.problem.opens';

  function toggle(id: number) {
    setCandidates((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (problem) return;
    await open({
      kind: kind === 'admission' ? 'admission' : electionKind,
      opensOn,
      subjectPersonId: kind === 'admission' ? Number(applicant) : null,
      candidateIds: kind === 'admission' ? [] : [...candidates],
    });
  }

  return (
    <form className="form form-wide" noValidate data-testid="vote-open-form" onSubmit={(event) => void submit(event)}>
      <h2>{t(kind === 'admission' ? 'votes.openAdmissionTitle' : 'votes.openElectionTitle')}</h2>
      <p className="intro">{t(kind === 'admission' ? 'votes.admissionIntro' : 'votes.electionIntro')}</p>
      {kind === 'admission' ? (
        applicants.length === 0 ? (
          <p className="empty" data-testid="vote-no-applicants">
            {t('votes.noApplicants')}
          </p>
        ) : (
          <SelectField
            label={t('votes.applicant')}
            testId="vote-applicant"
            autoFocus
            placeholder={t('common.choose')}
            options={applicants.map((p) => ({ value: String(p.id), label: p.fullName }))}
            value={applicant}
            problem={attempted && problem === 'votes.problem.applicant' ? t(problem) : null}
            onChange={(e) => setApplicant(e.target.value)}
          />
        )
      ) : (
        <>
          <SelectField
            label={t('votes.electionKind')}
            testId="vote-election-kind"
            autoFocus
            options={electionKinds.map((k) => ({ value: k, label: t(voteKindLabels[k]) }))}
            value={electionKind}
            onChange={(e) => setElectionKind(e.target.value as VoteKind)}
          />
          <fieldset className="fieldset" aria-invalid={attempted && problem === 'votes.problem.candidates' ? true : undefined}>
            <legend>{t('votes.candidates')}</legend>
            <p className="field-hint">{t('votes.candidatesHint')}</p>
            <ul className="check-list">
              {eligible.map((p) => (
                <li key={p.id}>
                  <label className="check">
                    <input type="checkbox" data-testid="vote-candidate" checked={candidates.has(p.id)} onChange={() => toggle(p.id)} />
                    {p.fullName}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </>
      )}
      <Field
        label={t('votes.opensOn')}
        testId="vote-opens"
        type="date"
        value={opensOn}
        problem={attempted && problem === 'votes.problem.opens' ? t(problem) : null}
        onChange={(e) => setOpensOn(e.target.value)}
      />
      <ErrorMessage text={attempted && problem ? t(problem) : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="vote-open-submit" disabled={busy}>
          {t('votes.open')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => show({ view: 'list' })} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
