import { useState } from 'react';
import type { SessionDto } from '../../../../../shared/ipc/contract.js';
import { useT } from '../../../../i18n/useT.js';
import { inPreparation } from '../../../../../shared/domain/sessions.js';
import { SessionEditForm } from './SessionEditForm.js';

interface SessionEditControlProps {
  session: SessionDto;
  busy: boolean;
  /** Through the screen's own store; answers whether main took the change. */
  save(facts: { scheduledAt: string; place: string | null }): Promise<boolean>;
}

/** "Editar fecha y lugar" under a session's facts, offered only while the session is being prepared. */
export function SessionEditControl({ session, busy, save }: SessionEditControlProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  if (!inPreparation(session.status)) return null;
  if (editing) return <SessionEditForm session={session} busy={busy} save={save} onDone={() => setEditing(false)} />;
  return (
    <button type="button" className="button button-small button-secondary session-edit-toggle" data-testid="session-edit" onClick={() => setEditing(true)}>
      {t('sessionEdit.open')}
    </button>
  );
}
