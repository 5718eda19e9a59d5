import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import type { AgreementsState } from '../store/agreementsStore.js';

/** Where the file went, how many agreements it holds and the start of its SHA-256 (the export log keeps it whole). */
export function ExportResult({ exported }: { exported: NonNullable<AgreementsState['exported']> }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  return (
    <div className="notice export-done" role="status" data-testid="matrix-export-done">
      <p>
        {t(exported.rows === 1 ? 'agreements.export.doneOne' : 'agreements.export.done', {
          count: formatNumber(language, exported.rows),
          format: exported.format.toUpperCase(),
        })}
      </p>
      <dl className="facts-list">
        <div>
          <dt>{t('agreements.export.savedAt')}</dt>
          <dd className="mono" data-testid="matrix-export-path-done">
            {exported.path}
          </dd>
        </div>
        <div>
          <dt>{t('agreements.export.sha256')}</dt>
          <dd className="mono" data-testid="matrix-export-sha" title={exported.sha256}>
            {exported.sha256.slice(0, 12)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
