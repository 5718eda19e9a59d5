import type { ComplianceReportDto } from '../../../../../shared/ipc/contract.js';
import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';

export function ComplianceTable({ report }: { report: ComplianceReportDto }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const pct = (value: number) => t('common.percent', { value: formatNumber(language, value) });
  const flagged = report.rows.filter((row) => row.flagged).length;

  return (
    <>
      <div className="facts">
        <p className="fact">
          <span className="fact-value" data-testid="compliance-threshold">
            {pct(report.thresholdPct)}
          </span>
          <span className="fact-label">{t('compliance.threshold')}</span>
        </p>
        <p className={flagged > 0 ? 'fact fact-danger' : 'fact'}>
          <span className="fact-value" data-testid="compliance-flagged-count">
            {flagged}
          </span>
          <span className="fact-label">{t('compliance.flaggedCount')}</span>
        </p>
      </div>
      {report.rows.length === 0 ? (
        <p className="empty">{t('compliance.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="compliance-table">
            <thead>
              <tr>
                <th scope="col">{t('compliance.col.name')}</th>
                <th scope="col" className="num">
                  {t('compliance.col.sessions')}
                </th>
                <th scope="col" className="num">
                  {t('compliance.col.unjustified')}
                </th>
                <th scope="col" className="num">
                  {t('compliance.col.pct')}
                </th>
                <th scope="col">{t('compliance.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => (
                <tr
                  key={row.personId}
                  data-testid="compliance-row"
                  data-flagged={row.flagged}
                  className={row.flagged ? 'row-flagged' : undefined}
                >
                  <th scope="row">{row.name}</th>
                  <td className="num">{row.sessions}</td>
                  <td className="num">{row.unjustified}</td>
                  <td className="num">{pct(row.unjustifiedPct)}</td>
                  <td>
                    {row.flagged ? (
                      <span className="badge badge-danger">{t('compliance.over')}</span>
                    ) : row.sessions === 0 ? (
                      <span className="muted">{t('compliance.noSessions')}</span>
                    ) : (
                      <span className="badge badge-ok">{t('compliance.within')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
