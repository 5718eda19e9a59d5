import type { GovOrder, GovPower, LeaveReason, PersonKind } from '../../domain/people.js';
import type { RoleKind, RoleWarning } from '../../domain/roles.js';
import type { AdmissionResult, ElectionResult, VoteKind } from '../../domain/votes.js';
import type { MesaRules } from '../../domain/rules.js';

/** Days are 'YYYY-MM-DD'. Absent optional values are null, never undefined, across the boundary. */
export interface PersonInputDto {
  kind: PersonKind;
  fullName: string;
  email: string | null;
  phone: string | null;
  post: string | null;
  institution: string | null;
  order: GovOrder | null;
  power: GovPower | null;
  /** Who may attend for an official. */
  substituteId: number | null;
  joinedOn: string | null;
  leftOn: string | null;
  leaveReason: LeaveReason | null;
  notes: string | null;
}

export interface PersonDto extends PersonInputDto {
  id: number;
  substituteName: string | null;
  active: boolean;
  committees: { id: number; name: string }[];
}

export interface PeopleFilterDto {
  search?: string;
  kind?: PersonKind;
  committeeId?: number;
  active?: boolean;
}

/** One problem in one imported row; the renderer and the CLI turn the code into a sentence. */
export type ImportIssueCode =
  | 'required'
  | 'unknown_value'
  | 'invalid_date'
  | 'official_needs_post'
  | 'official_needs_institution'
  | 'official_needs_order'
  | 'official_needs_power'
  | 'duplicate_in_file'
  | 'duplicate_existing'
  | 'too_long';

export interface ImportIssueDto {
  /** Canonical column name (e.g. 'tipo'), or null for the whole row. */
  column: string | null;
  code: ImportIssueCode;
  value?: string;
}

export interface PeopleImportRowDto {
  /** Line in the file, header = 1. */
  line: number;
  fullName: string;
  kind: PersonKind | null;
  issues: ImportIssueDto[];
}

export interface PeopleImportPreviewDto {
  delimiter: ',' | ';';
  /** Canonical columns that were not found / header names that were ignored. */
  missingColumns: string[];
  ignoredColumns: string[];
  rows: PeopleImportRowDto[];
  validRows: number;
  invalidRows: number;
}

export interface RoleTermDto {
  id: number;
  personId: number;
  personName: string;
  role: RoleKind;
  startsOn: string;
  endsOn: string | null;
  current: boolean;
}

export interface AssignRoleDto {
  personId: number;
  role: RoleKind;
  startsOn: string;
  /** Defaults to one term (a year) for coordinators, open-ended otherwise. */
  endsOn: string | null;
}

export interface CommitteeInputDto {
  name: string;
  axis: string | null;
  description: string | null;
  coordinatorId: number | null;
  substituteId: number | null;
  createdOn: string;
  dissolvedOn: string | null;
}

export interface CommitteeMemberDto {
  personId: number;
  name: string;
  kind: PersonKind;
  joinedOn: string;
}

export interface CommitteeDto extends CommitteeInputDto {
  id: number;
  kind: 'executive' | 'indicators' | 'working';
  coordinatorName: string | null;
  substituteName: string | null;
  members: CommitteeMemberDto[];
}

export interface CitizenWithoutCommitteeDto {
  personId: number;
  name: string;
  /** Since when the citizen has had no committee. */
  since: string;
  days: number;
}

export interface ComplianceRowDto {
  personId: number;
  name: string;
  sessions: number;
  unjustified: number;
  unjustifiedPct: number;
  flagged: boolean;
}

export interface ComplianceReportDto {
  from: string;
  to: string;
  thresholdPct: number;
  rows: ComplianceRowDto[];
}

export type BallotChoice = 'yes' | 'no' | 'blank';

export interface BallotDto {
  personId: number;
  name: string;
  choice: BallotChoice;
  /** The candidate voted for, in elections. */
  candidateId: number | null;
}

export interface VoteDto {
  id: number;
  kind: VoteKind;
  subject: string;
  /** The applicant, in an admission. */
  subjectPersonId: number | null;
  opensOn: string;
  closesOn: string | null;
  status: 'open' | 'closed';
  electorate: number;
  candidates: { personId: number; name: string; votes: number }[];
  ballots: BallotDto[];
  /** Computed from the ballots with the Mesa's rules; final once closed. */
  admission: AdmissionResult | null;
  election: ElectionResult | null;
  /** For a rejected admission: when the applicant may apply again. */
  reapplyFrom: string | null;
}

export interface OpenVoteDto {
  kind: VoteKind;
  opensOn: string;
  /** Admission: the applicant (a citizen not yet admitted). */
  subjectPersonId: number | null;
  /** Elections: the candidates (active citizens). */
  candidateIds: number[];
}

export interface CastBallotDto {
  voteId: number;
  personId: number;
  choice: BallotChoice;
  candidateId: number | null;
}

export type { MesaRules, RoleWarning };
