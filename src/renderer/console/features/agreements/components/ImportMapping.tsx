import type { AgreementSheetColumn, AgreementsImportPreviewDto } from '../../../../../shared/ipc/contract.js';
import { agreementSheetColumns } from '../../../../../shared/ipc/dto/agreements.js';
import { useT } from '../../../../i18n/useT.js';

const IGNORE = '';

/**
 * Each header as the file writes it and the column it was read as; changing one reads the file
 * again with that mapping (a sheet that says "Compromiso" for fecha_compromiso, "Quién" for responsables).
 */
export function ImportMapping({
  preview,
  mapping,
  onChange,
}: {
  preview: AgreementsImportPreviewDto;
  /** What the secretary chose: shown at once, before the preview read with it comes back. */
  mapping: Readonly<Record<string, AgreementSheetColumn | null>>;
  onChange(header: string, column: AgreementSheetColumn | null): void;
}) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="agreements-import-mapping-title">
      <h3 id="agreements-import-mapping-title">{t('agreementsImport.mappingTitle')}</h3>
      <p className="field-hint">{t('agreementsImport.mappingHint')}</p>
      <div className="table-wrap">
        <table className="table agr-mapping" data-testid="import-mapping">
          <thead>
            <tr>
              <th scope="col">{t('agreementsImport.mappingHeader')}</th>
              <th scope="col">{t('agreementsImport.mappingColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.header.map((header, index) => {
              const column = Object.hasOwn(mapping, header) ? (mapping[header] ?? null) : (preview.columns[index] ?? null);
              return (
                <tr key={index} className={column === null ? 'agr-mapping-ignored' : undefined}>
                  <th scope="row" className="mono">
                    {header || <span className="muted">{t('agreementsImport.blankHeader')}</span>}
                  </th>
                  <td>
                    <select
                      className="field-input field-select input-small"
                      data-testid={`import-mapping-${index}`}
                      aria-label={t('agreementsImport.mappingFor', { header: header || String(index + 1) })}
                      value={column ?? IGNORE}
                      onChange={(e) => onChange(header, e.target.value === IGNORE ? null : (e.target.value as AgreementSheetColumn))}
                    >
                      <option value={IGNORE}>{t('agreementsImport.ignore')}</option>
                      {agreementSheetColumns.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {preview.missingColumns.length > 0 && (
        <p className="field-hint" data-testid="import-missing-columns">
          {t('agreementsImport.missingColumns', { columns: preview.missingColumns.join(', ') })}
        </p>
      )}
    </section>
  );
}
