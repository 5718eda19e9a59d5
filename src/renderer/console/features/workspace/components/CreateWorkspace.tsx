import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MIN_PASSPHRASE_LENGTH } from '../../../../../shared/domain/workspace.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { createFields, createFormProblems, parsePopulation, type CreateField, type CreateForm } from '../createForm.js';
import { workspaceSelectors } from '../selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../store/workspaceStore.js';
import { ClosedLayout } from './ClosedLayout.js';

const emptyForm: Omit<CreateForm, 'path'> = {
  name: '',
  municipality: '',
  population: '',
  passphrase: '',
  confirmation: '',
};

/** A confirmation is wrong as soon as it leaves the passphrase's track, not only when complete. */
function confirmationDiverged(form: CreateForm): boolean {
  const { passphrase, confirmation } = form;
  return confirmation !== '' && (confirmation.length >= passphrase.length || !passphrase.startsWith(confirmation));
}

export function CreateWorkspace() {
  const t = useT();
  const { suggestedPath, busy, error, suggestPath, create, showWelcome } = useWorkspaceStore(
    useShallow(workspaceSelectors.create),
  );
  const [fields, setFields] = useState(emptyForm);
  // The path follows the suggestion until the person types their own.
  const [ownPath, setOwnPath] = useState<string | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<CreateField>>(new Set());
  const [attempted, setAttempted] = useState(false);

  const form: CreateForm = { ...fields, path: ownPath ?? suggestedPath };
  const problems = createFormProblems(form);

  // Empty fields are flagged only after a submit; a value that is wrong shows once its field is left.
  function visibleProblem(field: CreateField): string | null {
    const key = problems[field];
    if (!key) return null;
    const shown =
      attempted ||
      (touched.has(field) && form[field] !== '') ||
      (field === 'confirmation' && confirmationDiverged(form));
    return shown ? t(key, { min: MIN_PASSPHRASE_LENGTH }) : null;
  }

  const firstProblem = attempted ? createFields.map((f) => problems[f]).find(Boolean) : undefined;
  const alert = firstProblem
    ? t(firstProblem, { min: MIN_PASSPHRASE_LENGTH })
    : error && errorText(t, error);

  function update(field: Exclude<CreateField, 'path'>, value: string) {
    setFields((current) => ({ ...current, [field]: value }));
    if (field === 'name' && ownPath === null) void suggestPath(value);
  }

  function leave(field: CreateField) {
    setTouched((current) => new Set(current).add(field));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const first = createFields.find((f) => problems[f]);
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    await create({
      name: form.name.trim(),
      municipality: form.municipality.trim(),
      population: parsePopulation(form.population)!,
      path: form.path.trim(),
      passphrase: form.passphrase,
    });
  }

  return (
    <ClosedLayout testId="create-screen">
      <h1>{t('create.title')}</h1>
      <p className="intro">{t('create.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          label={t('create.name')}
          testId="create-name"
          data-field="name"
          autoFocus
          autoComplete="off"
          value={form.name}
          problem={visibleProblem('name')}
          onChange={(e) => update('name', e.target.value)}
          onBlur={() => leave('name')}
        />
        <Field
          label={t('create.municipality')}
          testId="create-municipality"
          data-field="municipality"
          autoComplete="off"
          value={form.municipality}
          problem={visibleProblem('municipality')}
          onChange={(e) => update('municipality', e.target.value)}
          onBlur={() => leave('municipality')}
        />
        <Field
          label={t('create.population')}
          testId="create-population"
          data-field="population"
          inputMode="numeric"
          autoComplete="off"
          hint={t('create.populationHint')}
          value={form.population}
          problem={visibleProblem('population')}
          onChange={(e) => update('population', e.target.value)}
          onBlur={() => leave('population')}
        />
        <Field
          label={t('create.path')}
          testId="create-path"
          data-field="path"
          autoComplete="off"
          spellCheck={false}
          hint={t('create.pathHint')}
          value={form.path}
          problem={visibleProblem('path')}
          onChange={(e) => setOwnPath(e.target.value)}
          onBlur={() => leave('path')}
        />
        <Field
          label={t('create.passphrase')}
          testId="create-passphrase"
          data-field="passphrase"
          type="password"
          autoComplete="new-password"
          hint={t('create.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
          value={form.passphrase}
          problem={visibleProblem('passphrase')}
          onChange={(e) => update('passphrase', e.target.value)}
          onBlur={() => leave('passphrase')}
        />
        <Field
          label={t('create.passphraseConfirm')}
          testId="create-passphrase-confirm"
          data-field="confirmation"
          type="password"
          autoComplete="new-password"
          value={form.confirmation}
          problem={visibleProblem('confirmation')}
          onChange={(e) => update('confirmation', e.target.value)}
          onBlur={() => leave('confirmation')}
        />
        <ErrorMessage text={alert} />
        <div className="actions">
          <button type="submit" className="button button-primary" data-testid="create-submit" disabled={busy}>
            {busy ? t('create.submitting') : t('create.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={showWelcome} disabled={busy}>
            {t('create.cancel')}
          </button>
        </div>
      </form>
    </ClosedLayout>
  );
}
