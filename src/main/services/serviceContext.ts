import type { Db } from '../db/sqlite.js';
import type { DomainTable } from '../db/repositories/tables.js';
import { localToday } from '../../shared/domain/dates.js';
import { recordAudit, type Actor } from './auditLog.js';
import type { WorkspaceService } from './workspaceService.js';

/**
 * What every domain service needs: the open connection, who is acting, the clock and today's
 * date (parameters so tests and the demo can move them), and one way to write a change and its audit
 * entry in a single transaction.
 */
export class ServiceContext {
  constructor(
    private readonly workspace: WorkspaceService,
    readonly actor: Actor,
    /** The clock; today's date follows it unless a test sets the calendar apart. */
    readonly now: () => Date = () => new Date(),
    readonly today: () => string = () => localToday(now()),
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
