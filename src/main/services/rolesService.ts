import { AppFailure } from '../appFailure.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { roleTermRepository } from '../db/repositories/roleTermRepository.js';
import { addYears } from '../../shared/domain/dates.js';
import { canHoldRole, roleWarnings, type RoleWarning } from '../../shared/domain/roles.js';
import type { AssignRoleDto, RoleTermDto } from '../../shared/ipc/contract.js';
import { RulesService } from './rulesService.js';
import type { ServiceContext } from './serviceContext.js';

/** Offices that only one person holds at a time. */
const SINGLE_HOLDER = new Set(['coordinator']);

export class RolesService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): RoleTermDto[] {
    return roleTermRepository.list(this.ctx.db(), this.ctx.today());
  }

  assign(dto: AssignRoleDto): RoleTermDto {
    const id = this.ctx.write((db, audit) => {
      const today = this.ctx.today();
      const person = peopleRepository.get(db, dto.personId, today);
      if (!person) throw new AppFailure('not_found', 'Esa persona no existe en este espacio de trabajo.');
      if (!canHoldRole(person.kind, dto.role)) {
        throw new AppFailure('forbidden', 'Solo un ciudadano sin cargo público puede tener un cargo ciudadano; un funcionario nunca.');
      }
      if (person.leftOn !== null && person.leftOn <= dto.startsOn) {
        throw new AppFailure('invalid_argument', 'Esa persona ya no es integrante de la Mesa en esa fecha.');
      }
      const rules = RulesService.read(db);
      const endsOn = dto.endsOn ?? (dto.role === 'coordinator' ? addYears(dto.startsOn, rules.coordinatorTermYears) : null);
      if (endsOn !== null && endsOn < dto.startsOn) throw new AppFailure('invalid_argument', 'El periodo termina antes de empezar.');
      const overlaps = (t: RoleTermDto) => t.startsOn <= (endsOn ?? '9999-12-31') && (t.endsOn === null || t.endsOn >= dto.startsOn);
      const terms = roleTermRepository.list(db, today).filter((t) => t.role === dto.role && overlaps(t));
      if (terms.some((t) => t.personId === dto.personId)) {
        throw new AppFailure('conflict', 'Esa persona ya tiene ese cargo en esas fechas.');
      }
      if (SINGLE_HOLDER.has(dto.role) && terms.length > 0) {
        throw new AppFailure('conflict', `El periodo se cruza con el de ${terms[0]!.personName}; termine ese periodo primero.`);
      }
      const id = roleTermRepository.insert(db, { personId: dto.personId, role: dto.role, startsOn: dto.startsOn, endsOn });
      audit('insert', 'role_terms', id);
      return id;
    });
    return roleTermRepository.get(this.ctx.db(), id, this.ctx.today())!;
  }

  end(id: number, endsOn: string): RoleTermDto {
    this.ctx.write((db, audit) => {
      const term = roleTermRepository.get(db, id, this.ctx.today());
      if (!term) throw new AppFailure('not_found', 'Ese cargo no existe.');
      if (endsOn < term.startsOn) throw new AppFailure('invalid_argument', 'El periodo no puede terminar antes de empezar.');
      roleTermRepository.end(db, id, endsOn);
      audit('update', 'role_terms', id);
    });
    return roleTermRepository.get(this.ctx.db(), id, this.ctx.today())!;
  }

  warnings(): RoleWarning[] {
    const db = this.ctx.db();
    return roleWarnings(roleTermRepository.list(db, this.ctx.today()), this.ctx.today(), RulesService.read(db));
  }
}
