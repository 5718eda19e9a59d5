import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { MAX_ATTACHMENT_BYTES } from '../../../../../shared/ipc/dto/minutes.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { formatBytes } from '../minutesText.js';
import { readAttachmentFile } from '../readAttachmentFile.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';

/** Chooses the scanned signed copy; a file over the limit is refused here, before anything is sent. */
export function AttachFileInput() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { busy, attach } = useMinutesStore(useShallow(minutesSelectors.attachments));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const inputId = useId();

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    setRefusal(null);
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setRefusal(t('minutes.attachments.tooLarge', { name: file.name, size: formatBytes(language, file.size), max: formatBytes(language, MAX_ATTACHMENT_BYTES) }));
      return;
    }
    setReading(true);
    try {
      const base64 = await readAttachmentFile(file);
      await attach({ filename: file.name, mime: file.type, base64 });
    } catch {
      setRefusal(t('minutes.attachments.unreadable', { name: file.name }));
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="minutes-attach">
      <p className="field-label">{t('minutes.attachments.choose')}</p>
      <p className="field-hint">{t('minutes.attachments.chooseHint', { max: formatBytes(language, MAX_ATTACHMENT_BYTES) })}</p>
      {/* The native control would speak the browser's language; a labelled button speaks the console's. */}
      <input
        id={inputId}
        type="file"
        className="visually-hidden minutes-attach-input"
        data-testid="minutes-attach-input"
        accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
        disabled={busy || reading}
        onChange={(e) => void choose(e.currentTarget)}
      />
      <label htmlFor={inputId} className={busy || reading ? 'button button-secondary minutes-attach-button is-disabled' : 'button button-secondary minutes-attach-button'}>
        {t('minutes.attachments.chooseButton')}
      </label>
      {reading && <p className="muted" role="status">{t('minutes.attachments.reading')}</p>}
      <ErrorMessage text={refusal} />
    </div>
  );
}
