import { useEffect } from 'react';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { errorText } from '../../../../i18n/errorText.js';
import { useT } from '../../../../i18n/useT.js';
import { rulesSelectors } from '../selectors/rulesSelectors.js';
import { useRulesStore } from '../store/rulesStore.js';
import { RulesForm } from './RulesForm.js';

/** Reglas: the thresholds of the Mesa's own regulation, the guide's values by default. */
export function RulesTab() {
  const t = useT();
  const load = useRulesStore(rulesSelectors.load);
  const rules = useRulesStore(rulesSelectors.rules);
  const error = useRulesStore(rulesSelectors.error);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="stack">
      <h2>{t('rules.title')}</h2>
      <p className="intro">{t('rules.intro')}</p>
      {rules ? <RulesForm rules={rules} /> : <ErrorMessage text={error && errorText(t, error)} />}
    </div>
  );
}
