import { AppFailure } from '../appFailure.js';
import { attendanceRepository } from '../db/repositories/attendanceRepository.js';
import { attendanceCompliance } from '../../shared/domain/compliance.js';
import type { ComplianceReportDto } from '../../shared/ipc/contract.js';
import { RulesService } from './rulesService.js';
import type { ServiceContext } from './serviceContext.js';

export class ComplianceService {
  constructor(private readonly ctx: ServiceContext) {}

  /** Every citizen who was a member during the period, flagged ones first. */
  attendance(from: string, to: string): ComplianceReportDto {
    if (to < from) throw new AppFailure('invalid_argument', 'El periodo termina antes de empezar.');
    const db = this.ctx.db();
    const rules = RulesService.read(db);
    const attended = new Map(attendanceRepository.citizenAttendance(db, from, to).map((a) => [a.personId, a.statuses]));
    const rows = attendanceRepository.citizensActiveIn(db, from, to).map((c) => ({
      personId: c.personId,
      name: c.name,
      ...attendanceCompliance(attended.get(c.personId) ?? [], rules),
    }));
    rows.sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.unjustifiedPct - a.unjustifiedPct);
    return { from, to, thresholdPct: rules.maxUnjustifiedAbsencePct, rows };
  }
}
