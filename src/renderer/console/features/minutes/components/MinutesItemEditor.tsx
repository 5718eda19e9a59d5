import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { MinutesItemDto } from '../../../../../shared/ipc/contract.js';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useT } from '../../../../i18n/useT.js';
import { minutesRefusalText } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';

/**
 * What the acta says about one item: the secretary's text, or the notes taken live when there
 * is none. Saving an empty box goes back to the notes. Keyed by the saved text, so a save
 * starts it again from what main kept.
 */
export function MinutesItemEditor({ item, editable }: { item: MinutesItemDto; editable: boolean }) {
  const t = useT();
  const { busy, setItemText } = useMinutesStore(useShallow(minutesSelectors.itemText));
  const error = useMinutesStore(minutesSelectors.errorOf('item'));
  const saved = item.text ?? item.notes;
  const [body, setBody] = useState(saved);
  const [failed, setFailed] = useState(false);
  const dirty = body !== saved;

  async function save() {
    setFailed(!(await setItemText(item.itemId, body)));
  }

  const state = dirty ? t('minutes.item.unsaved') : item.text !== null ? t('minutes.item.ownText') : t('minutes.item.fromNotes');
  return (
    <li className="minutes-item" data-testid="minutes-item">
      <div className="minutes-item-head">
        <span className="agenda-position">{item.position}</span>
        <span className="agenda-title">{item.title}</span>
      </div>
      <TextAreaField
        label={t('minutes.item.label')}
        testId={`minutes-item-${item.itemId}`}
        rows={4}
        value={body}
        readOnly={!editable}
        onChange={(e) => setBody(e.target.value)}
      />
      {editable && (
        <div className="inline-form">
          <button
            type="button"
            className="button button-small button-secondary"
            data-testid={`minutes-item-save-${item.itemId}`}
            disabled={busy || !dirty}
            onClick={() => void save()}
          >
            {t('minutes.item.save')}
          </button>
          <span className={dirty ? 'minutes-item-state minutes-item-dirty' : 'minutes-item-state muted'} role="status" data-testid={`minutes-item-state-${item.itemId}`}>
            {state}
          </span>
        </div>
      )}
      {!editable && item.text !== null && <p className="muted">{t('minutes.item.ownText')}</p>}
      <ErrorMessage text={failed && error ? minutesRefusalText(t, error) : null} />
    </li>
  );
}
