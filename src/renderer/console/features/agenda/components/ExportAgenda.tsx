import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Language } from '../../../../../shared/ipc/contract.js';
import { Field } from '../../../../components/Field.js';
import { PlaintextConfirm } from '../../../../components/PlaintextConfirm.js';
import { SelectField } from '../../../../components/SelectField.js';
import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { agendaSelectors } from '../selectors/agendaSelectors.js';
import { useAgendaStore } from '../store/agendaStore.js';

/** The orden del día as DOCX: plenary-visible content only, decided in main; written unencrypted once confirmed. */
export function ExportAgenda() {
  const t = useT();
  const uiLanguage = useLanguageStore(languageSelectors.language);
  const { suggestedPath, exported, busy, exportAgenda } = useAgendaStore(useShallow(agendaSelectors.export));
  const [path, setPath] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('es');
  const [confirming, setConfirming] = useState(false);
  const chosenPath = path ?? suggestedPath;

  return (
    <section className="panel" aria-labelledby="agenda-export-title">
      <h3 id="agenda-export-title">{t('agendaExport.title')}</h3>
      <p className="field-hint">{t('agendaExport.hint')}</p>
      <div className="form-grid export-grid">
        <Field
          label={t('agendaExport.path')}
          testId="agenda-export-path"
          className="mono"
          value={chosenPath}
          onChange={(e) => setPath(e.target.value)}
        />
        <SelectField
          label={t('agendaExport.language')}
          testId="agenda-export-language"
          value={language}
          options={[
            { value: 'es', label: t('language.es') },
            { value: 'en', label: t('language.en') },
          ]}
          onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'es')}
        />
      </div>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="agenda-export"
          disabled={busy || !chosenPath.trim()}
          onClick={() => setConfirming(true)}
        >
          {t('agendaExport.submit')}
        </button>
      </div>
      {confirming && (
        <PlaintextConfirm
          title={t('plaintext.agendaTitle')}
          acceptLabel={t('plaintext.accept')}
          path={chosenPath}
          busy={busy}
          onConfirm={() => {
            setConfirming(false);
            void exportAgenda(chosenPath.trim(), language);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      {exported && (
        <div className="notice export-done" role="status" data-testid="agenda-export-done">
          <p>{t('agendaExport.done', { bytes: formatNumber(uiLanguage, exported.bytes) })}</p>
          <dl className="facts-list">
            <div>
              <dt>{t('agendaExport.savedAt')}</dt>
              <dd className="mono">{exported.path}</dd>
            </div>
            <div>
              <dt>{t('agendaExport.sha256')}</dt>
              <dd className="mono hash">{exported.sha256}</dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
