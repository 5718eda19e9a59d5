import type { Db } from '../db/sqlite.js';
import type { DomainTable } from '../db/repositories/tables.js';
import { localToday } from '../../shared/domain/dates.js';
import { recordAudit, type Actor } from './auditLog.js';
import type { WorkspaceService } from './workspaceService.js';

/**
 * What every domain service needs: the open connection, who is acting, today's date (a
 * parameter so tests can move the calendar), and one way to write a change and its audit
 * entry in a single transaction.
 */
export class ServiceContext {
  constructor(
    private readonly workspace: WorkspaceService,
    readonly actor: Actor,
    readonly today: () => string = () => localToday(),
  ) {}

  db(): Db {
    return this.workspace.connection();
  }

  /** Runs `work` in one transaction; `audit` records each changed row in the same one. */
  write<T>(work: (db: Db, audit: (action: 'insert' | 'update' | 'delete', table: DomainTable, id: number) => void) => T): T {
    const db = this.db();
    return db.transaction(() => work(db, (action, table, id) => recordAudit(db, this.actor, action, table, id)))();
  }
}
