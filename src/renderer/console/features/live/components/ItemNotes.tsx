import { useShallow } from 'zustand/react/shallow';
import type { LiveItemDto } from '../../../../../shared/ipc/contract.js';
import { FieldFrame } from '../../../../components/FieldFrame.js';
import { useT } from '../../../../i18n/useT.js';
import { liveSelectors } from '../selectors/liveSelectors.js';
import { useLiveStore } from '../store/liveStore.js';

/** What was reported under the item, for the minutes: saved while typing, on leaving the field and before moving on. */
export function ItemNotes({ item }: { item: LiveItemDto }) {
  const t = useT();
  const { notes, editNotes, flushNotes } = useLiveStore(useShallow(liveSelectors.notes));
  const pending = notes[item.id];
  return (
    <div className="live-notes">
      <FieldFrame label={t('live.notes')} hint={t('live.notesHint')}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            className="field-input field-textarea live-notes-input"
            data-testid="item-notes"
            aria-describedby={describedBy}
            maxLength={50_000}
            value={pending ?? item.notes}
            onChange={(e) => editNotes(item.id, e.target.value)}
            onBlur={flushNotes}
          />
        )}
      </FieldFrame>
      <p className="live-save-state" data-testid="item-notes-state" aria-live="polite">
        {pending === undefined ? t('live.notesSaved') : t('common.saving')}
      </p>
    </div>
  );
}
