import { describe, expect, it } from 'vitest';
import { official, openServices, person } from '../support/servicesHarness.js';
import type { Services } from '../../src/main/services/services.js';

function citizens(s: Services, n: number): number[] {
  return Array.from({ length: n }, (_, i) => s.people.create(person(`Ciudadano ${String(i + 1).padStart(2, '0')}`)).id);
}

describe('admission vote', () => {
  it('admits the applicant with enough turnout, and they become an active member', () => {
    const { s } = openServices('2026-06-01');
    const voters = citizens(s, 10);
    const luis = s.people.create(official('Luis'));
    const applicant = s.people.create(person('Aspirante Uno', { joinedOn: null }));
    expect(applicant.active).toBe(false);
    const vote = s.votes.open({ kind: 'admission', opensOn: '2026-06-01', subjectPersonId: applicant.id, candidateIds: [] });
    expect(vote).toMatchObject({ electorate: 10, status: 'open', admission: { outcome: 'invalid', quorumNeeded: 8 } });
    // Officials never vote on citizen matters; the applicant does not vote on themself.
    expect(() => s.votes.cast({ voteId: vote.id, personId: luis.id, choice: 'yes', candidateId: null })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => s.votes.cast({ voteId: vote.id, personId: applicant.id, choice: 'yes', candidateId: null })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(() => s.votes.cast({ voteId: vote.id, personId: voters[0]!, choice: 'blank', candidateId: null })).toThrow(/a favor o en contra/);
    voters.slice(0, 7).forEach((id) => s.votes.cast({ voteId: vote.id, personId: id, choice: 'yes', candidateId: null }));
    expect(s.votes.list()[0]!.admission).toMatchObject({ outcome: 'invalid', voted: 7 });
    const after = s.votes.cast({ voteId: vote.id, personId: voters[7]!, choice: 'no', candidateId: null });
    expect(after.admission).toMatchObject({ outcome: 'admitted', voted: 8, valid: true });
    const closed = s.votes.close(vote.id, '2026-06-06');
    expect(closed).toMatchObject({ status: 'closed', closesOn: '2026-06-06', reapplyFrom: null });
    expect(s.people.get(applicant.id)).toMatchObject({ joinedOn: '2026-06-06' });
    expect(() => s.votes.cast({ voteId: vote.id, personId: voters[8]!, choice: 'yes', candidateId: null })).toThrow(/inapelable/);
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('rejects at 25% against, and the applicant may reapply only a year later', () => {
    const { s } = openServices('2026-06-01');
    const voters = citizens(s, 8);
    const applicant = s.people.create(person('Aspirante Dos', { joinedOn: null }));
    const vote = s.votes.open({ kind: 'admission', opensOn: '2026-06-01', subjectPersonId: applicant.id, candidateIds: [] });
    voters.forEach((id, i) => s.votes.cast({ voteId: vote.id, personId: id, choice: i < 2 ? 'no' : 'yes', candidateId: null }));
    expect(s.votes.close(vote.id, '2026-06-06')).toMatchObject({ admission: { outcome: 'rejected' }, reapplyFrom: '2027-06-06' });
    expect(s.people.get(applicant.id).joinedOn).toBeNull();
    expect(() => s.votes.open({ kind: 'admission', opensOn: '2027-06-05', subjectPersonId: applicant.id, candidateIds: [] })).toThrow(/a partir del 2027-06-06/);
    expect(s.votes.open({ kind: 'admission', opensOn: '2027-06-06', subjectPersonId: applicant.id, candidateIds: [] }).status).toBe('open');
  });

  it('refuses to open an admission for a member or an official', () => {
    const { s } = openServices();
    const member = s.people.create(person('Ya Integrante'));
    const luis = s.people.create(official('Luis'));
    for (const id of [member.id, luis.id]) {
      expect(() => s.votes.open({ kind: 'admission', opensOn: '2026-06-01', subjectPersonId: id, candidateIds: [] })).toThrow(/aspirante/);
    }
  });
});

describe('coordinator election', () => {
  it('needs more than 85% turnout and two thirds of the votes cast', () => {
    const { s } = openServices('2026-06-01');
    const voters = citizens(s, 9);
    const [ana, beto] = [voters[0]!, voters[1]!];
    const vote = s.votes.open({ kind: 'coordinator_election', opensOn: '2026-06-01', subjectPersonId: null, candidateIds: [ana, beto] });
    expect(vote).toMatchObject({ subject: 'Elección de coordinador', electorate: 9, candidates: [{ personId: ana, votes: 0 }, { personId: beto, votes: 0 }] });
    expect(() => s.votes.cast({ voteId: vote.id, personId: voters[2]!, choice: 'no', candidateId: null })).toThrow(/candidato o en blanco/);
    // 8 of 9 is 88.9% turnout: valid. 5 of 8 for Ana is below two thirds (6 needed).
    voters.slice(0, 8).forEach((id, i) => s.votes.cast({ voteId: vote.id, personId: id, choice: 'yes', candidateId: i < 5 ? ana : beto }));
    expect(s.votes.list()[0]!.election).toMatchObject({ outcome: 'no_majority', voted: 8, majorityNeeded: 6 });
    // A voter may change their ballot while the vote is open.
    const changed = s.votes.cast({ voteId: vote.id, personId: voters[7]!, choice: 'yes', candidateId: ana });
    expect(changed.election).toMatchObject({ outcome: 'elected', winner: ana });
    expect(changed.ballots).toHaveLength(8);
    expect(s.votes.close(vote.id, '2026-06-06').status).toBe('closed');
    expect(s.workspace.verify().ok).toBe(true);
  });

  it('accepts only active citizens as candidates', () => {
    const { s } = openServices();
    citizens(s, 3);
    const luis = s.people.create(official('Luis'));
    expect(() => s.votes.open({ kind: 'substitute_election', opensOn: '2026-06-01', subjectPersonId: null, candidateIds: [luis.id] })).toThrow(/ciudadano integrante activo/);
  });
});
