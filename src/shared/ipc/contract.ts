/**
 * The one place where every call between the renderer and main is declared.
 * Channel names, preload methods, handler signatures, argument schemas and the
 * renderer's client are all derived from these interfaces; never restate them.
 */

import type {
  AssignRoleDto,
  CastBallotDto,
  CitizenWithoutCommitteeDto,
  CommitteeDto,
  CommitteeInputDto,
  ComplianceReportDto,
  MesaRules,
  OpenVoteDto,
  PeopleFilterDto,
  PeopleImportPreviewDto,
  PersonDto,
  PersonInputDto,
  RoleTermDto,
  RoleWarning,
  VoteDto,
} from './dto/people.js';

export type * from './dto/people.js';
import type {
  AgendaDto,
  AgendaItemInputDto,
  CitizenMeetingDto,
  ConvocationWarning,
  CreateSessionDto,
  SessionDto,
} from './dto/sessions.js';
import type { SessionStatus } from '../domain/sessions.js';

export type * from './dto/sessions.js';
import type {
  AgreementInputDto,
  AttendanceInputDto,
  FollowupInputDto,
  LiveChoicesDto,
  LiveDraftDto,
  LiveSessionDto,
  ProjectorMode,
} from './dto/live.js';

export type * from './dto/live.js';
import type {
  AgreementDetailDto,
  AgreementsImportPreviewDto,
  AgreementsImportResultDto,
  AgreementsSheetDto,
  CommitteeAgreementsDto,
  ExportWrittenDto,
  MatrixDocxExportDto,
  MatrixPlaintextExportDto,
  MatrixProjectionDto,
  MatrixViewDto,
} from './dto/agreements.js';
import type { MatrixRow } from '../domain/agreements.js';

export type * from './dto/agreements.js';
import type { AttachmentMime, ExportVerificationDto, MinutesDto, MinutesExportWrittenDto, MinutesLanguage } from './dto/minutes.js';

export type * from './dto/minutes.js';
import type {
  IndicatorCellDto,
  IndicatorDto,
  IndicatorGoalInputDto,
  IndicatorInputDto,
  IndicatorValuesResultDto,
  IndicatorsImportPreviewDto,
  IndicatorsImportResultDto,
  PopulationYearDto,
} from './dto/indicators.js';

export type * from './dto/indicators.js';
import type { BackupEntryDto, BackupPreviewDto, BackupsDto, RestoreResultDto } from './dto/backups.js';

export type * from './dto/backups.js';
import type { AuditBreakDto, AuditFilterDto, AuditPageDto, UnlockDelayDto } from './dto/security.js';

export type * from './dto/security.js';
export type { MatrixRow };

export type Language = 'es' | 'en';

export interface MesaDto {
  name: string;
  municipality: string;
  population: number;
}

export interface CreateWorkspaceDto extends MesaDto {
  path: string;
  passphrase: string;
}

export interface UnlockWorkspaceDto {
  path: string;
  passphrase: string;
}

export interface RekeyWorkspaceDto {
  currentPassphrase: string;
  newPassphrase: string;
}

export interface WorkspaceInfoDto extends MesaDto {
  path: string;
  schemaVersion: number;
  cipher: string;
  kdfIterations: number;
  counts: Record<string, number>;
}

/** What the console needs to decide which screen to show. */
export type WorkspaceStatusDto =
  | { state: 'closed' }
  | { state: 'locked'; path: string }
  | { state: 'open'; path: string; mesa: MesaDto };

export interface RecentFileDto {
  path: string;
  name: string;
  openedAt: string;
}

export interface VerifyReportDto {
  ok: boolean;
  integrity: string[];
  foreignKeys: string[];
  audit: { ok: boolean; entries: number; problems: string[]; firstBroken: AuditBreakDto | null };
}

export interface WorkspaceApi {
  status(): Promise<WorkspaceStatusDto>;
  create(args: CreateWorkspaceDto): Promise<WorkspaceStatusDto>;
  unlock(args: UnlockWorkspaceDto): Promise<WorkspaceStatusDto>;
  /** The back-off after failed passphrases for this file: refused attempts never reach the KDF. */
  unlockDelay(args: { path: string }): Promise<UnlockDelayDto>;
  /** The console saw input: restarts the idle lock's clock. */
  activity(): Promise<void>;
  /** Closes the database and forgets the key; the file stays selected for unlocking. */
  lock(): Promise<WorkspaceStatusDto>;
  close(): Promise<WorkspaceStatusDto>;
  info(): Promise<WorkspaceInfoDto>;
  verify(): Promise<VerifyReportDto>;
  rekey(args: RekeyWorkspaceDto): Promise<void>;
  recent(): Promise<RecentFileDto[]>;
  /** Where a new workspace goes when the user does not choose: the user's documents folder. */
  suggestPath(args: { name: string }): Promise<string>;
}

