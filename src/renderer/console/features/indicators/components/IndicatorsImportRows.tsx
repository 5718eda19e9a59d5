import type { IndicatorsImportPreviewDto } from '../../../../../shared/ipc/dto/indicators.js';
import { monthLabel } from '../../../../../shared/domain/indicators.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { unitLabels } from '../indicatorText.js';

/** Every row of the file with what it writes and its problems (main's Spanish sentences, column first). */
export function IndicatorsImportRows({ preview }: { preview: IndicatorsImportPreviewDto }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const none = <span className="muted">{t('indicators.none')}</span>;
  return (
    <section className="stack" aria-labelledby="indicators-import-rows-title">
      <h3 id="indicators-import-rows-title">{t('indicatorsImport.rowsTitle', { count: preview.rows.length })}</h3>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('indicatorsImport.col.line')}
              </th>
              <th scope="col">{t('indicatorsImport.col.indicator')}</th>
              <th scope="col">{t('indicatorsImport.col.unit')}</th>
              <th scope="col">{t('indicatorsImport.col.period')}</th>
              <th scope="col" className="num">
                {t('indicatorsImport.col.cases')}
              </th>
              <th scope="col">{t('indicatorsImport.col.issues')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr
                key={row.line}
                data-testid="indicators-import-row"
                data-line={row.line}
                data-valid={row.issues.length === 0}
                className={row.issues.length ? 'row-flagged' : undefined}
              >
                <td className="num">{row.line}</td>
                <td>
                  {row.indicator || none}
                  {row.newIndicator && <span className="badge badge-info badge-spaced">{t('indicatorsImport.newBadge')}</span>}
                </td>
                <td>{row.unit ? t(unitLabels[row.unit]) : none}</td>
                <td>{row.period ? monthLabel(row.period, language) : none}</td>
                <td className="num">
                  {row.cases ?? none}
                  {row.replaces !== null && row.cases !== null && <span className="muted"> {t('indicatorsImport.replaces', { value: row.replaces })}</span>}
                </td>
                <td>
                  {row.issues.length === 0 ? (
                    <span className="badge badge-ok">{t('indicatorsImport.rowOk')}</span>
                  ) : (
                    <ul className="issues">
                      {row.issues.map((issue, index) => (
                        <li key={index} data-testid="indicators-import-issue" data-code={issue.code}>
                          {issue.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
