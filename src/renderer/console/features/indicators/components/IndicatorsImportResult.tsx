import type { IndicatorsImportResultDto } from '../../../../../shared/ipc/dto/indicators.js';
import { useT } from '../../../../i18n/useT.js';

/** What the import wrote, all in one transaction. */
export function IndicatorsImportResult({ result }: { result: IndicatorsImportResultDto }) {
  const t = useT();
  return (
    <div className="notice indicators-import-result" role="status" data-testid="indicators-import-result">
      <p>{t('indicatorsImport.done', { inserted: result.inserted, updated: result.updated, unchanged: result.unchanged })}</p>
      {result.createdIndicators.length > 0 && <p>{t('indicatorsImport.created', { names: result.createdIndicators.map((c) => c.name).join(', ') })}</p>}
    </div>
  );
}
