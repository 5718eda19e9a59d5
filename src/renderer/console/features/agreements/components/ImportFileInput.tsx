import { useId, useState, type ChangeEvent } from 'react';
import { useT } from '../../../../i18n/useT.js';
import { readSheetFile } from '../readSheetFile.js';
import type { SheetContent } from '../store/agreementsStore.js';

/** Chooses the .csv or .xlsx; it is read here and only its preview is asked of main. */
export function ImportFileInput({ onChoose }: { onChoose(name: string, sheet: SheetContent): void }) {
  const t = useT();
  const id = useId();
  const [failed, setFailed] = useState(false);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const sheet = await readSheetFile(file);
      setFailed(false);
      onChoose(file.name, sheet);
    } catch {
      setFailed(true);
    }
    // The same file chosen again (after fixing it) must load again.
    input.value = '';
  }

  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('agreementsImport.file')}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="file-input"
        data-testid="agreements-import-file"
        onChange={(e) => void choose(e)}
      />
      {failed && <p className="field-problem">{t('agreementsImport.fileFailed')}</p>}
    </div>
  );
}
