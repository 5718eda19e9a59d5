import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import type { MessageKey } from '../../../../i18n/translate.js';
import { useT } from '../../../../i18n/useT.js';
import { BackupsPanel } from '../../backups/components/BackupsPanel.js';
import { SecurityPanel } from '../../security/components/SecurityPanel.js';
import { shellSelectors } from '../selectors/shellSelectors.js';
import { useShellStore } from '../store/shellStore.js';

/** Which of main's table counts the summary shows, and under which label. */
const countedTables: { table: string; label: MessageKey }[] = [
  { table: 'people', label: 'summary.people' },
  { table: 'committees', label: 'summary.committees' },
  { table: 'sessions', label: 'summary.sessions' },
  { table: 'agreements', label: 'summary.agreements' },
];

export function Summary() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { info, error, loadInfo } = useShellStore(useShallow(shellSelectors.summary));
  useEffect(() => {
    void loadInfo();
  }, [loadInfo]);

  return (
    <section className="section" data-testid="section-resumen">
      <h1>{t('section.resumen')}</h1>
      <ErrorMessage text={error && errorText(t, error)} />
      {!info && !error && <p className="muted">{t('app.loading')}</p>}
      {info && (
        <>
          <div className="mesa-card">
            <h2 className="mesa-name" data-testid="mesa-name">
              {info.name}
            </h2>
            <dl className="mesa-facts">
              <div>
                <dt>{t('summary.municipality')}</dt>
                <dd>{info.municipality}</dd>
              </div>
              <div>
                <dt>{t('summary.population')}</dt>
                <dd>{t('summary.inhabitants', { count: formatNumber(language, info.population) })}</dd>
              </div>
            </dl>
          </div>
          <h2>{t('summary.countsTitle')}</h2>
          <ul className="counts">
            {countedTables.map(({ table, label }) => (
              <li key={table} className="count-tile" data-testid={`count-${table}`}>
                <span className="count-value">{formatNumber(language, info.counts[table] ?? 0)}</span>
                <span className="count-label">{t(label)}</span>
              </li>
            ))}
          </ul>
          <BackupsPanel />
          <SecurityPanel />
        </>
      )}
    </section>
  );
}
