import type { PersonDto, VoteDto } from '../../../../shared/ipc/contract.js';

export interface Voter {
  personId: number;
  name: string;
}

/**
 * Who votes: the citizens active on the day the vote opened, never the applicant, never an
 * official (2.7.1). Anyone main already holds a ballot from is listed too, so no ballot hides.
 */
export function votersOf(vote: VoteDto, citizens: readonly PersonDto[]): Voter[] {
  const voters: Voter[] = citizens
    .filter(
      (p) =>
        p.kind === 'citizen' &&
        p.id !== vote.subjectPersonId &&
        p.joinedOn !== null &&
        p.joinedOn <= vote.opensOn &&
        (p.leftOn === null || p.leftOn > vote.opensOn),
    )
    .map((p) => ({ personId: p.id, name: p.fullName }));
  for (const ballot of vote.ballots) {
    if (!voters.some((v) => v.personId === ballot.personId)) voters.push({ personId: ballot.personId, name: ballot.name });
  }
  return voters.sort((a, b) => a.name.localeCompare(b.name));
}
