import { useEffect } from 'react';
import { peopleSelectors } from '../selectors/peopleSelectors.js';
import { usePeopleStore } from '../store/peopleStore.js';
import { PeopleList } from './PeopleList.js';
import { PersonForm } from './PersonForm.js';

/** Personas: the list, or the form for one person in its place. */
export function PeopleTab() {
  const load = usePeopleStore(peopleSelectors.load);
  const mode = usePeopleStore(peopleSelectors.editingMode);
  useEffect(() => {
    void load();
  }, [load]);
  return mode === 'closed' ? <PeopleList /> : <PersonForm />;
}
