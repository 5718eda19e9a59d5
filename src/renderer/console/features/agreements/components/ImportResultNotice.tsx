import type { AgreementsImportResultDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';

/** What the import wrote, all in one transaction. */
export function ImportResultNotice({ result }: { result: AgreementsImportResultDto }) {
  const t = useT();
  const names = (list: readonly { title?: string; name?: string }[]) => list.map((x) => x.title ?? x.name).join(', ');
  return (
    <div className="notice export-done" role="status" data-testid="import-result">
      <p>{t('agreementsImport.done', { count: result.imported, followUps: result.followUps })}</p>
      {result.createdSessions.length > 0 && <p>{t('agreementsImport.createdSessions', { names: names(result.createdSessions) })}</p>}
      {result.createdCommittees.length > 0 && <p>{t('agreementsImport.createdCommittees', { names: names(result.createdCommittees) })}</p>}
      {result.createdPeople.length > 0 && <p>{t('agreementsImport.createdPeople', { names: names(result.createdPeople) })}</p>}
    </div>
  );
}
