import { auditRepository } from '../db/repositories/auditRepository.js';
import { DOMAIN_TABLES } from '../db/repositories/tables.js';
import { addDays } from '../../shared/domain/dates.js';
import { localInstantMs } from '../../shared/domain/live.js';
import type { AuditFilterDto, AuditPageDto } from '../../shared/ipc/contract.js';
import type { ServiceContext } from './serviceContext.js';

/** Local midnight of a calendar day, as the UTC instant the log stores. */
const startOfDay = (day: string): string => new Date(localInstantMs(`${day}T00:00:00`)).toISOString();

/** Reads the audit log for the console; writing it is recordAudit's job, inside each change's transaction. */
export class AuditService {
  constructor(private readonly ctx: ServiceContext) {}

  list(filter: AuditFilterDto): AuditPageDto {
    const { rows, total } = auditRepository.page(this.ctx.db(), {
      entity: filter.entity ?? null,
      action: filter.action ?? null,
      fromAt: filter.from ? startOfDay(filter.from) : null,
      // `to` is inclusive: everything before the next day's midnight.
      toAt: filter.to ? startOfDay(addDays(filter.to, 1)) : null,
      limit: filter.pageSize,
      offset: filter.page * filter.pageSize,
    });
    return {
      entries: rows.map((r) => ({ id: r.id, at: r.at, actor: r.actor, action: r.action, entity: r.entity, entityId: r.entity_id })),
      total,
      entities: [...DOMAIN_TABLES],
    };
  }
}
