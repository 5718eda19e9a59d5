import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Notice } from '../../../../components/Notice.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { peopleSelectors } from '../selectors/peopleSelectors.js';
import { usePeopleStore } from '../store/peopleStore.js';
import { PeopleFilters } from './PeopleFilters.js';
import { PeopleTable } from './PeopleTable.js';

export function PeopleList() {
  const t = useT();
  const { people, loaded, error, savedName, openNew, openEdit } = usePeopleStore(useShallow(peopleSelectors.list));
  const dismissSaved = usePeopleStore((s) => s.dismissSaved);
  useEffect(() => dismissSaved, [dismissSaved]);
  return (
    <div className="stack">
      <div className="toolbar">
        <h2 className="toolbar-title">{t('people.title')}</h2>
        <button type="button" className="button button-primary" data-testid="person-new" onClick={() => void openNew()}>
          {t('people.new')}
        </button>
      </div>
      <Notice testId="person-saved" text={savedName && t('people.saved', { name: savedName })} />
      <PeopleFilters />
      <ErrorMessage text={error && errorText(t, error)} />
      {loaded && <PeopleTable people={people} onEdit={(person) => void openEdit(person)} />}
    </div>
  );
}
