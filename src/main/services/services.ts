import path from 'node:path';
import { EventBus } from './eventBus.js';
import { PreferencesStore } from './preferencesStore.js';
import { ProjectionService } from './projectionService.js';
import { WorkspaceService } from './workspaceService.js';
import { ServiceContext } from './serviceContext.js';
import { PeopleService } from './peopleService.js';
import { RolesService } from './rolesService.js';
import { CommitteesService } from './committeesService.js';
import { ComplianceService } from './complianceService.js';
import { VotesService } from './votesService.js';
import { RulesService } from './rulesService.js';
import { SessionsService } from './sessionsService.js';
import { AgendaService } from './agendaService.js';
import { CitizenMeetingService } from './citizenMeetingService.js';
import { LiveService } from './liveService.js';
import { AgreementsService } from './agreementsService.js';
import { MatrixViewsService } from './matrixViewsService.js';
import { MinutesService } from './minutesService.js';
import { IndicatorsService } from './indicatorsService.js';
import { BackupService } from './backupService.js';
import { localToday } from '../../shared/domain/dates.js';
import { AuditService } from './auditService.js';
import { AutoLock, type PowerEvents } from '../security/autoLock.js';
import { UnlockBackoff } from '../security/unlockBackoff.js';

export interface Services {
  events: EventBus;
  preferences: PreferencesStore;
  workspace: WorkspaceService;
  projection: ProjectionService;
  people: PeopleService;
  roles: RolesService;
  committees: CommitteesService;
  compliance: ComplianceService;
  votes: VotesService;
  rules: RulesService;
  sessions: SessionsService;
  agenda: AgendaService;
  citizenMeetings: CitizenMeetingService;
  live: LiveService;
  agreements: AgreementsService;
  matrixViews: MatrixViewsService;
  minutes: MinutesService;
  indicators: IndicatorsService;
  backups: BackupService;
  audit: AuditService;
  /** Idle, suspend and screen-lock locking. */
  autoLock: AutoLock;
  /** Where new workspaces are suggested; the user's documents folder in Electron. */
  documentsDir: string | undefined;
}

/** Builds the service graph; used by the Electron composition root and by the browser host. */
export function createServices(options: {
  preferencesDir: string;
  documentsDir?: string;
  /** Today's date as 'YYYY-MM-DD'; tests move the calendar with it. */
  today?: () => string;
  /** The clock of live sessions; the demo and tests move it. */
  now?: () => Date;
  /** Encrypted backups; by default a `backups` folder beside preferences.json in the app's data folder. */
  backupsDir?: string;
  /** System suspend and screen lock: Electron's powerMonitor in the app, a fake in tests, none in the browser host. */
  powerEvents?: PowerEvents;
}): Services {
  const events = new EventBus();
  // `autoLock` exists by the time a preference can change.
  const preferences = new PreferencesStore(options.preferencesDir, () => autoLock.settingChanged());
  // The automatic backup on close; `backups` exists by the time a workspace can be closed.
  const workspace = new WorkspaceService(
    'app',
    events,
    (file) => preferences.touchRecent(file),
    () => backups.automatic(),
    new UnlockBackoff(options.preferencesDir),
  );
  const autoLock = new AutoLock({
    lock: () => {
      if (workspace.status().state === 'open') workspace.lock();
    },
    idleMinutes: () => preferences.get().idleLockMinutes,
    holdWhile: () => workspace.status().state === 'open' && live.current() !== null,
    power: options.powerEvents,
  });
  events.on('workspace', ({ state }) => (state === 'open' ? autoLock.started() : autoLock.stopped()));
  const now = options.now ?? (() => new Date());
  const ctx = new ServiceContext(workspace, 'app', now, options.today ?? (() => localToday(now())));
  const indicators = new IndicatorsService(ctx);
  // The daily backup waits while a session is live: VACUUM INTO holds main for a moment the projector would feel.
  const backups = new BackupService(ctx, workspace, options.backupsDir ?? path.join(options.preferencesDir, 'backups'), () => live.current() !== null);
  backups.startDaily();
  const projection = new ProjectionService(ctx, workspace, events, () => preferences.get().language, () => indicators.plenarySeries());
  const live = new LiveService(ctx, projection);
  return {
    events,
    preferences,
    workspace,
    projection,
    people: new PeopleService(ctx),
    roles: new RolesService(ctx),
    committees: new CommitteesService(ctx),
    compliance: new ComplianceService(ctx),
    votes: new VotesService(ctx),
    rules: new RulesService(ctx),
    sessions: new SessionsService(ctx, options.documentsDir),
    agenda: new AgendaService(ctx),
    citizenMeetings: new CitizenMeetingService(ctx),
    live,
    agreements: new AgreementsService(ctx, projection, options.documentsDir),
    matrixViews: new MatrixViewsService(ctx),
    minutes: new MinutesService(ctx, options.documentsDir),
    indicators,
    backups,
    audit: new AuditService(ctx),
    autoLock,
    documentsDir: options.documentsDir,
  };
}
