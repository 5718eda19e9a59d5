import { useShallow } from 'zustand/react/shallow';
import { personKinds, type PersonKind } from '../../../../../shared/domain/people.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { kindLabels } from '../labels.js';
import { peopleSelectors } from '../selectors/peopleSelectors.js';
import { usePeopleStore, type ActiveFilter } from '../store/peopleStore.js';

const activeFilters: readonly ActiveFilter[] = ['all', 'active', 'inactive'];

export function PeopleFilters() {
  const t = useT();
  const { filter, committees, setFilter } = usePeopleStore(useShallow(peopleSelectors.filters));
  return (
    <div className="filters" role="search">
      <Field
        label={t('people.search')}
        testId="people-search"
        type="search"
        autoComplete="off"
        value={filter.search}
        onChange={(e) => void setFilter({ search: e.target.value })}
      />
      <SelectField
        label={t('people.filterKind')}
        testId="people-filter-kind"
        placeholder={t('people.anyKind')}
        options={personKinds.map((kind) => ({ value: kind, label: t(kindLabels[kind]) }))}
        value={filter.kind ?? ''}
        onChange={(e) => void setFilter({ kind: (e.target.value || null) as PersonKind | null })}
      />
      <SelectField
        label={t('people.filterCommittee')}
        testId="people-filter-committee"
        placeholder={t('people.anyCommittee')}
        options={committees.map((c) => ({ value: String(c.id), label: c.name }))}
        value={filter.committeeId === null ? '' : String(filter.committeeId)}
        onChange={(e) => void setFilter({ committeeId: e.target.value ? Number(e.target.value) : null })}
      />
      <SelectField
        label={t('people.filterActive')}
        testId="people-filter-active"
        options={activeFilters.map((value) => ({ value, label: t(`people.active.${value}`) }))}
        value={filter.active}
        onChange={(e) => void setFilter({ active: e.target.value as ActiveFilter })}
      />
    </div>
  );
}
