import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { WORKSPACE_EXTENSION } from '../../../../../shared/domain/workspace.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { useT } from '../../../../i18n/useT.js';
import { workspaceSelectors } from '../selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../store/workspaceStore.js';
import { ClosedLayout } from './ClosedLayout.js';

/** A typed path: this transport has no file dialog. Whether the file opens is for unlock to say. */
export function OpenWorkspace() {
  const t = useT();
  const { chooseFile, showWelcome } = useWorkspaceStore(useShallow(workspaceSelectors.open));
  const [path, setPath] = useState('');
  const [attempted, setAttempted] = useState(false);
  const missing = attempted && !path.trim() ? t('open.problem.path') : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (path.trim()) chooseFile(path.trim());
  }

  return (
    <ClosedLayout testId="open-screen">
      <h1>{t('open.title')}</h1>
      <form className="form" noValidate onSubmit={submit}>
        <Field
          label={t('open.path')}
          testId="open-path"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          hint={t('open.pathHint', { extension: WORKSPACE_EXTENSION })}
          value={path}
          problem={missing}
          onChange={(e) => setPath(e.target.value)}
        />
        <ErrorMessage text={missing} />
        <div className="actions">
          <button type="submit" className="button button-primary" data-testid="open-submit">
            {t('open.submit')}
          </button>
          <button type="button" className="button button-secondary" onClick={showWelcome}>
            {t('open.cancel')}
          </button>
        </div>
      </form>
    </ClosedLayout>
  );
}
