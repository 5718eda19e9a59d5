import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { AttachFileInput } from './AttachFileInput.js';
import { AttachmentRow } from './AttachmentRow.js';
import { AttachmentViewer } from './AttachmentViewer.js';
import { MinutesRefusal } from './MinutesRefusal.js';

/** The scanned signed paper copy, kept inside the encrypted workspace. */
export function Attachments({ folder }: { folder: string }) {
  const t = useT();
  const { attachments } = useMinutesStore(useShallow(minutesSelectors.attachments));
  return (
    <section className="panel" aria-labelledby="minutes-attachments-title">
      <h3 id="minutes-attachments-title">{t('minutes.attachments.title')}</h3>
      <p className="field-hint">{t('minutes.attachments.hint')}</p>
      {attachments.length === 0 ? (
        <p className="muted">{t('minutes.attachments.none')}</p>
      ) : (
        <ul className="minutes-attachments">
          {attachments.map((a) => (
            <AttachmentRow key={a.id} attachment={a} folder={folder} />
          ))}
        </ul>
      )}
      <MinutesRefusal action="attachment" />
      <AttachmentViewer />
      <AttachFileInput />
      <MinutesRefusal action="attach" />
    </section>
  );
}
