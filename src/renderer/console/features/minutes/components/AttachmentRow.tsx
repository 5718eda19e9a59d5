import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MinutesAttachmentDto } from '../../../../../shared/ipc/contract.js';
import { Field } from '../../../../components/Field.js';
import { PlaintextConfirm } from '../../../../components/PlaintextConfirm.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { formatBytes, formatInstant, groupedHash } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';

/** One stored file: what it is, its fingerprint, and a way to see it or write it out again (unencrypted, once confirmed). */
export function AttachmentRow({ attachment, folder }: { attachment: MinutesAttachmentDto; folder: string }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { busy, exportAttachment, attachmentExported, view } = useMinutesStore(useShallow(minutesSelectors.attachments));
  const [path, setPath] = useState(`${folder}${attachment.filename}`);
  const [confirming, setConfirming] = useState(false);
  const exported = attachmentExported?.id === attachment.id ? attachmentExported : null;
  const id = attachment.id;

  return (
    <li className="minutes-attachment" data-testid="minutes-attachment">
      <div className="minutes-attachment-head">
        <span className="minutes-attachment-name">{attachment.filename}</span>
        <span className="muted">
          {t(attachment.kind === 'signed_minutes' ? 'minutes.attachments.kindSigned' : 'minutes.attachments.kindOther')} ·{' '}
          {formatBytes(language, attachment.size)} · {formatInstant(language, attachment.addedAt)}
        </span>
      </div>
      <p className="mono minutes-hash muted" title={attachment.sha256}>
        SHA-256 {groupedHash(attachment.sha256)}
      </p>
      <div className="minutes-attachment-actions">
        <button type="button" className="button button-small button-secondary" data-testid={`minutes-attachment-view-${id}`} disabled={busy} onClick={() => void view(id)}>
          {t('minutes.attachments.view')}
        </button>
        <Field
          label={t('minutes.attachments.exportPath')}
          testId={`minutes-attachment-path-${id}`}
          className="mono"
          value={path}
          onChange={(e) => setPath(e.target.value)}
        />
        <button
          type="button"
          className="button button-small button-secondary"
          data-testid={`minutes-attachment-export-${id}`}
          disabled={busy || path.trim() === ''}
          onClick={() => setConfirming(true)}
        >
          {t('minutes.attachments.export')}
        </button>
      </div>
      {confirming && (
        <PlaintextConfirm
          title={t('plaintext.attachmentTitle', { filename: attachment.filename })}
          acceptLabel={t('plaintext.accept')}
          path={path}
          busy={busy}
          onConfirm={() => {
            setConfirming(false);
            void exportAttachment(id, path.trim());
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
      {exported && (
        <p className="notice" role="status" data-testid={`minutes-attachment-exported-${id}`}>
          {t('minutes.attachments.exported', { path: exported.path })}
        </p>
      )}
    </li>
  );
}
