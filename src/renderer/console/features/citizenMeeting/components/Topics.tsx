import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { citizenMeetingSelectors } from '../selectors/citizenMeetingSelectors.js';
import { useCitizenMeetingStore } from '../store/citizenMeetingStore.js';
import { TopicForm } from './TopicForm.js';
import { TopicRow } from './TopicRow.js';

export function Topics() {
  const t = useT();
  const { topics, busy, addTopic } = useCitizenMeetingStore(useShallow(citizenMeetingSelectors.topics));
  if (!topics) return null;
  return (
    <section className="citizen-section" aria-labelledby="citizen-topics-title">
      <h3 id="citizen-topics-title">{t('citizen.topicsTitle')}</h3>
      <p className="field-hint">{t('citizen.topicsHint')}</p>
      {topics.length === 0 ? (
        <p className="empty">{t('citizen.topicsEmpty')}</p>
      ) : (
        <ul className="topic-list">
          {topics.map((topic) => (
            <TopicRow key={topic.id} topic={topic} />
          ))}
        </ul>
      )}
      <div className="panel">
        <h4 className="panel-subtitle">{t('citizen.topicNew')}</h4>
        <TopicForm testPrefix="topic-new" busy={busy} onSave={addTopic} />
      </div>
    </section>
  );
}
