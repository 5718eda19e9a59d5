import { formatNumber } from '../../../../i18n/format.js';
import { languageSelectors, useLanguageStore } from '../../../../i18n/languageStore.js';
import { useT } from '../../../../i18n/useT.js';

/** "1,234 de 5,000 acuerdos · 312 vencidos": what the filter leaves, of the whole matrix. */
export function MatrixCount({ shown, total, overdue }: { shown: number; total: number; overdue: number }) {
  const t = useT();
  const language = useLanguageStore(languageSelectors.language);
  const n = (value: number) => formatNumber(language, value);
  const of = t(total === 1 ? 'agreements.countOne' : 'agreements.count', { shown: n(shown), total: n(total) });
  const late = t(overdue === 1 ? 'agreements.overdueOne' : 'agreements.overdueMany', { count: n(overdue) });
  return (
    <p className="matrix-count" data-testid="matrix-count" aria-live="polite">
      {of} · <span className={overdue > 0 ? 'matrix-count-overdue' : undefined}>{late}</span>
    </p>
  );
}
