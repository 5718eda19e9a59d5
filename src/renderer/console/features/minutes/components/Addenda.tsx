import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TextAreaField } from '../../../../components/TextAreaField.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { formatInstant, groupedHash } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';
import { MinutesRefusal } from './MinutesRefusal.js';

/** Corrections after sealing (fe de erratas): each is sealed on its own and never edited. */
export function Addenda() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { addenda, busy, addAddendum } = useMinutesStore(useShallow(minutesSelectors.addenda));
  const [body, setBody] = useState('');

  async function save() {
    if (await addAddendum(body)) setBody('');
  }

  return (
    <section className="panel" aria-labelledby="minutes-addenda-title">
      <h3 id="minutes-addenda-title">{t('minutes.addenda.title')}</h3>
      <p className="field-hint">{t('minutes.addenda.hint')}</p>
      {addenda.length === 0 ? (
        <p className="muted">{t('minutes.addenda.none')}</p>
      ) : (
        <ol className="minutes-addenda">
          {addenda.map((a) => (
            <li key={a.id} className="minutes-addendum" data-testid="minutes-addendum">
              <p className="minutes-addendum-when">{formatInstant(language, a.at)}</p>
              <p className="minutes-addendum-body">{a.body}</p>
              <p className="mono minutes-hash muted">{groupedHash(a.sha256)}</p>
            </li>
          ))}
        </ol>
      )}
      <TextAreaField label={t('minutes.addenda.new')} testId="minutes-addendum-text" rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
      <div className="actions">
        <button type="button" className="button button-secondary" data-testid="minutes-addendum-save" disabled={busy || body.trim() === ''} onClick={() => void save()}>
          {t('minutes.addenda.save')}
        </button>
      </div>
      <MinutesRefusal action="addendum" />
    </section>
  );
}
