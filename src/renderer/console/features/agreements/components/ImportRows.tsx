import type { AgreementsImportPreviewDto } from '../../../../../shared/ipc/contract.js';
import { useFormatDay } from '../../../../components/formatDay.js';
import { useT } from '../../../../i18n/useT.js';
import { importIssueText } from '../agreementText.js';

/** Every row of the file with its problems; a flagged row blocks the whole import. */
export function ImportRows({ preview }: { preview: AgreementsImportPreviewDto }) {
  const t = useT();
  const day = useFormatDay();
  return (
    <section className="stack" aria-labelledby="agreements-import-rows-title">
      <h3 id="agreements-import-rows-title">{t('agreementsImport.rowsTitle', { count: preview.rows.length })}</h3>
      <div className="table-wrap agr-import-rows">
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('agreementsImport.col.line')}
              </th>
              <th scope="col">{t('agreementsImport.col.code')}</th>
              <th scope="col">{t('agreementsImport.col.text')}</th>
              <th scope="col">{t('agreementsImport.col.session')}</th>
              <th scope="col">{t('agreementsImport.col.issues')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr
                key={row.line}
                data-testid="import-row"
                data-line={row.line}
                data-valid={row.issues.length === 0}
                className={row.issues.length ? 'row-flagged' : undefined}
              >
                <td className="num">{row.line}</td>
                <td className="mono agr-import-code">{row.code ?? <span className="muted">{t('agreements.none')}</span>}</td>
                <td className="agr-import-text">{row.text}</td>
                <td>{row.session ?? <span className="muted">{t('agreements.none')}</span>}</td>
                <td className="agr-import-issues">
                  {row.issues.length === 0 ? (
                    <span className="badge badge-ok">{t('agreementsImport.rowOk')}</span>
                  ) : (
                    <ul className="issues">
                      {row.issues.map((issue, index) => (
                        <li key={index} data-testid="import-issue" data-code={issue.code}>
                          {importIssueText(t, day, issue)}
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
