import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { complianceSelectors } from '../selectors/complianceSelectors.js';
import { periodValid, useComplianceStore } from '../store/complianceStore.js';
import { ComplianceTable } from './ComplianceTable.js';

/** Asistencia: who missed more sessions without justification than the Mesa allows (3.4.1). */
export function ComplianceTab() {
  const t = useT();
  const load = useComplianceStore(complianceSelectors.load);
  const { from, to, setPeriod } = useComplianceStore(useShallow(complianceSelectors.period));
  const { report, error } = useComplianceStore(useShallow(complianceSelectors.report));
  useEffect(() => {
    void load();
  }, [load]);
  const invalid = !periodValid(from, to);

  return (
    <div className="stack">
      <h2>{t('compliance.title')}</h2>
      <p className="intro">{t('compliance.intro')}</p>
      <div className="filters">
        <Field
          label={t('compliance.from')}
          testId="compliance-from"
          type="date"
          value={from}
          max={to}
          problem={invalid ? t('compliance.problem.period') : null}
          onChange={(e) => void setPeriod({ from: e.target.value })}
        />
        <Field
          label={t('compliance.to')}
          testId="compliance-to"
          type="date"
          value={to}
          min={from}
          onChange={(e) => void setPeriod({ to: e.target.value })}
        />
      </div>
      <ErrorMessage text={error && errorText(t, error)} />
      {report && <ComplianceTable report={report} />}
    </div>
  );
}
