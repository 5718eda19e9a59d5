import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ExportVerificationDto } from '../../../../../shared/ipc/contract.js';
import { Field } from '../../../../components/Field.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { exportKindText, formatInstant, groupedHash } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { MinutesRefusal } from './MinutesRefusal.js';

function VerificationResult({ result }: { result: ExportVerificationDto }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  if (!result.match) {
    return (
      <div className="alert-soft" role="status" data-testid="minutes-verify-result" data-match="false">
        <p>{t('minutes.verify.noMatch')}</p>
        <p className="mono minutes-hash">SHA-256 {groupedHash(result.sha256)}</p>
      </div>
    );
  }
  return (
    <div className="notice" role="status" data-testid="minutes-verify-result" data-match="true">
      <p>
        {t('minutes.verify.match', {
          kind: exportKindText(t, result.kind),
          filename: result.filename,
          at: formatInstant(language, result.exportedAt),
        })}
      </p>
      <p>{result.sessionTitle ? t('minutes.verify.session', { session: result.sessionTitle }) : t('minutes.verify.noSession')}</p>
      <p className="mono minutes-hash">SHA-256 {groupedHash(result.sha256)}</p>
    </div>
  );
}

/** Is this file exactly one Plenaria exported? Compares its SHA-256 with the export log. */
export function VerifyFile() {
  const t = useT();
  const { verification, busy, verifyFile } = useMinutesStore(useShallow(minutesSelectors.verify));
  const [path, setPath] = useState('');
  return (
    <section className="panel" aria-labelledby="minutes-verify-title">
      <h3 id="minutes-verify-title">{t('minutes.verify.title')}</h3>
      <p className="field-hint">{t('minutes.verify.hint')}</p>
      <Field label={t('minutes.verify.path')} testId="minutes-verify-path" className="mono" value={path} onChange={(e) => setPath(e.target.value)} />
      <div className="actions">
        <button type="button" className="button button-secondary" data-testid="minutes-verify" disabled={busy || path.trim() === ''} onClick={() => void verifyFile(path.trim())}>
          {t('minutes.verify.submit')}
        </button>
      </div>
      <MinutesRefusal action="verify" />
      {verification && <VerificationResult result={verification} />}
    </section>
  );
}