export interface PreferencesDto {
  language: Language;
  /** The workspace locks after this many minutes without input in the console. */
  idleLockMinutes: number;
}

export interface PreferencesApi {
  get(): Promise<PreferencesDto>;
  set(args: Partial<PreferencesDto>): Promise<PreferencesDto>;
}

export interface PeopleApi {
  list(args: PeopleFilterDto): Promise<PersonDto[]>;
  get(args: { id: number }): Promise<PersonDto>;
  create(args: PersonInputDto): Promise<PersonDto>;
  update(args: { id: number; person: PersonInputDto }): Promise<PersonDto>;
  /** Parses and checks a CSV without writing anything. */
  importPreview(args: { csv: string }): Promise<PeopleImportPreviewDto>;
  /** Writes every row in one transaction, or nothing if any row has a problem. */
  importApply(args: { csv: string }): Promise<{ imported: number }>;
}

export interface RolesApi {
  list(): Promise<RoleTermDto[]>;
  assign(args: AssignRoleDto): Promise<RoleTermDto>;
  end(args: { id: number; endsOn: string }): Promise<RoleTermDto>;
  warnings(): Promise<RoleWarning[]>;
}

export interface CommitteesApi {
  list(): Promise<CommitteeDto[]>;
  create(args: CommitteeInputDto): Promise<CommitteeDto>;
  update(args: { id: number; committee: CommitteeInputDto }): Promise<CommitteeDto>;
  addMember(args: { committeeId: number; personId: number; joinedOn: string }): Promise<CommitteeDto>;
  removeMember(args: { committeeId: number; personId: number; leftOn: string }): Promise<CommitteeDto>;
  /** Active citizens with no committee for longer than the rule allows. */
  citizensWithoutCommittee(): Promise<CitizenWithoutCommitteeDto[]>;
}

export interface ComplianceApi {
  attendance(args: { from: string; to: string }): Promise<ComplianceReportDto>;
}

export interface VotesApi {
  list(): Promise<VoteDto[]>;
  open(args: OpenVoteDto): Promise<VoteDto>;
  cast(args: CastBallotDto): Promise<VoteDto>;
  close(args: { voteId: number; closesOn: string }): Promise<VoteDto>;
}

export interface RulesApi {
  get(): Promise<MesaRules>;
  set(args: Partial<MesaRules>): Promise<MesaRules>;
}

export interface SessionsApi {
  list(): Promise<SessionDto[]>;
  create(args: CreateSessionDto): Promise<SessionDto>;
  update(args: { id: number; scheduledAt: string; place: string | null }): Promise<SessionDto>;
  setStatus(args: { id: number; status: SessionStatus }): Promise<SessionDto>;
  /** The orden del día was sent on that day: the session becomes convened. */
  markConvened(args: { id: number; sentOn: string }): Promise<SessionDto>;
  warnings(): Promise<ConvocationWarning[]>;
  /**
   * Writes the orden del día (plenary-visible content only) as DOCX at `path`: unencrypted, so
   * refused unless the user confirmed that the file leaves the workspace.
   */
  exportAgenda(args: { id: number; path: string; language: Language; confirmedLeavesWorkspace: boolean }): Promise<{ path: string; sha256: string; bytes: number }>;
  /** Where an export goes when the user does not choose: the documents folder. */
  suggestExportPath(args: { id: number }): Promise<string>;
}

export interface AgendaApi {
  get(args: { sessionId: number }): Promise<AgendaDto>;
  /** position: 1-based place to insert at; null appends before the closing item. */
  add(args: { sessionId: number; item: AgendaItemInputDto; position: number | null }): Promise<AgendaDto>;
  update(args: { id: number; item: AgendaItemInputDto }): Promise<AgendaDto>;
  remove(args: { id: number }): Promise<AgendaDto>;
  move(args: { id: number; toPosition: number }): Promise<AgendaDto>;
}

