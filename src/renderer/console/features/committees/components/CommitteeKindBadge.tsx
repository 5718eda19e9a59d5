import type { CommitteeDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';

/** The two committees every Mesa has are marked; working committees need no label. */
export function CommitteeKindBadge({ kind }: { kind: CommitteeDto['kind'] }) {
  const t = useT();
  if (kind === 'working') return null;
  return (
    <span className="badge badge-info badge-inline">
      {t(kind === 'executive' ? 'committees.kind.executive' : 'committees.kind.indicators')}
    </span>
  );
}
