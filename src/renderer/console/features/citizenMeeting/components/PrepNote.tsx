import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AgendaItemDto } from '../../../../../shared/ipc/contract.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useT } from '../../../../i18n/useT.js';
import { clock } from '../../agenda/agendaText.js';
import { citizenMeetingSelectors } from '../selectors/citizenMeetingSelectors.js';
import { useCitizenMeetingStore } from '../store/citizenMeetingStore.js';

/** One plenary item, read-only, with the citizens' own note on it; saved on leaving the box or by the button. */
export function PrepNote({ item, saved }: { item: AgendaItemDto; saved: string }) {
  const t = useT();
  const { busy, setNote } = useCitizenMeetingStore(useShallow(citizenMeetingSelectors.note));
  const [body, setBody] = useState(saved);
  const [justSaved, setJustSaved] = useState(false);
  const dirty = body !== saved;

  async function save() {
    if (!dirty) return;
    if (await setNote(item.id, body)) setJustSaved(true);
  }

  return (
    <li className="prep-item" data-testid="prep-item">
      <div className="prep-item-head">
        <span className="agenda-position">{item.position}</span>
        <span className="agenda-time">
          {clock(item.startsAt)}–{clock(item.endsAt)}
        </span>
        <span className="agenda-title">{item.title}</span>
      </div>
      <TextAreaField
        label={t('citizen.noteLabel')}
        testId="prep-note"
        className="citizen-textarea"
        rows={2}
        value={body}
        onChange={(e) => {
          setBody(e.target.value);
          setJustSaved(false);
        }}
        onBlur={() => void save()}
      />
      <div className="inline-form">
        <button
          type="button"
          className="button button-small button-secondary"
          data-testid="prep-note-save"
          disabled={busy || !dirty}
          onClick={() => void save()}
        >
          {t('citizen.noteSave')}
        </button>
        <span className="muted" role="status" data-testid="prep-note-state">
          {dirty ? t('citizen.noteUnsaved') : justSaved ? t('citizen.noteSaved') : ''}
        </span>
      </div>
    </li>
  );
}