/** Citizen-only: the coordinator's preparation of a plenary. */
export interface CitizenMeetingsApi {
  get(args: { id: number }): Promise<CitizenMeetingDto>;
  setNote(args: { meetingId: number; agendaItemId: number; body: string }): Promise<CitizenMeetingDto>;
  addTopic(args: { meetingId: number; title: string; body: string | null; isGeneralMatter: boolean }): Promise<CitizenMeetingDto>;
  updateTopic(args: { id: number; title: string; body: string | null; isGeneralMatter: boolean }): Promise<CitizenMeetingDto>;
  removeTopic(args: { id: number }): Promise<CitizenMeetingDto>;
  /** The topic's title becomes a plenary agenda item; its body and the notes stay citizen-only. */
  promoteTopic(args: { id: number; minutesAllotted: number }): Promise<CitizenMeetingDto>;
  addChecklistItem(args: { meetingId: number; label: string }): Promise<CitizenMeetingDto>;
  setChecklistItem(args: { id: number; done: boolean }): Promise<CitizenMeetingDto>;
  removeChecklistItem(args: { id: number }): Promise<CitizenMeetingDto>;
}

/**
 * The live session (the secretary's console). Every call commits at once; the projector
 * follows through the `projection` event, never through these answers.
 */
export interface LiveApi {
  /** The session that is live, if any: the console resumes it when the workspace opens. */
  current(): Promise<number | null>;
  get(args: { sessionId: number }): Promise<LiveSessionDto>;
  /** People and committees the agreement form offers. */
  choices(args: { sessionId: number }): Promise<LiveChoicesDto>;
  /** A convened plenary or committee meeting goes live at its first item. */
  start(args: { sessionId: number }): Promise<LiveSessionDto>;
  /** Makes an item the current one (next, previous or any). */
  goTo(args: { sessionId: number; itemId: number }): Promise<LiveSessionDto>;
  setAttendance(args: AttendanceInputDto): Promise<LiveSessionDto>;
  setItemNotes(args: { itemId: number; notes: string }): Promise<LiveSessionDto>;
  /** What is typed but not saved: shown on the projector and kept against a crash. */
  setDraft(args: { sessionId: number; draft: LiveDraftDto }): Promise<void>;
  addAgreement(args: { sessionId: number; agreement: AgreementInputDto }): Promise<LiveSessionDto>;
  updateAgreement(args: { id: number; agreement: AgreementInputDto }): Promise<LiveSessionDto>;
  /** Removes an agreement adopted in this live session; the later ones are renumbered. */
  removeAgreement(args: { id: number }): Promise<LiveSessionDto>;
  recordFollowup(args: FollowupInputDto): Promise<LiveSessionDto>;
  /** The projector: the live view, a black screen (B) or "un momento, por favor" (W). */
  setProjector(args: { mode: ProjectorMode }): Promise<void>;
  /** Records the end time; the session is closed and its minutes can be drafted. */
  close(args: { sessionId: number }): Promise<LiveSessionDto>;
}

/** The agreements matrix: every agreement of every session and its follow-up. */
export interface AgreementsApi {
  /** Every agreement, citizen-only ones included (the coordinator's console). */
  matrix(): Promise<MatrixRow[]>;
  detail(args: { id: number }): Promise<AgreementDetailDto>;
  /** A committee's current agreements, for its monthly meeting. */
  committee(args: { committeeId: number }): Promise<CommitteeAgreementsDto>;
  /** Reads and checks the sheet; writes nothing. */
  importPreview(args: { sheet: AgreementsSheetDto; createMissing: boolean }): Promise<AgreementsImportPreviewDto>;
  /** All rows in one transaction, or nothing. */
  importApply(args: { sheet: AgreementsSheetDto; createMissing: boolean }): Promise<AgreementsImportResultDto>;
  exportDocx(args: MatrixDocxExportDto): Promise<ExportWrittenDto>;
  /** CSV/XLSX: refused unless the user confirmed that the file leaves the encrypted workspace. */
  exportPlaintext(args: MatrixPlaintextExportDto): Promise<ExportWrittenDto>;
  suggestExportPath(args: { format: 'docx' | 'csv' | 'xlsx' }): Promise<string>;
  views(): Promise<MatrixViewDto[]>;
  /** Saves (or replaces, by name) a view; returns them all. */
  saveView(args: MatrixViewDto): Promise<MatrixViewDto[]>;
  removeView(args: { name: string }): Promise<MatrixViewDto[]>;
  /** Shows a filtered matrix on the projector (plenary-visible agreements only); null returns to the normal view. */
  project(args: { projection: MatrixProjectionDto | null }): Promise<void>;
}

