import type { Db } from '../sqlite.js';
import type { BallotChoice } from '../../../shared/ipc/contract.js';
import type { VoteKind } from '../../../shared/domain/votes.js';

export interface VoteRow {
  id: number;
  kind: VoteKind;
  subject: string;
  subject_person_id: number | null;
  opens_at: string;
  closes_at: string | null;
  electorate: number;
  result: 'approved' | 'rejected' | 'invalid' | null;
}

export interface BallotRow {
  id: number;
  person_id: number;
  name: string;
  choice: 'yes' | 'no' | 'abstain';
  candidate_person_id: number | null;
}

/** A blank ballot is stored as the schema's 'abstain'. */
const toStored = (c: BallotChoice): BallotRow['choice'] => (c === 'blank' ? 'abstain' : c);
export const fromStored = (c: BallotRow['choice']): BallotChoice => (c === 'abstain' ? 'blank' : c);

export const voteRepository = {
  list(db: Db): VoteRow[] {
    return db
      .prepare(
        `SELECT id, kind, subject, subject_person_id, opens_at, closes_at, electorate, result FROM votes
         WHERE kind IN ('admission','coordinator_election','substitute_election') ORDER BY opens_at DESC, id DESC`,
      )
      .all() as VoteRow[];
  },
  get(db: Db, id: number): VoteRow | undefined {
    return db
      .prepare(
        `SELECT id, kind, subject, subject_person_id, opens_at, closes_at, electorate, result FROM votes
         WHERE id = ? AND kind IN ('admission','coordinator_election','substitute_election')`,
      )
      .get(id) as VoteRow | undefined;
  },
  /** Citizen votes are citizen matters: their rows are citizen-only. */
  insert(db: Db, v: { kind: VoteKind; subject: string; subjectPersonId: number | null; opensOn: string; electorate: number }): number {
    return Number(
      db
        .prepare(
          `INSERT INTO votes (kind, subject, subject_person_id, opens_at, electorate, visibility) VALUES (?, ?, ?, ?, ?, 'citizens')`,
        )
        .run(v.kind, v.subject, v.subjectPersonId, v.opensOn, v.electorate).lastInsertRowid,
    );
  },
  addCandidate(db: Db, voteId: number, personId: number): number {
    return Number(db.prepare('INSERT INTO vote_candidates (vote_id, person_id) VALUES (?, ?)').run(voteId, personId).lastInsertRowid);
  },
  candidates(db: Db, voteId: number): { person_id: number; name: string }[] {
    return db
      .prepare(`SELECT c.person_id, p.full_name AS name FROM vote_candidates c JOIN people p ON p.id = c.person_id WHERE c.vote_id = ? ORDER BY c.id`)
      .all(voteId) as { person_id: number; name: string }[];
  },
  ballots(db: Db, voteId: number): BallotRow[] {
    return db
      .prepare(
        `SELECT b.id, b.person_id, p.full_name AS name, b.choice, b.candidate_person_id FROM vote_ballots b
         JOIN people p ON p.id = b.person_id WHERE b.vote_id = ? ORDER BY p.full_name COLLATE NOCASE`,
      )
      .all(voteId) as BallotRow[];
  },
  /** One ballot per voter: a second one replaces the first while the vote is open. Returns the row id. */
  castBallot(db: Db, b: { voteId: number; personId: number; choice: BallotChoice; candidateId: number | null; castAt: string }): number {
    db.prepare(
      `INSERT INTO vote_ballots (vote_id, person_id, choice, cast_at, candidate_person_id) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (vote_id, person_id) DO UPDATE SET choice = excluded.choice, cast_at = excluded.cast_at,
         candidate_person_id = excluded.candidate_person_id`,
    ).run(b.voteId, b.personId, toStored(b.choice), b.castAt, b.candidateId);
    return (db.prepare('SELECT id FROM vote_ballots WHERE vote_id = ? AND person_id = ?').get(b.voteId, b.personId) as { id: number }).id;
  },
  close(db: Db, id: number, closesOn: string, result: NonNullable<VoteRow['result']>): void {
    db.prepare(`UPDATE votes SET closes_at = ?, result = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`).run(closesOn, result, id);
  },
  /** The latest closed admission of an applicant, to enforce the waiting year after a rejection. */
  lastAdmission(db: Db, personId: number): VoteRow | undefined {
    return db
      .prepare(
        `SELECT id, kind, subject, subject_person_id, opens_at, closes_at, electorate, result FROM votes
         WHERE kind = 'admission' AND subject_person_id = ? ORDER BY opens_at DESC, id DESC LIMIT 1`,
      )
      .get(personId) as VoteRow | undefined;
  },
};
