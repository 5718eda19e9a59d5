import { agreementSheetColumns } from '../../../../../shared/ipc/dto/agreements.js';
import { useT } from '../../../../i18n/useT.js';

/** The canonical header and what each column takes, as the sheet writes it. */
export function ImportHelp() {
  const t = useT();
  return (
    <details className="help" data-testid="agreements-import-help">
      <summary>{t('agreementsImport.helpTitle')}</summary>
      <p>{t('agreementsImport.helpHeader')}</p>
      <pre className="code-block">{agreementSheetColumns.join(',')}</pre>
      <ul className="help-list">
        <li>{t('agreementsImport.helpStatus')}</li>
        <li>{t('agreementsImport.helpProgress')}</li>
        <li>{t('agreementsImport.helpResponsibles')}</li>
        <li>{t('agreementsImport.helpDates')}</li>
        <li>{t('agreementsImport.helpSessions')}</li>
        <li>{t('agreementsImport.helpMissing')}</li>
      </ul>
    </details>
  );
}