/** The minutes (acta) of a held session: draft → approved → signed (sealed), addenda, the signed paper copy. */
export interface MinutesApi {
  get(args: { sessionId: number }): Promise<MinutesDto>;
  /** The secretary's text for one item (draft only); empty returns to the notes taken live. */
  setItemText(args: { sessionId: number; itemId: number; text: string }): Promise<MinutesDto>;
  setLanguage(args: { sessionId: number; language: MinutesLanguage }): Promise<MinutesDto>;
  approve(args: { sessionId: number; approvedInSessionId: number | null; approvedOn: string }): Promise<MinutesDto>;
  /** Seals the acta: its content's SHA-256 is stored and it becomes read-only. */
  sign(args: { sessionId: number }): Promise<MinutesDto>;
  /** A correction after sealing: a fe de erratas with its own seal. */
  addAddendum(args: { sessionId: number; body: string }): Promise<MinutesDto>;
  /** The signed paper copy (PDF, PNG or JPEG), as base64 over the wire. */
  attach(args: { sessionId: number; filename: string; mime: string; base64: string }): Promise<MinutesDto>;
  /** A copy of an attachment, unencrypted: refused unless the user confirmed that it leaves the workspace. */
  exportAttachment(args: { id: number; path: string; confirmedLeavesWorkspace: boolean }): Promise<MinutesExportWrittenDto>;
  /** An attachment's content, as base64 over the wire, to view it in the console. */
  readAttachment(args: { id: number }): Promise<{ filename: string; mime: AttachmentMime; base64: string }>;
  /** The acta (or minuta) as DOCX, unencrypted: refused unless the user confirmed that it leaves the workspace. */
  exportDocx(args: { sessionId: number; path: string; language: MinutesLanguage | null; confirmedLeavesWorkspace: boolean }): Promise<MinutesExportWrittenDto>;
  /** Whether a file on disk is exactly one Plenaria exported, and which. */
  verifyFile(args: { path: string }): Promise<ExportVerificationDto>;
  suggestExportPath(args: { sessionId: number }): Promise<string>;
}

/** Crime indicators and goals of the Comité de indicadores (the coordinator's view: citizen-only rows included). */
export interface IndicatorsApi {
  list(): Promise<IndicatorDto[]>;
  create(args: { input: IndicatorInputDto }): Promise<IndicatorDto>;
  update(args: { id: number; input: IndicatorInputDto }): Promise<IndicatorDto>;
  /** Grid edits, many cells in one transaction; a null cell empties the month. */
  setValues(args: { cells: IndicatorCellDto[] }): Promise<IndicatorValuesResultDto>;
  /** A goal adopted by the plenary; it supersedes the goal in force, whose history stays. */
  addGoal(args: { input: IndicatorGoalInputDto }): Promise<IndicatorDto>;
  populations(): Promise<PopulationYearDto[]>;
  setPopulation(args: { year: number; population: number | null }): Promise<PopulationYearDto[]>;
  /** CSV `indicador,unidad,periodo,valor,fuente`: per-row problems, nothing written. */
  importPreview(args: { csv: string }): Promise<IndicatorsImportPreviewDto>;
  /** All rows or none. */
  importApply(args: { csv: string }): Promise<IndicatorsImportResultDto>;
}

/** Encrypted backups of the open workspace: same passphrase, checked after writing. */
export interface BackupsApi {
  list(): Promise<BackupsDto>;
  /** A backup into the app's backups folder now (rotated with the automatic ones). */
  create(): Promise<BackupEntryDto>;
  /** A backup at a path of the user's choice (a USB stick); never over an existing file. */
  backupTo(args: { path: string }): Promise<BackupEntryDto>;
  /** How many automatic and manual backups are kept. */
  setKeep(args: { keep: number }): Promise<BackupsDto>;
  /** Reads a backup with its passphrase, writing nothing: Mesa, date, counts, verification. */
  preview(args: { path: string; passphrase: string }): Promise<BackupPreviewDto>;
  /** Replaces the open workspace with the backup, after keeping a copy of the current file. */
  restore(args: { path: string; passphrase: string }): Promise<RestoreResultDto>;
}

