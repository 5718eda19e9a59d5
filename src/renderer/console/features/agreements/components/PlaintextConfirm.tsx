import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { Field } from '../../../../components/Field.js';
import { PlaintextConfirm as ConfirmDialog } from '../../../../components/PlaintextConfirm.js';
import { useT } from '../../../../i18n/useT.js';
import { refusalText } from '../agreementText.js';
import { agreementsSelectors } from '../selectors/agreementsSelectors.js';
import { useAgreementsStore } from '../store/agreementsStore.js';

interface PlaintextConfirmProps {
  format: 'csv' | 'xlsx';
  onClose(): void;
}

/**
 * The matrix as CSV or XLSX: the shared plaintext confirmation, with the spreadsheet's own path
 * (suggested when the dialog opens) and main's refusal shown in place. Closes once written.
 */
export function PlaintextConfirm({ format, onClose }: PlaintextConfirmProps) {
  const t = useT();
  const { suggestedPaths, exportError, busy, suggestPath, exportPlaintextConfirmed } = useAgreementsStore(useShallow(agreementsSelectors.export));
  const [path, setPath] = useState<string | null>(null);
  const chosen = path ?? suggestedPaths[format] ?? '';

  useEffect(() => {
    void suggestPath(format);
  }, [format, suggestPath]);

  async function confirm() {
    if (await exportPlaintextConfirmed({ format, path: chosen.trim() })) onClose();
  }

  return (
    <ConfirmDialog
      title={t('agreements.plaintext.title', { format: format.toUpperCase() })}
      acceptLabel={t('agreements.plaintext.accept', { format: format.toUpperCase() })}
      path={chosen}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>{t('agreements.plaintext.warning')}</p>
      <Field label={t('agreements.export.path')} testId="export-plaintext-path" className="mono" value={chosen} onChange={(e) => setPath(e.target.value)} />
      <ErrorMessage text={exportError && refusalText(t, exportError, 'agreements.export.refused')} />
    </ConfirmDialog>
  );
}
