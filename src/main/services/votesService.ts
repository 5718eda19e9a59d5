import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { fromStored, voteRepository, type VoteRow } from '../db/repositories/voteRepository.js';
import { admissionResult, electionResult, reapplyFrom, type AdmissionResult, type ElectionResult } from '../../shared/domain/votes.js';
import type { MesaRules } from '../../shared/domain/rules.js';
import type { CastBallotDto, OpenVoteDto, VoteDto } from '../../shared/ipc/contract.js';
import { RulesService } from './rulesService.js';
import type { ServiceContext } from './serviceContext.js';

const SUBJECTS = { coordinator_election: 'Elección de coordinador', substitute_election: 'Elección de coordinador suplente' } as const;

/**
 * Citizen votes (cuadros 5 and 11): only citizens who were active members when the vote
 * opened may vote, officials never; results come from the pure rules in shared/domain.
 */
export class VotesService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): VoteDto[] {
    const db = this.ctx.db();
    const rules = RulesService.read(db);
    return voteRepository.list(db).map((v) => this.toDto(db, v, rules));
  }

  open(dto: OpenVoteDto): VoteDto {
    const id = this.ctx.write((db, audit) => {
      const rules = RulesService.read(db);
      const electorate = this.electorate(db, dto.opensOn, dto.subjectPersonId);
      if (dto.kind === 'admission') {
        if (dto.candidateIds.length > 0) throw new AppFailure('invalid_argument', 'Una votación de admisión no tiene candidatos.');
        const applicant = dto.subjectPersonId === null ? undefined : peopleRepository.get(db, dto.subjectPersonId, dto.opensOn);
        if (!applicant) throw new AppFailure('not_found', 'Elija a la persona aspirante.');
        if (applicant.kind !== 'citizen' || applicant.joinedOn !== null) {
          throw new AppFailure('invalid_argument', 'Solo se vota la admisión de un ciudadano aspirante (sin fecha de ingreso).');
        }
        const last = voteRepository.lastAdmission(db, applicant.id);
        if (last && last.closes_at === null) throw new AppFailure('conflict', 'Ya hay una votación abierta para esta persona.');
        if (last?.result === 'rejected') {
          const from = reapplyFrom(last.closes_at!, rules);
          if (dto.opensOn < from) throw new AppFailure('conflict', `Su solicitud fue rechazada; puede volver a solicitar su ingreso a partir del ${from}.`);
        }
        const voteId = voteRepository.insert(db, {
          kind: 'admission',
          subject: `Admisión de ${applicant.fullName}`,
          subjectPersonId: applicant.id,
          opensOn: dto.opensOn,
          electorate: electorate.size,
        });
        audit('insert', 'votes', voteId);
        return voteId;
      }
      if (dto.subjectPersonId !== null) throw new AppFailure('invalid_argument', 'Una elección no tiene persona aspirante; elija candidatos.');
      const candidates = [...new Set(dto.candidateIds)];
      if (candidates.length === 0) throw new AppFailure('invalid_argument', 'Elija al menos un candidato.');
      for (const c of candidates) {
        if (!electorate.has(c)) throw new AppFailure('invalid_argument', 'Cada candidato debe ser un ciudadano integrante activo.');
      }
      const voteId = voteRepository.insert(db, { kind: dto.kind, subject: SUBJECTS[dto.kind], subjectPersonId: null, opensOn: dto.opensOn, electorate: electorate.size });
      audit('insert', 'votes', voteId);
      for (const c of candidates) audit('insert', 'vote_candidates', voteRepository.addCandidate(db, voteId, c));
      return voteId;
    });
    return this.get(id);
  }

  cast(dto: CastBallotDto): VoteDto {
    this.ctx.write((db, audit) => {
      const vote = this.openVote(db, dto.voteId);
      if (!this.electorate(db, vote.opens_at, vote.subject_person_id).has(dto.personId)) {
        throw new AppFailure('forbidden', 'Solo votan los ciudadanos integrantes activos al abrir la votación; los funcionarios nunca votan asuntos ciudadanos.');
      }
      if (vote.kind === 'admission') {
        if (dto.choice === 'blank' || dto.candidateId !== null) throw new AppFailure('invalid_argument', 'En una admisión se vota a favor o en contra.');
      } else if (dto.choice === 'no') {
        throw new AppFailure('invalid_argument', 'En una elección se vota por un candidato o en blanco.');
      } else if ((dto.choice === 'yes') !== (dto.candidateId !== null)) {
        throw new AppFailure('invalid_argument', 'Elija un candidato, o vote en blanco sin candidato.');
      } else if (dto.candidateId !== null && !voteRepository.candidates(db, vote.id).some((c) => c.person_id === dto.candidateId)) {
        throw new AppFailure('invalid_argument', 'Esa persona no es candidata en esta elección.');
      }
      const existing = voteRepository.ballots(db, vote.id).some((b) => b.person_id === dto.personId);
      const ballotId = voteRepository.castBallot(db, { ...dto, castAt: new Date().toISOString() });
      audit(existing ? 'update' : 'insert', 'vote_ballots', ballotId);
    });
    return this.get(dto.voteId);
  }

  close(voteId: number, closesOn: string): VoteDto {
    this.ctx.write((db, audit) => {
      const vote = this.openVote(db, voteId);
      if (closesOn < vote.opens_at) throw new AppFailure('invalid_argument', 'La votación no puede cerrar antes de abrir.');
      const dto = this.toDto(db, vote, RulesService.read(db));
      const outcome = dto.admission?.outcome ?? dto.election!.outcome;
      const result = outcome === 'admitted' || outcome === 'elected' ? 'approved' : outcome === 'invalid' ? 'invalid' : 'rejected';
      voteRepository.close(db, voteId, closesOn, result);
      audit('update', 'votes', voteId);
      if (outcome === 'admitted') {
        // The applicant becomes a member the day the vote closes.
        peopleRepository.setJoinedOn(db, vote.subject_person_id!, closesOn);
        audit('update', 'people', vote.subject_person_id!);
      }
    });
    return this.get(voteId);
  }

  private get(id: number): VoteDto {
    const db = this.ctx.db();
    const vote = voteRepository.get(db, id);
    if (!vote) throw new AppFailure('not_found', 'Esa votación no existe.');
    return this.toDto(db, vote, RulesService.read(db));
  }

  private openVote(db: Db, id: number): VoteRow {
    const vote = voteRepository.get(db, id);
    if (!vote) throw new AppFailure('not_found', 'Esa votación no existe.');
    if (vote.closes_at !== null) throw new AppFailure('conflict', 'La votación ya está cerrada; su resultado es inapelable.');
    return vote;
  }

  /** Active citizens on the day the vote opened, never the applicant. */
  private electorate(db: Db, day: string, applicantId: number | null): Set<number> {
    const ids = peopleRepository.activeCitizenIds(db, day).filter((id) => id !== applicantId);
    return new Set(ids);
  }

  private toDto(db: Db, v: VoteRow, rules: MesaRules): VoteDto {
    const ballots = voteRepository.ballots(db, v.id);
    const candidates = voteRepository.candidates(db, v.id).map((c) => ({
      personId: c.person_id,
      name: c.name,
      votes: ballots.filter((b) => b.candidate_person_id === c.person_id).length,
    }));
    let admission: AdmissionResult | null = null;
    let election: ElectionResult | null = null;
    if (v.kind === 'admission') {
      admission = admissionResult(
        { electorate: v.electorate, inFavour: ballots.filter((b) => b.choice === 'yes').length, against: ballots.filter((b) => b.choice === 'no').length },
        rules,
      );
    } else {
      election = electionResult(
        {
          electorate: v.electorate,
          votesByCandidate: new Map(candidates.map((c) => [c.personId, c.votes])),
          blank: ballots.filter((b) => b.choice === 'abstain').length,
        },
        rules,
      );
    }
    const closed = v.closes_at !== null;
    return {
      id: v.id,
      kind: v.kind,
      subject: v.subject,
      subjectPersonId: v.subject_person_id,
      opensOn: v.opens_at,
      closesOn: v.closes_at,
      status: closed ? 'closed' : 'open',
      electorate: v.electorate,
      candidates,
      ballots: ballots.map((b) => ({ personId: b.person_id, name: b.name, choice: fromStored(b.choice), candidateId: b.candidate_person_id })),
      admission,
      election,
      reapplyFrom: closed && admission?.outcome === 'rejected' ? reapplyFrom(v.closes_at!, rules) : null,
    };
  }
}