/** The hash-chained audit log, read only. */
export interface AuditApi {
  list(args: AuditFilterDto): Promise<AuditPageDto>;
}

export interface AppApi {
  workspace: WorkspaceApi;
  preferences: PreferencesApi;
  people: PeopleApi;
  roles: RolesApi;
  committees: CommitteesApi;
  compliance: ComplianceApi;
  votes: VotesApi;
  rules: RulesApi;
  sessions: SessionsApi;
  agenda: AgendaApi;
  citizenMeetings: CitizenMeetingsApi;
  live: LiveApi;
  agreements: AgreementsApi;
  minutes: MinutesApi;
  indicators: IndicatorsApi;
  backups: BackupsApi;
  audit: AuditApi;
}

export type Domain = keyof AppApi;
export type MethodOf<D extends Domain> = keyof AppApi[D] & string;
type Fn = (...args: never[]) => Promise<unknown>;
export type ArgsOf<D extends Domain, M extends MethodOf<D>> = AppApi[D][M] extends Fn
  ? Parameters<AppApi[D][M]> extends [infer A, ...unknown[]]
    ? A
    : undefined
  : never;
export type ResultOf<D extends Domain, M extends MethodOf<D>> = AppApi[D][M] extends Fn
  ? Awaited<ReturnType<AppApi[D][M]>>
  : never;

/**
 * The runtime list of calls. `satisfies` makes the compiler refuse a missing or
 * an extra method, so this list cannot drift from the interfaces above.
 */
export const contractMethods = {
  workspace: {
    status: true,
    create: true,
    unlock: true,
    unlockDelay: true,
    activity: true,
    lock: true,
    close: true,
    info: true,
    verify: true,
    rekey: true,
    recent: true,
    suggestPath: true,
  },
  preferences: { get: true, set: true },
  people: { list: true, get: true, create: true, update: true, importPreview: true, importApply: true },
  roles: { list: true, assign: true, end: true, warnings: true },
  committees: { list: true, create: true, update: true, addMember: true, removeMember: true, citizensWithoutCommittee: true },
  compliance: { attendance: true },
  votes: { list: true, open: true, cast: true, close: true },
  rules: { get: true, set: true },
  sessions: { list: true, create: true, update: true, setStatus: true, markConvened: true, warnings: true, exportAgenda: true, suggestExportPath: true },
  agenda: { get: true, add: true, update: true, remove: true, move: true },
  citizenMeetings: {
    get: true,
    setNote: true,
    addTopic: true,
    updateTopic: true,
    removeTopic: true,
    promoteTopic: true,
    addChecklistItem: true,
    setChecklistItem: true,
    removeChecklistItem: true,
  },
  live: {
    current: true,
    get: true,
    choices: true,
    start: true,
    goTo: true,
    setAttendance: true,
    setItemNotes: true,
    setDraft: true,
    addAgreement: true,
    updateAgreement: true,
    removeAgreement: true,
    recordFollowup: true,
    setProjector: true,
    close: true,
  },
  agreements: {
    matrix: true,
    detail: true,
    committee: true,
    importPreview: true,
    importApply: true,
    exportDocx: true,
    exportPlaintext: true,
    suggestExportPath: true,
    views: true,
    saveView: true,
    removeView: true,
    project: true,
  },
  minutes: {
    get: true,
    setItemText: true,
    setLanguage: true,
    approve: true,
    sign: true,
    addAddendum: true,
    attach: true,
    exportAttachment: true,
    readAttachment: true,
    exportDocx: true,
    verifyFile: true,
    suggestExportPath: true,
  },
  indicators: {
    list: true,
    create: true,
    update: true,
    setValues: true,
    addGoal: true,
    populations: true,
    setPopulation: true,
    importPreview: true,
    importApply: true,
  },
  backups: { list: true, create: true, backupTo: true, setKeep: true, preview: true, restore: true },
  audit: { list: true },
} as const satisfies { [D in Domain]: Record<MethodOf<D>, true> };

export const channelOf = (domain: string, method: string): string => `${domain}:${method}`;

export function allChannels(): { domain: Domain; method: string; channel: string }[] {
  return (Object.keys(contractMethods) as Domain[]).flatMap((domain) =>
    Object.keys(contractMethods[domain]).map((method) => ({
      domain,
      method,
      channel: channelOf(domain, method),
    })),
  );
}
