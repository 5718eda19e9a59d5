import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText, unitLabels } from '../indicatorText.js';
import { indicatorsSelectors } from '../selectors/indicatorsSelectors.js';
import { useIndicatorsStore } from '../store/indicatorsStore.js';
import { IndicatorsCsvInput } from './IndicatorsCsvInput.js';
import { IndicatorsImportResult } from './IndicatorsImportResult.js';
import { IndicatorsImportRows } from './IndicatorsImportRows.js';

/**
 * Monthly figures from a CSV (`indicador,unidad,periodo,valor,fuente`): the preview says what
 * each row would write and what is wrong with it; nothing is written until every row is right.
 */
export function IndicatorsImport() {
  const t = useT();
  const { importFileName, importPreview: preview, importBusy: busy, importError, importResult, chooseImportFile, applyImport, clearImport } = useIndicatorsStore(
    useShallow(indicatorsSelectors.importer),
  );
  const canApply = preview !== null && preview.invalidRows === 0 && preview.validRows > 0 && !busy;

  return (
    <div className="stack" data-testid="indicators-import">
      <h2>{t('indicatorsImport.title')}</h2>
      <p className="intro">{t('indicatorsImport.intro')}</p>
      <pre className="indicators-csv-example">{'indicador,unidad,periodo,valor,fuente\nHomicidio doloso,tasa_100k,2025-11,6,Fiscalía\nRobo de vehículo,casos,2025-11,21,Fiscalía'}</pre>
      <IndicatorsCsvInput onChoose={(name, csv) => void chooseImportFile(name, csv)} />
      {importFileName && (
        <div className="agr-import-file">
          <p data-testid="indicators-import-chosen">
            {t('indicatorsImport.chosen', { name: importFileName })}
            {preview && ` · ${t('indicatorsImport.delimiter', { delimiter: preview.delimiter })}`}
          </p>
          <button type="button" className="link-button" data-testid="indicators-import-clear" onClick={clearImport}>
            {t('indicatorsImport.clear')}
          </button>
        </div>
      )}
      {busy && <p className="muted">{t('indicatorsImport.reading')}</p>}
      <ErrorMessage text={importError && refusalText(t, importError)} />
      {importResult && <IndicatorsImportResult result={importResult} />}
      {preview && (
        <>
          <ul className="facts" data-testid="indicators-import-summary">
            <li className="fact">
              <span className="fact-value" data-testid="indicators-import-valid">
                {preview.validRows}
              </span>
              <span className="fact-label">{t('indicatorsImport.validRows')}</span>
            </li>
            <li className={preview.invalidRows > 0 ? 'fact fact-danger' : 'fact'}>
              <span className="fact-value" data-testid="indicators-import-invalid">
                {preview.invalidRows}
              </span>
              <span className="fact-label">{t('indicatorsImport.invalidRows')}</span>
            </li>
            <li className="fact">
              <span className="fact-value" data-testid="indicators-import-replaced">
                {preview.replaced}
              </span>
              <span className="fact-label">{t('indicatorsImport.replaced')}</span>
            </li>
          </ul>
          {preview.missingColumns.length > 0 && (
            <p className="alert-soft" data-testid="indicators-import-missing">
              {t('indicatorsImport.missingColumns', { columns: preview.missingColumns.join(', ') })}
            </p>
          )}
          {preview.ignoredColumns.length > 0 && <p className="muted">{t('indicatorsImport.ignoredColumns', { columns: preview.ignoredColumns.join(', ') })}</p>}
          {preview.newIndicators.length > 0 && (
            <div className="stack">
              <h3>{t('indicatorsImport.newTitle')}</h3>
              <ul data-testid="indicators-import-new">
                {preview.newIndicators.map((n) => (
                  <li key={n.name}>
                    <strong>{n.name}</strong> · {n.unit ? t(unitLabels[n.unit]) : t('indicatorsImport.noUnit')} · {t('indicatorsImport.lines', { lines: n.lines.join(', ') })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {preview.invalidRows > 0 && (
            <p className="alert-soft" data-testid="indicators-import-blocked">
              {t('indicatorsImport.blocked', { count: preview.invalidRows })}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button button-primary" data-testid="indicators-import-apply" disabled={!canApply} onClick={() => void applyImport()}>
              {t('indicatorsImport.apply', { count: preview.validRows })}
            </button>
          </div>
          <IndicatorsImportRows preview={preview} />
        </>
      )}
    </div>
  );
}
