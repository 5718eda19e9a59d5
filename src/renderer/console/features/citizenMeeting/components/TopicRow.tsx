import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CitizenTopicDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { citizenMeetingSelectors } from '../selectors/citizenMeetingSelectors.js';
import { useCitizenMeetingStore } from '../store/citizenMeetingStore.js';
import { TopicForm } from './TopicForm.js';

const DEFAULT_MINUTES = '10';

/** A proposed topic; once promoted only its title is on the plenary agenda, and it stays as it was here. */
export function TopicRow({ topic }: { topic: CitizenTopicDto }) {
  const t = useT();
  const { busy, updateTopic, removeTopic, promoteTopic, plenaryEditable } = useCitizenMeetingStore(
    useShallow(citizenMeetingSelectors.topic),
  );
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [minutes, setMinutes] = useState(DEFAULT_MINUTES);
  const validMinutes = /^\d+$/.test(minutes) && Number(minutes) >= 1 && Number(minutes) <= 240;
  const promoted = topic.promotedItemId !== null;

  if (editing) {
    return (
      <li className="topic-row" data-testid="topic-row">
        <TopicForm
          testPrefix="topic-edit"
          initial={topic}
          busy={busy}
          onSave={async (input) => {
            const saved = await updateTopic(topic.id, input);
            if (saved) setEditing(false);
            return saved;
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className={promoted ? 'topic-row topic-promoted' : 'topic-row'} data-testid="topic-row" data-promoted={promoted}>
      <div className="topic-head">
        <span className="topic-title">{topic.title}</span>
        {topic.isGeneralMatter && <span className="badge badge-info">{t('citizen.generalBadge')}</span>}
        {promoted && (
          <span className="badge badge-ok" data-testid="topic-promoted">
            {t('citizen.promotedBadge')}
          </span>
        )}
      </div>
      {topic.body && (
        <p className="topic-body">
          <span className="citizen-inline-tag">{t('citizen.onlyBadge')}</span> {topic.body}
        </p>
      )}
      {promoted ? (
        <p className="field-hint" data-testid="topic-promoted-note">
          {t('citizen.promotedNote')}
        </p>
      ) : (
        <div className="topic-actions">
          {plenaryEditable && (
            <div className="inline-form">
              <label className="inline-label">
                {t('citizen.promoteMinutes')}
                <input
                  className="field-input input-small input-number"
                  inputMode="numeric"
                  data-testid="topic-promote-minutes"
                  value={minutes}
                  aria-invalid={validMinutes ? undefined : true}
                  onChange={(e) => setMinutes(e.target.value)}
                />
              </label>
              <button
                type="button"
                className="button button-small button-primary"
                data-testid="topic-promote"
                disabled={busy || !validMinutes}
                title={t('citizen.promoteHint')}
                onClick={() => void promoteTopic(topic.id, Number(minutes))}
              >
                {t('citizen.promote')}
              </button>
            </div>
          )}
          <button type="button" className="button button-small button-secondary" data-testid="topic-edit" onClick={() => setEditing(true)}>
            {t('citizen.topicEdit')}
          </button>
          {confirmRemove ? (
            <span className="inline-form">
              <button
                type="button"
                className="button button-small button-danger"
                data-testid="topic-remove-confirm"
                disabled={busy}
                autoFocus
                onClick={() => void removeTopic(topic.id)}
              >
                {t('citizen.topicRemoveConfirm')}
              </button>
              <button type="button" className="button button-small button-secondary" onClick={() => setConfirmRemove(false)}>
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button button-small button-secondary"
              data-testid="topic-remove"
              onClick={() => setConfirmRemove(true)}
            >
              {t('citizen.topicRemove')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
