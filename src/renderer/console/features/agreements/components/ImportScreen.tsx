import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../agreementText.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { ImportCreations } from './ImportCreations.js';
import { ImportFileInput } from './ImportFileInput.js';
import { ImportHelp } from './ImportHelp.js';
import { ImportMapping } from './ImportMapping.js';
import { ImportResultNotice } from './ImportResultNotice.js';
import { ImportRows } from './ImportRows.js';

/**
 * The spreadsheet the Mesa keeps today, into the matrix: choose the file, check the preview
 * (columns, rows, what would be created), then write every row or none. Nothing is written
 * before "Importar".
 */
export function ImportScreen() {
  const t = useT();
  const {
    importFile,
    importPreview: preview,
    importBusy: busy,
    importCreateMissing,
    importMapping,
    importError,
    importResult,
    chooseImportFile,
    setImportMapping,
    setImportCreateMissing,
    applyImport,
    clearImport,
  } = useAgreementsStore(useShallow(agreementsSelectors.importer));
  const canApply = preview !== null && preview.invalidRows === 0 && preview.validRows > 0 && !busy;

  return (
    <div className="stack" data-testid="agreements-import">
      <h2>{t('agreementsImport.title')}</h2>
      <p className="intro">{t('agreementsImport.intro')}</p>
      <ImportHelp />
      <ImportFileInput onChoose={(name, sheet) => void chooseImportFile(name, sheet)} />
      {importFile && (
        <div className="agr-import-file">
          <p data-testid="agreements-import-chosen">
            {t('agreementsImport.chosen', { name: importFile.name })}
            {preview && ` · ${preview.delimiter ? t('agreementsImport.csvWith', { delimiter: preview.delimiter }) : t('agreementsImport.xlsx')}`}
          </p>
          <button type="button" className="link-button" data-testid="agreements-import-clear" onClick={clearImport}>
            {t('agreementsImport.clear')}
          </button>
        </div>
      )}
      {busy && <p className="muted">{t('agreementsImport.reading')}</p>}
      <ErrorMessage text={importError && refusalText(t, importError, 'agreementsImport.refused')} />
      {importResult && <ImportResultNotice result={importResult} />}
      {preview && (
        <>
          <ul className="facts" data-testid="import-summary">
            <li className="fact">
              <span className="fact-value" data-testid="import-valid">
                {preview.validRows}
              </span>
              <span className="fact-label">{t('agreementsImport.validRows')}</span>
            </li>
            <li className={preview.invalidRows > 0 ? 'fact fact-danger' : 'fact'}>
              <span className="fact-value" data-testid="import-invalid">
                {preview.invalidRows}
              </span>
              <span className="fact-label">{t('agreementsImport.invalidRows')}</span>
            </li>
            <li className="fact">
              <span className="fact-value">{preview.followUps}</span>
              <span className="fact-label">{t('agreementsImport.followUps')}</span>
            </li>
          </ul>
          {preview.invalidRows > 0 && (
            <p className="alert-soft" data-testid="import-blocked">
              {t('agreementsImport.blocked', { count: preview.invalidRows })}
            </p>
          )}
          <div className="actions">
            <button type="button" className="button button-primary" data-testid="import-apply" disabled={!canApply} onClick={() => void applyImport()}>
              {preview.validRows === 0
                ? t('agreementsImport.applyNone')
                : preview.validRows === 1
                  ? t('agreementsImport.applyOne')
                  : t('agreementsImport.apply', { count: preview.validRows })}
            </button>
          </div>
          <ImportMapping preview={preview} mapping={importMapping} onChange={(header, column) => void setImportMapping(header, column)} />
          <ImportCreations preview={preview} createMissing={importCreateMissing} onCreateMissing={(on) => void setImportCreateMissing(on)} />
          <ImportRows preview={preview} />
        </>
      )}
    </div>
  );
}
