/**
 * The Mesa's data for the fake transport: people, roles, committees, attendance, votes and
 * rules in memory, answering the way main does (same DTO shapes, same shared rules), so the
 * screens can be driven without a database.
 */
import type { AttendanceStatus } from '../../../src/shared/domain/compliance.js';
import { attendanceCompliance } from '../../../src/shared/domain/compliance.js';
import { addYears, daysBetween, isIsoDay } from '../../../src/shared/domain/dates.js';
import { nameKey, personProblems, type PersonKind } from '../../../src/shared/domain/people.js';
import { canHoldRole, inOffice, roleWarnings, type RoleKind } from '../../../src/shared/domain/roles.js';
import { DEFAULT_RULES, type MesaRules } from '../../../src/shared/domain/rules.js';
import { admissionResult, electionResult, reapplyFrom } from '../../../src/shared/domain/votes.js';
import type {
  BallotDto,
  CommitteeDto,
  CommitteeInputDto,
  ImportIssueDto,
  PeopleImportPreviewDto,
  PeopleImportRowDto,
  PersonDto,
  PersonInputDto,
  RoleTermDto,
  VoteDto,
} from '../../../src/shared/ipc/contract.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';

export type SeedPerson = Partial<PersonInputDto> & { fullName: string; kind: PersonKind };

export interface SeedCommittee extends Partial<CommitteeInputDto> {
  name: string;
  kind?: CommitteeDto['kind'];
  members?: { personId: number; joinedOn: string; leftOn?: string | null }[];
}

export interface SeedRoleTerm {
  personId: number;
  role: RoleKind;
  startsOn: string;
  endsOn: string | null;
}

export interface MesaSeed {
  /** The fake's "today"; every date rule is computed against it. */
  today?: string;
  people?: SeedPerson[];
  committees?: SeedCommittee[];
  roleTerms?: SeedRoleTerm[];
  /** Attendance statuses per person id (index in `people` + 1). */
  attendance?: Record<number, AttendanceStatus[]>;
  rules?: Partial<MesaRules>;
}

const emptyPerson: Omit<PersonInputDto, 'fullName' | 'kind'> = {
  email: null,
  phone: null,
  post: null,
  institution: null,
  order: null,
  power: null,
  substituteId: null,
  joinedOn: null,
  leftOn: null,
  leaveReason: null,
  notes: null,
};

/** Main's rule: joined on or before the day, not yet left; a citizen without a join date is an applicant. */
function activeOn(p: { joinedOn: string | null; leftOn: string | null }, day: string): boolean {
  return p.joinedOn !== null && p.joinedOn <= day && (p.leftOn === null || p.leftOn > day);
}

interface StoredVote {
  id: number;
  kind: VoteDto['kind'];
  subjectPersonId: number | null;
  opensOn: string;
  closesOn: string | null;
  candidateIds: number[];
  ballots: Map<number, { choice: BallotDto['choice']; candidateId: number | null }>;
}

interface StoredCommittee extends CommitteeInputDto {
  id: number;
  kind: CommitteeDto['kind'];
  members: { personId: number; joinedOn: string; leftOn: string | null }[];
}

const CANONICAL = ['nombre', 'tipo', 'cargo', 'institucion', 'orden', 'poder', 'correo', 'telefono', 'fecha_ingreso'];
const KIND_WORDS: Record<string, PersonKind> = {
  ciudadano: 'citizen',
  funcionario: 'official',
  honorario: 'honorary',
  colaborador: 'collaborator',
  voluntario: 'volunteer',
  invitado: 'guest',
};

