import { useShallow } from 'zustand/react/shallow';
import type { AppError } from '../../../../../shared/ipc/result.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Notice } from '../../../../components/Notice.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { peopleSelectors } from '../selectors/peopleSelectors.js';
import { usePeopleStore } from '../store/peopleStore.js';
import { ImportFile } from './ImportFile.js';
import { ImportHelp } from './ImportHelp.js';
import { ImportPreview } from './ImportPreview.js';

/** Importar: paste or choose a CSV, check every row, then write all of them or none. */
export function ImportTab() {
  const t = useT();
  const { importText, preview, importBusy, importError, imported, setImportText, previewImport, applyImport } =
    usePeopleStore(useShallow(peopleSelectors.importer));
  // A refused file (no header, missing required columns) is explained by main's own sentence.
  const importErrorText = (error: AppError) =>
    error.code === 'invalid_argument' ? t('import.fileRefused', { detail: error.message }) : errorText(t, error);
  const canApply = preview !== null && preview.invalidRows === 0 && preview.validRows > 0 && !importBusy;

  return (
    <div className="stack">
      <h2>{t('import.title')}</h2>
      <p className="intro">{t('import.intro')}</p>
      <ImportHelp />
      <ImportFile onText={setImportText} />
      <TextAreaField
        label={t('import.text')}
        testId="import-text"
        hint={t('import.textHint')}
        rows={8}
        spellCheck={false}
        className="mono"
        value={importText}
        onChange={(e) => setImportText(e.target.value)}
      />
      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          data-testid="import-preview"
          disabled={importBusy || !importText.trim()}
          onClick={() => void previewImport()}
        >
          {t('import.preview')}
        </button>
        {preview && (
          <button
            type="button"
            className="button button-primary"
            data-testid="import-apply"
            disabled={!canApply}
            onClick={() => void applyImport()}
          >
            {preview.validRows === 0
              ? t('import.applyNone')
              : preview.validRows === 1
                ? t('import.applyOne')
                : t('import.apply', { count: preview.validRows })}
          </button>
        )}
      </div>
      <ErrorMessage text={importError && importErrorText(importError)} />
      <Notice testId="import-result" text={imported === null ? null : t('import.done', { count: imported })} />
      {preview && <ImportPreview preview={preview} />}
    </div>
  );
}
