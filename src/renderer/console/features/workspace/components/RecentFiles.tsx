import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatDateTime } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { workspaceSelectors } from '../selectors/workspaceSelectors.js';
import { useWorkspaceStore } from '../store/workspaceStore.js';

export function RecentFiles() {
  const t = useT();
  const headingId = useId();
  const language = useLanguageStore(languageSelectors.language);
  const { recent, chooseFile } = useWorkspaceStore(useShallow(workspaceSelectors.recentFiles));
  return (
    <section className="recent" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('welcome.recentTitle')}</h2>
      {recent.length === 0 ? (
        <p className="muted">{t('welcome.recentEmpty')}</p>
      ) : (
        <ul className="recent-list">
          {recent.map((file) => (
            <li key={file.path}>
              <button
                type="button"
                className="recent-file"
                data-testid="recent-file"
                onClick={() => chooseFile(file.path)}
              >
                <span className="recent-name">{file.name}</span>
                <span className="recent-path">{file.path}</span>
                <span className="recent-date">
                  {t('welcome.recentOpenedAt', { date: formatDateTime(language, file.openedAt) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
