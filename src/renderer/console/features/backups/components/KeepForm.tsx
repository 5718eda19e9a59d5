import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../../../components/Field.js';
import { MAX_BACKUPS_KEPT } from '../../../../../shared/ipc/dto/backups.js';
import { useT } from '../../../../i18n/useT.js';
import { backupsSelectors } from '../selectors/backupsSelectors.js';
import { useBackupsStore } from '../store/backupsStore.js';

/** How many automatic and manual backups are kept: a setting of the Mesa, stored in the workspace. */
export function KeepForm({ keep }: { keep: number }) {
  const t = useT();
  const { setKeep } = useBackupsStore(useShallow(backupsSelectors.actions));
  const { busy } = useBackupsStore(useShallow(backupsSelectors.status));
  const [value, setValue] = useState(String(keep));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > MAX_BACKUPS_KEPT) {
      setProblem(t('backups.keep.problem', { max: MAX_BACKUPS_KEPT }));
      return;
    }
    setProblem(null);
    void setKeep(n);
  };
  return (
    <form className="inline-form" onSubmit={submit} noValidate>
      <Field
        label={t('backups.keep.label')}
        hint={t('backups.keep.hint')}
        testId="backups-keep"
        inputMode="numeric"
        value={value}
        problem={problem}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button button-secondary" data-testid="backups-keep-save" disabled={busy}>
        {t('backups.keep.save')}
      </button>
    </form>
  );
}
