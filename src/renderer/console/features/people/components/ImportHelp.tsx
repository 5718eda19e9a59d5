import { useT } from '../../../../i18n/useT.js';
import { importExample, importHeader, importValues } from '../importFormat.js';

export function ImportHelp() {
  const t = useT();
  return (
    <details className="help" data-testid="import-help" open>
      <summary>{t('import.helpTitle')}</summary>
      <p>{t('import.helpHeader')}</p>
      <pre className="code-block" data-testid="import-header">
        {importHeader}
      </pre>
      <ul className="help-list">
        {importValues.map(({ column, values }) => (
          <li key={column}>
            <code>{column}</code>: {values.join(', ')}
            {column === 'tipo' && ` ${t('import.helpFeminine')}`}
          </li>
        ))}
        <li>
          <code>fecha_ingreso</code>: {t('import.helpDate')}
        </li>
      </ul>
      <p>{t('import.helpRules')}</p>
      <p className="field-hint">{t('import.helpExample')}</p>
      <pre className="code-block">{importExample}</pre>
    </details>
  );
}
