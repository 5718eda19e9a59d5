import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { committeeGapFlag } from '../../shared/domain/committees.js';
import type { CitizenWithoutCommitteeDto, CommitteeDto, CommitteeInputDto } from '../../shared/ipc/contract.js';
import { RulesService } from './rulesService.js';
import type { ServiceContext } from './serviceContext.js';

export class CommitteesService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): CommitteeDto[] {
    return committeeRepository.list(this.ctx.db(), this.ctx.today());
  }

  create(input: CommitteeInputDto): CommitteeDto {
    const id = this.ctx.write((db, audit) => {
      this.check(db, input, null);
      const id = committeeRepository.insert(db, { ...input, kind: 'working' });
      audit('insert', 'committees', id);
      return id;
    });
    return this.get(id);
  }

  update(id: number, input: CommitteeInputDto): CommitteeDto {
    this.ctx.write((db, audit) => {
      if (!committeeRepository.exists(db, id)) throw new AppFailure('not_found', 'Ese comité no existe.');
      this.check(db, input, id);
      committeeRepository.update(db, id, input);
      audit('update', 'committees', id);
    });
    return this.get(id);
  }

  addMember(committeeId: number, personId: number, joinedOn: string): CommitteeDto {
    this.ctx.write((db, audit) => {
      const committee = committeeRepository.get(db, committeeId, this.ctx.today());
      if (!committee) throw new AppFailure('not_found', 'Ese comité no existe.');
      if (committee.dissolvedOn !== null && committee.dissolvedOn <= joinedOn) throw new AppFailure('conflict', 'El comité ya estaba disuelto en esa fecha.');
      if (!peopleRepository.kindOf(db, personId)) throw new AppFailure('not_found', 'Esa persona no existe en este espacio de trabajo.');
      if (committeeRepository.currentMembership(db, committeeId, personId, this.ctx.today()) !== undefined) {
        throw new AppFailure('conflict', 'Esa persona ya es integrante del comité.');
      }
      audit('insert', 'committee_members', committeeRepository.addMember(db, committeeId, personId, joinedOn));
    });
    return this.get(committeeId);
  }

  removeMember(committeeId: number, personId: number, leftOn: string): CommitteeDto {
    this.ctx.write((db, audit) => {
      const membership = committeeRepository.currentMembership(db, committeeId, personId, this.ctx.today());
      if (membership === undefined) throw new AppFailure('not_found', 'Esa persona no es integrante del comité.');
      const joined = committeeRepository.get(db, committeeId, this.ctx.today())!.members.find((m) => m.personId === personId)!.joinedOn;
      if (leftOn < joined) throw new AppFailure('invalid_argument', 'La fecha de salida es anterior a la de ingreso al comité.');
      committeeRepository.endMembership(db, membership, leftOn);
      audit('update', 'committee_members', membership);
    });
    return this.get(committeeId);
  }

  citizensWithoutCommittee(): CitizenWithoutCommitteeDto[] {
    const db = this.ctx.db();
    const today = this.ctx.today();
    const months = RulesService.read(db).monthsWithoutCommittee;
    const memberships = committeeRepository.memberships(db);
    const flagged: CitizenWithoutCommitteeDto[] = [];
    for (const p of peopleRepository.list(db, { kind: 'citizen', active: true }, today)) {
      const spans = memberships
        .filter((m) => m.person_id === p.id)
        .map((m) => ({ joinedOn: m.joined_on, endedOn: [m.left_on, m.dissolved_on].filter((d): d is string => d !== null).sort()[0] ?? null }));
      const flag = committeeGapFlag(p.joinedOn!, spans, today, months);
      if (flag) flagged.push({ personId: p.id, name: p.fullName, ...flag });
    }
    return flagged.sort((a, b) => b.days - a.days);
  }

  private get(id: number): CommitteeDto {
    const c = committeeRepository.get(this.ctx.db(), id, this.ctx.today());
    if (!c) throw new AppFailure('not_found', 'Ese comité no existe.');
    return c;
  }

  /** Committees are led by citizens (DOMAIN.md: a citizen coordinator and substitute). */
  private check(db: Db, c: CommitteeInputDto, id: number | null): void {
    if (committeeRepository.nameTaken(db, c.name.trim(), id)) throw new AppFailure('conflict', `Ya existe un comité llamado «${c.name.trim()}».`);
    if (c.dissolvedOn !== null && c.dissolvedOn < c.createdOn) throw new AppFailure('invalid_argument', 'La fecha de disolución es anterior a la de creación.');
    for (const [who, personId] of [['coordinador', c.coordinatorId], ['suplente', c.substituteId]] as const) {
      if (personId === null) continue;
      const kind = peopleRepository.kindOf(db, personId);
      if (!kind) throw new AppFailure('not_found', `El ${who} elegido no existe.`);
      if (kind !== 'citizen') throw new AppFailure('forbidden', `El ${who} de un comité debe ser un ciudadano sin cargo público.`);
    }
    if (c.coordinatorId !== null && c.coordinatorId === c.substituteId) {
      throw new AppFailure('invalid_argument', 'El coordinador y el suplente deben ser personas distintas.');
    }
  }
}
