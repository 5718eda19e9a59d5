import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Language } from '../../../../../shared/ipc/contract.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { PlaintextConfirm as ConfirmDialog } from '../../../../components/PlaintextConfirm.js';
import { SelectField } from '../../../../components/SelectField.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../agreementText.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { ExportResult } from './ExportResult.js';
import { PlaintextConfirm } from './PlaintextConfirm.js';

/**
 * The filtered matrix as a file: a DOCX table (by default without anything citizen-only, ready
 * for the plenary), or a spreadsheet copy; either leaves the encrypted workspace, so only after a confirmation.
 */
export function ExportPanel({ onClose }: { onClose(): void }) {
  const t = useT();
  const uiLanguage = useLanguageStore(languageSelectors.language);
  const { suggestedPaths, exported, exportError, busy, suggestPath, exportDocx, dismissExported } = useAgreementsStore(
    useShallow(agreementsSelectors.export),
  );
  const [path, setPath] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [plenaryOnly, setPlenaryOnly] = useState(true);
  const [confirming, setConfirming] = useState<'docx' | 'csv' | 'xlsx' | null>(null);
  const chosen = path ?? suggestedPaths.docx ?? '';

  useEffect(() => {
    void suggestPath('docx');
    return dismissExported;
  }, [suggestPath, dismissExported]);

  return (
    <section className="panel matrix-export" aria-labelledby="matrix-export-title" data-testid="matrix-export">
      <div className="toolbar">
        <h2 id="matrix-export-title" className="toolbar-title">
          {t('agreements.export.title')}
        </h2>
        <button type="button" className="link-button" data-testid="matrix-export-close" onClick={onClose}>
          {t('agreements.export.close')}
        </button>
      </div>
      <p className="field-hint">{t('agreements.export.filtered')}</p>
      <div className="matrix-export-grid">
        <div className="matrix-export-docx">
          <h3>{t('agreements.export.docxTitle')}</h3>
          <Field
            label={t('agreements.export.path')}
            testId="matrix-export-path"
            className="mono"
            value={chosen}
            onChange={(e) => setPath(e.target.value)}
          />
          <SelectField
            label={t('agreements.export.language')}
            testId="matrix-export-language"
            value={language}
            options={[
              { value: 'es', label: t('language.es') },
              { value: 'en', label: t('language.en') },
            ]}
            onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'es')}
          />
          <label className="check">
            <input
              type="checkbox"
              data-testid="matrix-export-plenary-only"
              checked={plenaryOnly}
              onChange={(e) => setPlenaryOnly(e.target.checked)}
            />
            {t('agreements.export.plenaryOnly')}
          </label>
          {!plenaryOnly && <p className="alert-soft">{t('agreements.export.includesCitizen')}</p>}
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              data-testid="matrix-export-docx"
              disabled={busy || !chosen.trim()}
              onClick={() => setConfirming('docx')}
            >
              {t('agreements.export.docx')}
            </button>
          </div>
        </div>
        <div className="matrix-export-plain">
          <h3>{t('agreements.export.plainTitle')}</h3>
          <p>{t('agreements.export.plainHint')}</p>
          <div className="actions">
            <button type="button" className="button button-secondary" data-testid="matrix-export-csv" disabled={busy} onClick={() => setConfirming('csv')}>
              {t('agreements.export.csv')}
            </button>
            <button type="button" className="button button-secondary" data-testid="matrix-export-xlsx" disabled={busy} onClick={() => setConfirming('xlsx')}>
              {t('agreements.export.xlsx')}
            </button>
          </div>
        </div>
      </div>
      <ErrorMessage text={!confirming && exportError ? refusalText(t, exportError, 'agreements.export.refused') : null} />
      {exported && <ExportResult exported={exported} />}
      {confirming === 'docx' && (
        <ConfirmDialog
          title={t('agreements.plaintext.title', { format: 'DOCX' })}
          acceptLabel={t('agreements.plaintext.accept', { format: 'DOCX' })}
          path={chosen}
          busy={busy}
          onConfirm={() => {
            setConfirming(null);
            void exportDocx({ path: chosen.trim(), language, plenaryOnly });
          }}
          onCancel={() => setConfirming(null)}
        >
          {!plenaryOnly && <p className="alert-soft">{t('agreements.export.includesCitizen')}</p>}
        </ConfirmDialog>
      )}
      {(confirming === 'csv' || confirming === 'xlsx') && <PlaintextConfirm format={confirming} onClose={() => setConfirming(null)} />}
    </section>
  );
}
