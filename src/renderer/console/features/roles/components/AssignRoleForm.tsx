import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isIsoDay, localToday } from '../../../../../shared/domain/dates.js';
import { canHoldRole, roleKinds, type RoleKind } from '../../../../../shared/domain/roles.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels } from '../../people/labels.js';
import { roleLabels } from '../roleText.js';
import { rolesSelectors } from '../selectors/rolesSelectors.js';
import { useRolesStore } from '../store/rolesStore.js';

interface AssignForm {
  role: RoleKind;
  personId: string;
  startsOn: string;
  endsOn: string;
}

function problemOf(form: AssignForm): MessageKey | null {
  if (!form.personId) return 'roles.problem.person';
  if (!isIsoDay(form.startsOn)) return 'roles.problem.start';
  if (form.endsOn && (!isIsoDay(form.endsOn) || form.endsOn < form.startsOn)) return 'roles.problem.end';
  return null;
}

export function AssignRoleForm() {
  const t = useT();
  const { people, busy, assign } = useRolesStore(useShallow(rolesSelectors.assignForm));
  const [form, setForm] = useState<AssignForm>(() => ({ role: 'coordinator', personId: '', startsOn: localToday(), endsOn: '' }));
  const [attempted, setAttempted] = useState(false);

  // Citizen offices are for citizens only (2.7.1): officials are not even offered.
  const eligible = people.filter((p) => canHoldRole(p.kind, form.role));
  const problem = problemOf(form);
  const citizenRole = form.role !== 'technical_secretary';

  function update(change: Partial<AssignForm>) {
    setForm((current) => {
      const next = { ...current, ...change };
      const stillEligible = people.some((p) => String(p.id) === next.personId && canHoldRole(p.kind, next.role));
      return stillEligible ? next : { ...next, personId: '' };
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (problem) return;
    const assigned = await assign({
      personId: Number(form.personId),
      role: form.role,
      startsOn: form.startsOn,
      endsOn: form.endsOn || null,
    });
    if (assigned) {
      setAttempted(false);
      setForm((current) => ({ ...current, personId: '', endsOn: '' }));
    }
  }

  return (
    <form className="panel" noValidate data-testid="role-assign-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('roles.assignTitle')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('roles.role')}
          testId="role-assign-role"
          options={roleKinds.map((role) => ({ value: role, label: t(roleLabels[role]) }))}
          value={form.role}
          onChange={(e) => update({ role: e.target.value as RoleKind })}
        />
        <SelectField
          label={t('roles.person')}
          testId="role-assign-person"
          hint={citizenRole ? t('roles.citizensOnly') : t('roles.anyone')}
          placeholder={t('common.choose')}
          options={eligible.map((p) => ({ value: String(p.id), label: `${p.fullName} · ${t(kindLabels[p.kind])}` }))}
          value={form.personId}
          problem={attempted && problem === 'roles.problem.person' ? t(problem) : null}
          onChange={(e) => update({ personId: e.target.value })}
        />
        <Field
          label={t('roles.startsOn')}
          testId="role-assign-start"
          type="date"
          value={form.startsOn}
          problem={attempted && problem === 'roles.problem.start' ? t(problem) : null}
          onChange={(e) => update({ startsOn: e.target.value })}
        />
        <Field
          label={t('roles.endsOnOptional')}
          testId="role-assign-end"
          type="date"
          hint={t('roles.endsHint')}
          value={form.endsOn}
          problem={attempted && problem === 'roles.problem.end' ? t(problem) : null}
          onChange={(e) => update({ endsOn: e.target.value })}
        />
      </div>
      <ErrorMessage text={attempted && problem ? t(problem) : null} />
      <div className="actions">
        <button type="submit" className="button button-primary" data-testid="role-assign-submit" disabled={busy}>
          {t('roles.assign')}
        </button>
      </div>
    </form>
  );
}
