import type { AgreementHistoryDto } from '../../../../../shared/ipc/contract.js';
import { formatDateTime } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { historyText } from '../agreementText.js';

/** Every write the audit log holds for the agreement: when, who and what — the log keeps no text. */
export function AgreementHistory({ history }: { history: readonly AgreementHistoryDto[] }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  return (
    <details className="history" open={history.length <= 8}>
      <summary>{t('agreements.detail.history', { count: history.length })}</summary>
      <p className="field-hint">{t('agreements.detail.historyHint')}</p>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('agreements.history.when')}</th>
              <th scope="col">{t('agreements.history.who')}</th>
              <th scope="col">{t('agreements.history.what')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((entry, index) => (
              <tr key={index} data-testid="agreement-history">
                <td>
                  <time dateTime={entry.at}>{formatDateTime(language, entry.at)}</time>
                </td>
                <td>{entry.actor}</td>
                <td>{historyText(t, entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
