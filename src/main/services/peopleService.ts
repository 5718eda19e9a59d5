import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { nameKey, personProblems, type PersonProblem } from '../../shared/domain/people.js';
import { canHoldRole, inOffice } from '../../shared/domain/roles.js';
import { roleTermRepository } from '../db/repositories/roleTermRepository.js';
import type { PeopleFilterDto, PeopleImportPreviewDto, PersonDto, PersonInputDto } from '../../shared/ipc/contract.js';
import { parsePeopleCsv } from '../import/peopleCsv.js';
import type { ServiceContext } from './serviceContext.js';

const PROBLEM_TEXT: Record<PersonProblem, string> = {
  name_required: 'falta el nombre',
  official_needs_post: 'un funcionario necesita cargo',
  official_needs_institution: 'un funcionario necesita institución',
  official_needs_order: 'un funcionario necesita orden de gobierno',
  official_needs_power: 'un funcionario necesita poder',
  left_before_joined: 'la fecha de salida es anterior a la de ingreso',
  leave_reason_without_date: 'hay motivo de salida pero no fecha de salida',
};

export class PeopleService {
  constructor(private readonly ctx: ServiceContext) {}

  list(filter: PeopleFilterDto): PersonDto[] {
    const people = peopleRepository.list(this.ctx.db(), filter, this.ctx.today());
    const search = filter.search ? nameKey(filter.search) : '';
    // Accent- and case-insensitive, which SQL LIKE is not.
    return search ? people.filter((p) => nameKey(p.fullName).includes(search)) : people;
  }

  get(id: number): PersonDto {
    const person = peopleRepository.get(this.ctx.db(), id, this.ctx.today());
    if (!person) throw new AppFailure('not_found', 'Esa persona no existe en este espacio de trabajo.');
    return person;
  }

  create(input: PersonInputDto): PersonDto {
    const person = this.withDefaults(input);
    const id = this.ctx.write((db, audit) => {
      this.check(db, person, null);
      const id = peopleRepository.insert(db, person);
      audit('insert', 'people', id);
      return id;
    });
    return this.get(id);
  }

  update(id: number, input: PersonInputDto): PersonDto {
    this.ctx.write((db, audit) => {
      if (!peopleRepository.kindOf(db, id)) throw new AppFailure('not_found', 'Esa persona no existe en este espacio de trabajo.');
      this.check(db, input, id);
      const today = this.ctx.today();
      const citizenRole = roleTermRepository
        .list(db, today)
        .find((t) => t.personId === id && inOffice(t, today) && !canHoldRole(input.kind, t.role));
      if (citizenRole) {
        throw new AppFailure('forbidden', 'Esta persona ocupa un cargo ciudadano: un funcionario nunca puede tenerlo. Termine ese cargo antes de cambiar su tipo.');
      }
      peopleRepository.update(db, id, input);
      audit('update', 'people', id);
    });
    return this.get(id);
  }

  importPreview(csv: string): PeopleImportPreviewDto {
    return parsePeopleCsv(csv, this.existingNameKeys(this.ctx.db())).preview;
  }

  /** All rows or none: a single bad row writes nothing. */
  importApply(csv: string): { imported: number } {
    return this.ctx.write((db, audit) => {
      const { preview, people } = parsePeopleCsv(csv, this.existingNameKeys(db));
      if (preview.invalidRows > 0) {
        throw new AppFailure('invalid_argument', `El archivo tiene ${preview.invalidRows} fila(s) con problemas; no se importó nada. Revise la vista previa.`);
      }
      for (const { person } of people) {
        // Imported people are existing members: without a date they join on the day of the import.
        audit('insert', 'people', peopleRepository.insert(db, { ...person, joinedOn: person.joinedOn ?? this.ctx.today() }));
      }
      return { imported: people.length };
    });
  }

  /** Citizens without a join date are applicants (they join by vote); everyone else joins today. */
  private withDefaults(p: PersonInputDto): PersonInputDto {
    return p.kind === 'citizen' || p.joinedOn ? p : { ...p, joinedOn: this.ctx.today() };
  }

  private check(db: Db, p: PersonInputDto, id: number | null): void {
    const problems = personProblems(p);
    if (problems.length > 0) {
      throw new AppFailure('invalid_argument', `Datos incompletos: ${problems.map((k) => PROBLEM_TEXT[k]).join('; ')}.`);
    }
    const key = nameKey(p.fullName);
    if (peopleRepository.names(db).some((n) => n.id !== id && nameKey(n.full_name) === key)) {
      throw new AppFailure('conflict', `Ya existe una persona llamada «${p.fullName.trim()}».`);
    }
    if (p.substituteId !== null) {
      if (p.substituteId === id) throw new AppFailure('invalid_argument', 'Una persona no puede ser su propio suplente.');
      if (!peopleRepository.kindOf(db, p.substituteId)) throw new AppFailure('not_found', 'El suplente elegido no existe.');
    }
  }

  private existingNameKeys(db: Db): Set<string> {
    return new Set(peopleRepository.names(db).map((n) => nameKey(n.full_name)));
  }
}
