import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { agreementStatuses } from '../../../../../shared/domain/live.js';
import { Field } from '../../../../components/Field.js';
import { SelectField } from '../../../../components/SelectField.js';
import { useT } from '../../../../i18n/useT.js';
import { statusLabels } from '../agreementText.js';
import type { matrixChoices } from '../matrixView.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';
import { TextFilter } from './TextFilter.js';

const NO_COMMITTEE = 'none';

/** Status, committee, responsible, overdue, session days and free text; grouping by committee. */
export function MatrixFilters({ choices }: { choices: ReturnType<typeof matrixChoices> }) {
  const t = useT();
  const { filter, filterEpoch, groupByCommittee, setFilter, clearFilter, setGroupByCommittee } = useAgreementsStore(
    useShallow(agreementsSelectors.filters),
  );
  const onText = useCallback((text: string) => setFilter({ text }), [setFilter]);
  const statuses = filter.statuses ?? [];
  const committeeValue = filter.committeeId === undefined ? '' : filter.committeeId === null ? NO_COMMITTEE : String(filter.committeeId);
  const active = Object.keys(filter).length > 0;

  return (
    <div className="matrix-filters" role="search" aria-label={t('agreements.filter.label')}>
      <div className="matrix-filter-fields">
        <TextFilter key={filterEpoch} initial={filter.text ?? ''} onChange={onText} />
        <SelectField
          label={t('agreements.filter.committee')}
          testId="matrix-filter-committee"
          placeholder={t('agreements.filter.any')}
          options={[
            ...choices.committees.map((c) => ({ value: String(c.id), label: c.name })),
            ...(choices.withoutCommittee ? [{ value: NO_COMMITTEE, label: t('agreements.noCommittee') }] : []),
          ]}
          value={committeeValue}
          onChange={(e) =>
            setFilter({ committeeId: e.target.value === '' ? undefined : e.target.value === NO_COMMITTEE ? null : Number(e.target.value) })
          }
        />
        <SelectField
          label={t('agreements.filter.responsible')}
          testId="matrix-filter-responsible"
          placeholder={t('agreements.filter.anyone')}
          options={choices.responsibles.map((p) => ({ value: String(p.id), label: p.name }))}
          value={filter.responsibleId === undefined ? '' : String(filter.responsibleId)}
          onChange={(e) => setFilter({ responsibleId: e.target.value === '' ? undefined : Number(e.target.value) })}
        />
        <Field
          label={t('agreements.filter.from')}
          testId="matrix-filter-from"
          type="date"
          value={filter.from ?? ''}
          max={filter.to}
          onChange={(e) => setFilter({ from: e.target.value || undefined })}
        />
        <Field
          label={t('agreements.filter.to')}
          testId="matrix-filter-to"
          type="date"
          value={filter.to ?? ''}
          min={filter.from}
          onChange={(e) => setFilter({ to: e.target.value || undefined })}
        />
      </div>
      <div className="matrix-filter-toggles">
        <fieldset className="matrix-statuses">
          <legend>{t('agreements.filter.status')}</legend>
          {agreementStatuses.map((status) => (
            <label key={status} className="matrix-chip">
              <input
                type="checkbox"
                data-testid={`matrix-filter-status-${status}`}
                checked={statuses.includes(status)}
                onChange={(e) =>
                  setFilter({ statuses: e.target.checked ? [...statuses, status] : statuses.filter((s) => s !== status) })
                }
              />
              {t(statusLabels[status])}
            </label>
          ))}
        </fieldset>
        <label className="matrix-chip matrix-chip-danger">
          <input
            type="checkbox"
            data-testid="matrix-filter-overdue"
            checked={filter.overdue === true}
            onChange={(e) => setFilter({ overdue: e.target.checked ? true : undefined })}
          />
          {t('agreements.filter.overdue')}
        </label>
        <label className="matrix-chip">
          <input
            type="checkbox"
            data-testid="matrix-group"
            checked={groupByCommittee}
            onChange={(e) => setGroupByCommittee(e.target.checked)}
          />
          {t('agreements.group')}
        </label>
        <button
          type="button"
          className="button button-small button-secondary"
          data-testid="matrix-filter-clear"
          disabled={!active}
          onClick={clearFilter}
        >
          {t('agreements.filter.clear')}
        </button>
      </div>
    </div>
  );
}
