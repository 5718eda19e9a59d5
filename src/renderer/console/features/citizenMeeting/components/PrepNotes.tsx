import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { citizenMeetingSelectors } from '../selectors/citizenMeetingSelectors.js';
import { useCitizenMeetingStore } from '../store/citizenMeetingStore.js';
import { PrepNote } from './PrepNote.js';

export function PrepNotes() {
  const t = useT();
  const { agenda, notes } = useCitizenMeetingStore(useShallow(citizenMeetingSelectors.agenda));
  if (!agenda || !notes) return null;
  return (
    <section className="citizen-section" aria-labelledby="citizen-agenda-title">
      <h3 id="citizen-agenda-title">{t('citizen.agendaTitle')}</h3>
      <p className="field-hint">{t('citizen.agendaHint')}</p>
      {agenda.length === 0 ? (
        <p className="empty">{t('citizen.agendaEmpty')}</p>
      ) : (
        <ol className="prep-list">
          {agenda.map((item) => (
            <PrepNote key={item.id} item={item} saved={notes[item.id] ?? ''} />
          ))}
        </ol>
      )}
    </section>
  );
}
