import { useId, useState, type FormEvent } from 'react';
import { Field } from '../../../../components/Field.js';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { useT } from '../../../../i18n/useT.js';
import type { TopicInput } from '../store/citizenMeetingStore.js';

interface TopicFormProps {
  initial?: TopicInput;
  busy: boolean;
  /** Resolves true when saved: a new topic's form is then emptied. */
  onSave(topic: TopicInput): Promise<boolean>;
  onCancel?(): void;
  testPrefix: 'topic-new' | 'topic-edit';
}

export function TopicForm({ initial, busy, onSave, onCancel, testPrefix }: TopicFormProps) {
  const t = useT();
  const checkId = useId();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [body, setBody] = useState(initial?.body ?? '');
  const [general, setGeneral] = useState(initial?.isGeneralMatter ?? false);
  const [attempted, setAttempted] = useState(false);
  const problem = attempted && !title.trim() ? t('citizen.topicProblem') : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    if (!title.trim()) return;
    const sent = { title: title.trim(), body: body.trim() || null, isGeneralMatter: general };
    const saved = await onSave(sent);
    // Empties only what was sent: a next topic typed while saving stays.
    if (saved && !initial) {
      setTitle((current) => (current.trim() === sent.title ? '' : current));
      setBody((current) => ((current.trim() || null) === sent.body ? '' : current));
      setGeneral(false);
      setAttempted(false);
    }
  }

  return (
    <form className="topic-form" noValidate onSubmit={(event) => void submit(event)}>
      <Field
        label={t('citizen.topicTitle')}
        testId={`${testPrefix}-title`}
        autoComplete="off"
        value={title}
        problem={problem}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextAreaField
        label={t('citizen.topicBody')}
        testId={`${testPrefix}-body`}
        hint={t('citizen.topicBodyHint')}
        className="citizen-textarea"
        rows={2}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <div className="check">
        <input
          id={checkId}
          type="checkbox"
          data-testid={`${testPrefix}-general`}
          checked={general}
          onChange={(e) => setGeneral(e.target.checked)}
        />
        <label htmlFor={checkId}>{t('citizen.topicGeneral')}</label>
      </div>
      <div className="actions">
        <button
          type="submit"
          className="button button-citizen"
          data-testid={initial ? 'topic-save' : 'topic-add'}
          disabled={busy}
        >
          {initial ? t('citizen.topicSave') : t('citizen.topicAdd')}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
