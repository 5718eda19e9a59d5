import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../../../components/Field.js';
import { PlaintextConfirm } from '../../../../components/PlaintextConfirm.js';
import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { groupedHash } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { MinutesRefusal } from './MinutesRefusal.js';

/** The acta as a DOCX to print and sign, written unencrypted once confirmed; its SHA-256 is logged so the file can be verified later. */
export function ExportDocx({ citizen }: { citizen: boolean }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { suggestedPath, exported, busy, exportDocx } = useMinutesStore(useShallow(minutesSelectors.exportDocx));
  const [path, setPath] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const chosen = path ?? suggestedPath;

  return (
    <section className="panel" aria-labelledby="minutes-export-title">
      <h3 id="minutes-export-title">{t('minutes.export.title')}</h3>
      <p className="field-hint">{t(citizen ? 'minutes.export.hintCitizen' : 'minutes.export.hint')}</p>
      <Field label={t('minutes.export.path')} testId="minutes-export-path" className="mono" value={chosen} onChange={(e) => setPath(e.target.value)} />
      <div className="actions">
        <button type="button" className="button button-primary" data-testid="minutes-export" disabled={busy || chosen.trim() === ''} onClick={() => setConfirming(true)}>
          {t('minutes.export.submit')}
        </button>
      </div>
      {confirming && (
        <PlaintextConfirm
          title={t(citizen ? 'plaintext.citizenMinutesTitle' : 'plaintext.minutesTitle')}
          acceptLabel={t('plaintext.accept')}
          path={chosen}
          busy={busy}
          onConfirm={() => {
            setConfirming(false);
            void exportDocx(chosen.trim());
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      <MinutesRefusal action="export" />
      {exported && (
        <div className="notice export-done" role="status" data-testid="minutes-export-done">
          <p>{t('minutes.export.done', { bytes: formatNumber(language, exported.bytes) })}</p>
          <dl className="facts-list">
            <div>
              <dt>{t('minutes.export.savedAt')}</dt>
              <dd className="mono hash">{exported.path}</dd>
            </div>
            <div>
              <dt>{t('minutes.export.sha256')}</dt>
              <dd className="mono minutes-hash" data-testid="minutes-export-sha">
                {groupedHash(exported.sha256)}
              </dd>
            </div>
          </dl>
        </div>
      )}
    </section>
  );
}
