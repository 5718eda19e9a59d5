import type { Language } from '../../shared/ipc/contract.js';
import type { LiveDraftDto, ProjectorMode } from '../../shared/ipc/dto/live.js';
import type { IndicatorSeriesDto } from '../../shared/ipc/dto/indicators.js';
import type { ProjectionAgreementDto, ProjectionIndicatorDto, ProjectionLiveDto, ProjectionMatrixDto, ProjectionViewDto } from '../../shared/ipc/events.js';
import { agreementCode, ITEM_WARNING_SECONDS, itemSpentSeconds, liveEstimatedEndMs } from '../../shared/domain/live.js';
import type { PlenaryType } from '../../shared/domain/sessions.js';
import { sessionTitle } from '../../shared/domain/sessions.js';
import type { Db } from '../db/sqlite.js';
import { agreementRepository } from '../db/repositories/agreementRepository.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { liveRepository } from '../db/repositories/liveRepository.js';
import { peopleRepository } from '../db/repositories/peopleRepository.js';
import { plenaryReadRepository, type LiveSessionRow } from '../db/repositories/plenaryReadRepository.js';
import type { EventBus } from './eventBus.js';
import type { ServiceContext } from './serviceContext.js';
import type { WorkspaceService } from './workspaceService.js';

/**
 * Builds what the projector shows, field by field from the plenary-safe read path: this
 * function is the allow-list. Nothing of a citizen meeting, no person's contact or notes, no
 * preparation note, ever; the projector window receives only what is returned here.
 */
export class ProjectionService {
  private screenMode: ProjectorMode = 'live';
  /** A filtered matrix shown instead of the live view; built on each publish. */
  private matrix: ((language: Language) => ProjectionMatrixDto) | null = null;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly workspace: WorkspaceService,
    private readonly events: EventBus,
    private readonly language: () => Language,
    /** Plenary-visible indicators with their goals (IndicatorsService.plenarySeries). */
    private readonly plenaryIndicators: () => IndicatorSeriesDto[],
  ) {
    events.on('workspace', () => {
      // A workspace opened, locked or closed starts from the live view, not from a black screen left behind.
      this.screenMode = 'live';
      this.matrix = null;
      this.publish();
    });
  }

  mode(): ProjectorMode {
    return this.screenMode;
  }

  /** Back to the live view also takes a projected matrix down. */
  setMode(mode: ProjectorMode): void {
    this.screenMode = mode;
    if (mode === 'live') this.matrix = null;
    this.publish();
  }

  setMatrix(build: ((language: Language) => ProjectionMatrixDto) | null): void {
    this.matrix = build;
    if (build !== null) this.screenMode = 'live';
    this.publish();
  }

  current(): ProjectionViewDto {
    const status = this.workspace.status();
    if (status.state !== 'open') return { screen: 'neutral', mesaName: null };
    const mesaName = status.mesa.name;
    if (this.screenMode === 'black') return { screen: 'black' };
    if (this.screenMode === 'wait') return { screen: 'wait', mesaName, language: this.language() };
    if (this.matrix !== null) return { screen: 'matrix', matrix: this.matrix(this.language()) };
    const db = this.ctx.db();
    const session = plenaryReadRepository.liveSession(db);
    if (!session) return { screen: 'neutral', mesaName };
    return { screen: 'live', live: this.live(db, session, mesaName) };
  }

  publish(): void {
    this.events.emit('projection', this.current());
  }

  private live(db: Db, session: LiveSessionRow, mesaName: string): ProjectionLiveDto {
    const language = this.language();
    const nowMs = this.ctx.now().getTime();
    const items = plenaryReadRepository.liveItems(db, session.id);
    const currentIndex = items.findIndex((i) => i.id === session.current_item_id);
    const current = items[currentIndex];
    const secondsLeft = current
      ? current.minutes_allotted * 60 - itemSpentSeconds({ spentSeconds: current.spent_seconds, startedAt: current.started_at, isCurrent: true }, nowMs)
      : 0;
    const after = items.slice(currentIndex + 1).filter((i) => i.ended_at === null);
    const agreements = plenaryReadRepository.sessionAgreements(db, session.id);
    const draft = (liveRepository.draft(db, session.id) as LiveDraftDto | null) ?? { agreement: null, followup: null };
    const sessionShape = {
      kind: session.kind,
      plenaryType: session.plenary_type as PlenaryType | null,
      number: session.number,
      year: session.year,
      committeeId: session.committee_id,
      committeeName: session.committee_name,
    };

    let draftView: ProjectionAgreementDto | null = null;
    const typed = draft.agreement;
    if (typed && typed.text.trim() !== '') {
      const editing = typed.agreementId === null ? undefined : agreements.find((a) => a.id === typed.agreementId);
      const today = this.ctx.today();
      draftView = {
        code: editing?.code ?? agreementCode(sessionShape, agreementRepository.nextSeq(db, session.id)),
        text: typed.text,
        committee: typed.committeeId === null ? null : (committeeRepository.get(db, typed.committeeId, today)?.name ?? null),
        responsibles: typed.responsibleIds.flatMap((id) => {
          const p = peopleRepository.get(db, id, today);
          return p ? [p.fullName] : [];
        }),
        dueOn: typed.dueOn,
      };
    }

    const followup =
      current?.kind === 'agreements_followup'
        ? plenaryReadRepository.followupRows(db, session.id, session.scheduled_at, session.kind === 'committee_meeting' ? session.committee_id : null)
        : null;

    return {
      language,
      mesaName,
      indicator: current?.kind === 'indicators' ? this.indicator(draft.indicatorId ?? null) : null,
      sessionTitle: sessionTitle(sessionShape, language),
      place: session.place,
      agenda: items.map((i, index) => ({
        position: i.position,
        title: i.title,
        minutesAllotted: i.minutes_allotted,
        state: index === currentIndex ? 'current' : i.ended_at !== null ? 'done' : after[0]?.id === i.id ? 'next' : 'pending',
      })),
      current: current
        ? {
            position: current.position,
            kind: current.kind,
            title: current.title,
            presenter: current.presenter_label,
            minutesAllotted: current.minutes_allotted,
            endsAtMs: nowMs + secondsLeft * 1000,
            warningSeconds: ITEM_WARNING_SECONDS,
          }
        : null,
      estimatedEndMs: liveEstimatedEndMs(
        nowMs,
        secondsLeft,
        after.map((i) => i.minutes_allotted),
      ),
      draft: draftView,
      adopted: agreements
        .filter((a) => current !== undefined && a.agenda_item_id === current.id && a.id !== typed?.agreementId)
        .map((a) => ({
          code: a.code,
          text: a.text,
          committee: a.committee_name,
          responsibles: (JSON.parse(a.responsibles) as [number, string][]).map(([, name]) => name),
          dueOn: a.due_on,
        })),
      followup: followup
        ? {
            rows: followup.map((r) => ({
              code: r.code,
              text: r.text,
              responsible: r.responsible ?? r.committee_name,
              dueOn: r.due_on,
              status: r.status,
              progress: r.progress,
              recorded: r.recorded_status !== null,
            })),
            focusCode: followup.find((r) => r.agreement_id === draft.followup?.agreementId)?.code ?? null,
          }
        : null,
    };
  }

  /** The indicator the secretary chose, else the first; computed only during the indicators item. */
  private indicator(chosenId: number | null): ProjectionIndicatorDto | null {
    const all = this.plenaryIndicators();
    if (all.length === 0) return null;
    const index = Math.max(0, all.findIndex((s) => s.id === chosenId));
    return { series: all[index]!, position: index + 1, count: all.length };
  }
}
