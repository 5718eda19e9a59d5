import { useId, useState, type ChangeEvent } from 'react';
import { useT } from '../../../../i18n/useT.js';

/** Reads a chosen .csv as UTF-8 text into the import box; nothing leaves this window. */
export function ImportFile({ onText }: { onText(text: string): void }) {
  const t = useT();
  const id = useId();
  const [failed, setFailed] = useState(false);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => {
      setFailed(false);
      onText(typeof reader.result === 'string' ? reader.result : '');
    };
    reader.onerror = () => setFailed(true);
    reader.readAsText(file, 'utf-8');
    // The same file chosen again (after editing it) must load again.
    event.target.value = '';
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('import.file')}
      </label>
      <input id={id} type="file" accept=".csv,text/csv" className="file-input" data-testid="import-file" onChange={choose} />
      {failed && <p className="field-problem">{t('import.fileFailed')}</p>}
    </div>
  );
}