export function createFakeMesa(seed: MesaSeed = {}) {
  const today = seed.today ?? '2026-03-14';
  let rules: MesaRules = { ...DEFAULT_RULES, ...seed.rules };
  const people = new Map<number, PersonInputDto>();
  let nextPerson = 1;
  for (const p of seed.people ?? []) people.set(nextPerson++, { ...emptyPerson, ...p });

  const committees = new Map<number, StoredCommittee>();
  let nextCommittee = 1;
  for (const c of seed.committees ?? []) {
    const id = nextCommittee++;
    committees.set(id, {
      axis: null,
      description: null,
      coordinatorId: null,
      substituteId: null,
      createdOn: '2025-01-15',
      dissolvedOn: null,
      ...c,
      id,
      kind: c.kind ?? 'working',
      members: (c.members ?? []).map((m) => ({ ...m, leftOn: m.leftOn ?? null })),
    });
  }

  const terms = new Map<number, SeedRoleTerm>();
  let nextTerm = 1;
  for (const t of seed.roleTerms ?? []) terms.set(nextTerm++, { ...t });

  const votes = new Map<number, StoredVote>();
  let nextVote = 1;

  const nameOf = (id: number | null) => (id === null ? null : (people.get(id)?.fullName ?? null));

  function currentCommittees(personId: number): { id: number; name: string }[] {
    return [...committees.values()]
      .filter((c) => (c.dissolvedOn === null || c.dissolvedOn > today) && c.members.some((m) => m.personId === personId && (m.leftOn === null || m.leftOn > today)))
      .map((c) => ({ id: c.id, name: c.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  function personDto(id: number): PersonDto {
    const p = people.get(id)!;
    return {
      ...p,
      id,
      substituteName: nameOf(p.substituteId),
      active: activeOn(p, today),
      committees: currentCommittees(id),
    };
  }

  function committeeDto(c: StoredCommittee): CommitteeDto {
    const { members, ...rest } = c;
    return {
      ...rest,
      coordinatorName: nameOf(c.coordinatorId),
      substituteName: nameOf(c.substituteId),
      members: members
        .filter((m) => m.leftOn === null || m.leftOn > today)
        .map((m) => ({ personId: m.personId, name: nameOf(m.personId)!, kind: people.get(m.personId)!.kind, joinedOn: m.joinedOn })),
    };
  }

  function termDto(id: number): RoleTermDto {
    const t = terms.get(id)!;
    return { ...t, id, personName: nameOf(t.personId)!, current: inOffice(t, today) };
  }

  const electorateOf = (v: StoredVote) =>
    [...people.entries()]
      .filter(([id, p]) => p.kind === 'citizen' && activeOn(p, v.opensOn) && id !== v.subjectPersonId)
      .map(([id]) => id);

  function voteDto(v: StoredVote): VoteDto {
    const electorate = electorateOf(v).length;
    const ballots: BallotDto[] = [...v.ballots].map(([personId, b]) => ({ personId, name: nameOf(personId)!, ...b }));
    const candidates = v.candidateIds.map((personId) => ({
      personId,
      name: nameOf(personId)!,
      votes: ballots.filter((b) => b.candidateId === personId).length,
    }));
    const admission =
      v.kind === 'admission'
        ? admissionResult(
            {
              electorate,
              inFavour: ballots.filter((b) => b.choice === 'yes').length,
              against: ballots.filter((b) => b.choice === 'no').length,
            },
            rules,
          )
        : null;
    const election =
      v.kind === 'admission'
        ? null
        : electionResult(
            {
              electorate,
              votesByCandidate: new Map(candidates.map((c) => [c.personId, c.votes])),
              blank: ballots.filter((b) => b.choice === 'blank').length,
            },
            rules,
          );
    const status = v.closesOn === null ? 'open' : 'closed';
    return {
      id: v.id,
      kind: v.kind,
      subject: v.kind === 'admission' ? nameOf(v.subjectPersonId)! : candidates.map((c) => c.name).join(', '),
      subjectPersonId: v.subjectPersonId,
      opensOn: v.opensOn,
      closesOn: v.closesOn,
      status,
      electorate,
      candidates,
      ballots,
      admission,
      election,
      reapplyFrom: status === 'closed' && admission?.outcome === 'rejected' ? reapplyFrom(v.closesOn!, rules) : null,
    };
  }

  function checkPerson(p: PersonInputDto): Result<never> | null {
    const problems = personProblems(p);
    return problems.length ? fail('invalid_argument', `Datos incompletos: ${problems.join(', ')}`) : null;
  }

  function parseCsv(csv: string): { preview: PeopleImportPreviewDto; inputs: PersonInputDto[] } | Result<never> {
    const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (lines.length && !lines[lines.length - 1]!.trim()) lines.pop();
    const headerLine = lines[0] ?? '';
    const delimiter = (headerLine.split(';').length > headerLine.split(',').length ? ';' : ',') as ',' | ';';
    const header = headerLine.split(delimiter).map((h) => nameKey(h).replace(/ /g, '_'));
    const missingColumns = CANONICAL.filter((c) => !header.includes(c));
    // Like main: without the required columns there is no row to check.
    if (missingColumns.includes('nombre') || missingColumns.includes('tipo')) {
      return fail('invalid_argument', 'Faltan columnas obligatorias en el encabezado: nombre, tipo.');
    }
    const ignoredColumns = header.filter((h) => h && !CANONICAL.includes(h));
    const seen = new Set<string>();
    const existing = new Set([...people.values()].map((p) => nameKey(p.fullName)));
    const rows: PeopleImportRowDto[] = [];
    const inputs: PersonInputDto[] = [];
    lines.slice(1).forEach((text, index) => {
      if (!text.trim()) return;
      const cells = text.split(delimiter).map((c) => c.trim());
      const cell = (column: string) => {
        const at = header.indexOf(column);
        return at < 0 ? '' : (cells[at] ?? '');
      };
      const issues: ImportIssueDto[] = [];
      const fullName = cell('nombre');
      if (!fullName) issues.push({ column: 'nombre', code: 'required' });
      const kindText = nameKey(cell('tipo'));
      const kind = KIND_WORDS[kindText] ?? null;
      if (!kindText) issues.push({ column: 'tipo', code: 'required' });
      else if (!kind) issues.push({ column: 'tipo', code: 'unknown_value', value: cell('tipo') });
      const order = cell('orden') ? nameKey(cell('orden')) : '';
      const power = cell('poder') ? nameKey(cell('poder')) : '';
      if (order && !['municipal', 'estatal', 'federal'].includes(order)) issues.push({ column: 'orden', code: 'unknown_value', value: cell('orden') });
      if (power && !['ejecutivo', 'legislativo', 'judicial'].includes(power)) issues.push({ column: 'poder', code: 'unknown_value', value: cell('poder') });
      const joined = cell('fecha_ingreso');
      if (joined && !isIsoDay(joined)) issues.push({ column: 'fecha_ingreso', code: 'invalid_date', value: joined });
      if (kind === 'official') {
        if (!cell('cargo')) issues.push({ column: 'cargo', code: 'official_needs_post' });
        if (!cell('institucion')) issues.push({ column: 'institucion', code: 'official_needs_institution' });
        if (!order) issues.push({ column: 'orden', code: 'official_needs_order' });
        if (!power) issues.push({ column: 'poder', code: 'official_needs_power' });
      }
      if (fullName) {
        const key = nameKey(fullName);
        if (seen.has(key)) issues.push({ column: 'nombre', code: 'duplicate_in_file', value: fullName });
        else if (existing.has(key)) issues.push({ column: 'nombre', code: 'duplicate_existing', value: fullName });
        seen.add(key);
      }
      rows.push({ line: index + 2, fullName, kind, issues });
      if (!issues.length && kind) {
        inputs.push({
          ...emptyPerson,
          kind,
          fullName,
          post: cell('cargo') || null,
          institution: cell('institucion') || null,
          order: (order || null) as PersonInputDto['order'],
          power: (power || null) as PersonInputDto['power'],
          email: cell('correo') || null,
          phone: cell('telefono') || null,
          joinedOn: joined || (kind === 'citizen' ? null : today),
        });
      }
    });
    const invalidRows = rows.filter((r) => r.issues.length).length;
    return {
      preview: { delimiter, missingColumns, ignoredColumns, rows, validRows: rows.length - invalidRows, invalidRows },
      inputs,
    };
  }

  const handlers = {
    people: {
      list: (filter: { search?: string; kind?: PersonKind; committeeId?: number; active?: boolean }) =>
        ok(
          [...people.keys()]
            .map(personDto)
            .filter((p) => !filter.search || nameKey(p.fullName).includes(nameKey(filter.search)))
            .filter((p) => !filter.kind || p.kind === filter.kind)
            .filter((p) => filter.committeeId === undefined || p.committees.some((c) => c.id === filter.committeeId))
            .filter((p) => filter.active === undefined || p.active === filter.active)
            .sort((a, b) => a.fullName.localeCompare(b.fullName)),
        ),
      get: ({ id }: { id: number }) => (people.has(id) ? ok(personDto(id)) : fail('not_found', 'No existe esa persona.')),
      create: (input: PersonInputDto) => {
        const refused = checkPerson(input);
        if (refused) return refused;
        const id = nextPerson++;
        people.set(id, { ...input, joinedOn: input.joinedOn ?? (input.kind === 'citizen' ? null : today) });
        return ok(personDto(id));
      },
      update: ({ id, person }: { id: number; person: PersonInputDto }) => {
        if (!people.has(id)) return fail('not_found', 'No existe esa persona.');
        const refused = checkPerson(person);
        if (refused) return refused;
        people.set(id, person);
        return ok(personDto(id));
      },
      importPreview: ({ csv }: { csv: string }) => {
        const parsed = parseCsv(csv);
        return 'preview' in parsed ? ok(parsed.preview) : parsed;
      },
      importApply: ({ csv }: { csv: string }) => {
        const parsed = parseCsv(csv);
        if (!('preview' in parsed)) return parsed;
        const { preview, inputs } = parsed;
        if (preview.invalidRows > 0) return fail('invalid_argument', 'El archivo tiene filas con problemas.');
        for (const input of inputs) people.set(nextPerson++, input);
        return ok({ imported: inputs.length });
      },
    },
    roles: {
      list: () => ok([...terms.keys()].map(termDto).sort((a, b) => (a.startsOn < b.startsOn ? 1 : -1))),
      assign: (args: { personId: number; role: RoleKind; startsOn: string; endsOn: string | null }) => {
        const person = people.get(args.personId);
        if (!person) return fail('not_found', 'No existe esa persona.');
        if (!canHoldRole(person.kind, args.role)) return fail('forbidden', 'Un funcionario no puede tener un cargo ciudadano.');
        const coordinatorRole = args.role === 'coordinator' || args.role === 'substitute_coordinator';
        const endsOn = args.endsOn ?? (coordinatorRole ? addYears(args.startsOn, rules.coordinatorTermYears) : null);
        const id = nextTerm++;
        terms.set(id, { personId: args.personId, role: args.role, startsOn: args.startsOn, endsOn });
        return ok(termDto(id));
      },
      end: ({ id, endsOn }: { id: number; endsOn: string }) => {
        const term = terms.get(id);
        if (!term) return fail('not_found', 'No existe ese periodo.');
        term.endsOn = endsOn;
        return ok(termDto(id));
      },
      warnings: () => ok(roleWarnings([...terms.values()], today, rules)),
    },
    committees: {
      list: () => ok([...committees.values()].map(committeeDto)),
      create: (input: CommitteeInputDto) => {
        if (!input.name.trim()) return fail('invalid_argument', 'Falta el nombre.');
        const id = nextCommittee++;
        committees.set(id, { ...input, id, kind: 'working', members: [] });
        return ok(committeeDto(committees.get(id)!));
      },
      update: ({ id, committee }: { id: number; committee: CommitteeInputDto }) => {
        const stored = committees.get(id);
        if (!stored) return fail('not_found', 'No existe ese comité.');
        Object.assign(stored, committee);
        return ok(committeeDto(stored));
      },
      addMember: ({ committeeId, personId, joinedOn }: { committeeId: number; personId: number; joinedOn: string }) => {
        const stored = committees.get(committeeId);
        if (!stored || !people.has(personId)) return fail('not_found', 'No existe ese comité o esa persona.');
        if (stored.members.some((m) => m.personId === personId && m.leftOn === null)) {
          return fail('conflict', 'Esa persona ya es integrante del comité.');
        }
        stored.members.push({ personId, joinedOn, leftOn: null });
        return ok(committeeDto(stored));
      },
      removeMember: ({ committeeId, personId, leftOn }: { committeeId: number; personId: number; leftOn: string }) => {
        const stored = committees.get(committeeId);
        const member = stored?.members.find((m) => m.personId === personId && m.leftOn === null);
        if (!stored || !member) return fail('not_found', 'Esa persona no es integrante del comité.');
        member.leftOn = leftOn;
        return ok(committeeDto(stored));
      },
      citizensWithoutCommittee: () =>
        ok(
          [...people.entries()]
            .filter(([id, p]) => p.kind === 'citizen' && activeOn(p, today) && currentCommittees(id).length === 0)
            .map(([id, p]) => {
              const lastLeft = [...committees.values()]
                .flatMap((c) => c.members)
                .filter((m) => m.personId === id && m.leftOn !== null)
                .map((m) => m.leftOn!)
                .sort()
                .pop();
              const since = lastLeft && lastLeft > p.joinedOn! ? lastLeft : p.joinedOn!;
              return { personId: id, name: p.fullName, since, days: daysBetween(since, today) };
            })
            .filter((c) => c.days > rules.monthsWithoutCommittee * 30),
        ),
    },
    compliance: {
      attendance: ({ from, to }: { from: string; to: string }) =>
        ok({
          from,
          to,
          thresholdPct: rules.maxUnjustifiedAbsencePct,
          rows: [...people.entries()]
            .filter(([, p]) => p.kind === 'citizen' && activeOn(p, today))
            .map(([id, p]) => ({ personId: id, name: p.fullName, ...attendanceCompliance(seed.attendance?.[id] ?? [], rules) })),
        }),
    },
    votes: {
      list: () => ok([...votes.values()].map(voteDto).reverse()),
      open: (args: { kind: VoteDto['kind']; opensOn: string; subjectPersonId: number | null; candidateIds: number[] }) => {
        if (args.kind === 'admission') {
          const applicant = args.subjectPersonId === null ? undefined : people.get(args.subjectPersonId);
          if (!applicant || applicant.kind !== 'citizen' || applicant.joinedOn !== null) {
            return fail('invalid_argument', 'El aspirante debe ser un ciudadano todavía no admitido.');
          }
        } else if (args.candidateIds.length === 0) {
          return fail('invalid_argument', 'Una elección necesita candidatos.');
        }
        const id = nextVote++;
        const vote: StoredVote = {
          id,
          kind: args.kind,
          subjectPersonId: args.kind === 'admission' ? args.subjectPersonId : null,
          opensOn: args.opensOn,
          closesOn: null,
          candidateIds: args.kind === 'admission' ? [] : args.candidateIds,
          ballots: new Map(),
        };
        votes.set(id, vote);
        return ok(voteDto(vote));
      },
      cast: (args: { voteId: number; personId: number; choice: BallotDto['choice']; candidateId: number | null }) => {
        const vote = votes.get(args.voteId);
        if (!vote) return fail('not_found', 'No existe esa votación.');
        if (vote.closesOn !== null) return fail('conflict', 'La votación ya está cerrada.');
        if (!electorateOf(vote).includes(args.personId)) return fail('forbidden', 'Esa persona no vota en esta votación.');
        vote.ballots.set(args.personId, { choice: args.choice, candidateId: args.candidateId });
        return ok(voteDto(vote));
      },
      close: ({ voteId, closesOn }: { voteId: number; closesOn: string }) => {
        const vote = votes.get(voteId);
        if (!vote) return fail('not_found', 'No existe esa votación.');
        vote.closesOn = closesOn;
        const result = voteDto(vote);
        if (result.admission?.outcome === 'admitted' && vote.subjectPersonId !== null) {
          people.get(vote.subjectPersonId)!.joinedOn = closesOn;
        }
        return ok(result);
      },
    },
    rules: {
      get: () => ok(rules),
      set: (partial: Partial<MesaRules>) => {
        rules = { ...rules, ...partial };
        return ok(rules);
      },
    },
  };

  return { handlers, people, committees, terms, votes };
}

/** Ten people of a Mesa like Juárez's: citizens, officials, a collaborator and an applicant. */
export const SAMPLE_PEOPLE: SeedPerson[] = [
  { kind: 'citizen', fullName: 'María Fernanda Ortiz Salas', joinedOn: '2023-02-10', email: 'mf.ortiz@example.org' },
  { kind: 'citizen', fullName: 'José Luis Carrasco Peña', joinedOn: '2023-02-10' },
  { kind: 'citizen', fullName: 'Ana Sofía Herrera Ruiz', joinedOn: '2024-06-03' },
  { kind: 'citizen', fullName: 'Ricardo Balderrama Ochoa', joinedOn: '2022-09-01' },
  { kind: 'citizen', fullName: 'Lucía Domínguez Treviño', joinedOn: '2025-11-20' },
  {
    kind: 'official',
    fullName: 'Gabriel Quintana Leyva',
    post: 'Director de Seguridad Pública Municipal',
    institution: 'Secretaría de Seguridad Pública Municipal',
    order: 'municipal',
    power: 'ejecutivo',
    joinedOn: '2024-10-10',
  },
  {
    kind: 'official',
    fullName: 'Patricia Villalobos Anaya',
    post: 'Fiscal de Distrito Zona Norte',
    institution: 'Fiscalía General del Estado',
    order: 'estatal',
    power: 'ejecutivo',
    joinedOn: '2024-10-10',
  },
  { kind: 'collaborator', fullName: 'Héctor Manuel Sáenz', joinedOn: '2025-03-01' },
  { kind: 'citizen', fullName: 'Roberto Armendáriz Gil', joinedOn: '2021-05-01', leftOn: '2025-08-31', leaveReason: 'resignation' },
  { kind: 'citizen', fullName: 'Claudia Esparza Morales', joinedOn: null },
];
