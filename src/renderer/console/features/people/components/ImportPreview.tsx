import { useId } from 'react';
import type { PeopleImportPreviewDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { importIssueText } from '../importFormat.js';
import { kindLabels } from '../labels.js';

export function ImportPreview({ preview }: { preview: PeopleImportPreviewDto }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="stack" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('import.previewTitle')}</h3>
      <ul className="facts" data-testid="import-summary">
        <li className="fact">
          <span className="fact-value" data-testid="import-valid">
            {preview.validRows}
          </span>
          <span className="fact-label">{t('import.validRows')}</span>
        </li>
        <li className={preview.invalidRows > 0 ? 'fact fact-danger' : 'fact'}>
          <span className="fact-value" data-testid="import-invalid">
            {preview.invalidRows}
          </span>
          <span className="fact-label">{t('import.invalidRows')}</span>
        </li>
      </ul>
      {preview.invalidRows > 0 && (
        <p className="alert-soft" data-testid="import-blocked">
          {t('import.blocked', { count: preview.invalidRows })}
        </p>
      )}
      {preview.missingColumns.length > 0 && (
        <p data-testid="import-missing">
          {t('import.missingColumns', { columns: preview.missingColumns.join(', ') })}
        </p>
      )}
      {preview.ignoredColumns.length > 0 && (
        <p data-testid="import-ignored">
          {t('import.ignoredColumns', { columns: preview.ignoredColumns.join(', ') })}
        </p>
      )}
      {preview.rows.length === 0 ? (
        <p className="empty">{t('import.noRows')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('import.col.line')}</th>
                <th scope="col">{t('import.col.name')}</th>
                <th scope="col">{t('import.col.kind')}</th>
                <th scope="col">{t('import.col.issues')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) => (
                <tr
                  key={row.line}
                  data-testid="import-row"
                  data-valid={row.issues.length === 0}
                  className={row.issues.length ? 'row-flagged' : undefined}
                >
                  <td className="num">{row.line}</td>
                  <td>{row.fullName}</td>
                  <td>{row.kind ? t(kindLabels[row.kind]) : ''}</td>
                  <td>
                    {row.issues.length === 0 ? (
                      <span className="badge badge-ok">{t('import.rowOk')}</span>
                    ) : (
                      <ul className="issues">
                        {row.issues.map((issue, index) => (
                          <li key={index}>{importIssueText(t, issue)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
