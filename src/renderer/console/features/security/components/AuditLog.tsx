import { useShallow } from 'zustand/react/shallow';
import { auditActions, type AuditAction } from '../../../../../shared/ipc/dto/security.js';
import { SelectField } from '../../../../components/SelectField.js';
import { Field } from '../../../../components/Field.js';
import { formatDateTime, formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';
import { actorLabel, tableLabel } from '../auditText.js';
import { securitySelectors } from '../selectors/securitySelectors.js';
import { AUDIT_PAGE_SIZE, useSecurityStore } from '../store/securityStore.js';

/** The audit log, newest first: when, who, what kind of change, which table and row. Never the content. */
export function AuditLog() {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const { filter, page, entries, total, entities, setFilter, goToPage } = useSecurityStore(useShallow(securitySelectors.audit));
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <div className="stack" data-testid="audit-log">
      <h3>{t('security.audit.title')}</h3>
      <p className="intro">{t('security.audit.intro')}</p>
      <div className="filters">
        <SelectField
          label={t('security.audit.entity')}
          testId="audit-entity"
          placeholder={t('security.audit.any')}
          options={entities.map((e) => ({ value: e, label: tableLabel(t, e) }))}
          value={filter.entity}
          onChange={(e) => void setFilter({ ...filter, entity: e.target.value })}
        />
        <SelectField
          label={t('security.audit.action')}
          testId="audit-action"
          placeholder={t('security.audit.any')}
          options={auditActions.map((a) => ({ value: a, label: t(`security.audit.action.${a}`) }))}
          value={filter.action}
          onChange={(e) => void setFilter({ ...filter, action: e.target.value as AuditAction | '' })}
        />
        <Field label={t('security.audit.from')} testId="audit-from" type="date" value={filter.from} onChange={(e) => void setFilter({ ...filter, from: e.target.value })} />
        <Field label={t('security.audit.to')} testId="audit-to" type="date" value={filter.to} onChange={(e) => void setFilter({ ...filter, to: e.target.value })} />
      </div>
      <p className="muted" data-testid="audit-count">
        {t('security.audit.count', { count: formatNumber(language, total) })}
      </p>
      {entries.length > 0 && (
        <table className="table" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('security.audit.col.id')}</th>
              <th scope="col">{t('security.audit.col.at')}</th>
              <th scope="col">{t('security.audit.col.actor')}</th>
              <th scope="col">{t('security.audit.col.action')}</th>
              <th scope="col">{t('security.audit.col.row')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="audit-row">
                <td>{e.id}</td>
                <td>{formatDateTime(language, e.at)}</td>
                <td>{actorLabel(t, e.actor)}</td>
                <td>{t(`security.audit.action.${e.action}`)}</td>
                <td>
                  {tableLabel(t, e.entity)} #{e.entityId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="button" data-testid="audit-prev" disabled={page === 0} onClick={() => void goToPage(page - 1)}>
          {t('security.audit.prev')}
        </button>
        <span data-testid="audit-page">{t('security.audit.page', { page: page + 1, pages })}</span>
        <button type="button" className="button" data-testid="audit-next" disabled={page + 1 >= pages} onClick={() => void goToPage(page + 1)}>
          {t('security.audit.next')}
        </button>
      </div>
    </div>
  );
}
