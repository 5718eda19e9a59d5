import { useId, useState, type ChangeEvent } from 'react';
import { useT } from '../../../../i18n/useT.js';
import { readSheetFile } from '../../agreements/readSheetFile.js';

/** Chooses the .csv; it is read here (UTF-8, or Excel's Windows-1252) and only its text goes to main. */
export function IndicatorsCsvInput({ onChoose }: { onChoose(name: string, csv: string): void }) {
  const t = useT();
  const id = useId();
  const [failed, setFailed] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const sheet = await readSheetFile(file);
      if (sheet.format !== 'csv') throw new Error('not a csv');
      setFailed(false);
      onChoose(file.name, sheet.text);
    } catch {
      setFailed(true);
    }
    // The same file chosen again (after fixing it) must load again.
    input.value = '';
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('indicatorsImport.file')}
      </label>
      <input id={id} type="file" accept=".csv,text/csv" className="file-input" data-testid="indicators-import-file" onChange={(e) => void choose(e)} />
      {failed && <p className="field-problem">{t('indicatorsImport.fileFailed')}</p>}
    </div>
  );
}
