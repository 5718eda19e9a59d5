import type { AgendaItemKind } from '../../domain/sessions.js';
import type { AgreementStatus } from '../../domain/live.js';
import type { Language } from '../contract.js';
import type { IndicatorSeriesDto } from './indicators.js';

/**
 * What the audience sees. Built in main (ProjectionService) from plenary-visible rows only:
 * every field here is on the allow-list, and nothing else ever reaches the projector window.
 */
export type ProjectionViewDto =
  | { screen: 'neutral'; mesaName: string | null }
  /** Key B: nothing on the wall. */
  | { screen: 'black' }
  /** Key W: "Un momento, por favor". */
  | { screen: 'wait'; mesaName: string; language: Language }
  | { screen: 'live'; live: ProjectionLiveDto }
  /** A filtered agreements matrix, plenary-visible agreements only, one page at a time. */
  | { screen: 'matrix'; matrix: ProjectionMatrixDto };

export interface ProjectionMatrixDto {
  language: Language;
  mesaName: string;
  title: string;
  /** The filter in words: "Vencidos · Comité de prevención". */
  filterSummary: string[];
  rows: {
    code: string;
    text: string;
    session: string;
    responsible: string | null;
    dueOn: string | null;
    status: AgreementStatus;
    progress: number;
    overdue: boolean;
  }[];
  /** 0-based page shown, the number of pages and of agreements in the filtered matrix. */
  page: number;
  pages: number;
  total: number;
  counts: Record<AgreementStatus, number> & { overdue: number };
}

export interface ProjectionLiveDto {
  language: Language;
  mesaName: string;
  /** "Sesión plenaria ordinaria 7/2026", in the projection's language. */
  sessionTitle: string;
  place: string | null;
  agenda: ProjectionAgendaItemDto[];
  current: ProjectionCurrentItemDto | null;
  /** Epoch milliseconds at which the session is expected to end, on this machine's clock. */
  estimatedEndMs: number;
  /** The agreement being typed by the secretary, as typed. */
  draft: ProjectionAgreementDto | null;
  /** Agreements adopted under the current item. */
  adopted: ProjectionAgreementDto[];
  /** During the follow-up item only: the open agreements of earlier plenaries. */
  followup: ProjectionFollowupDto | null;
  /** During the indicators item only, when the Mesa has plenary-visible indicators: the one chosen. */
  indicator: ProjectionIndicatorDto | null;
}

export interface ProjectionIndicatorDto {
  /** Plenary-visible values and goals only (IndicatorsService.plenarySeries). */
  series: IndicatorSeriesDto;
  /** 1-based position among the plenary-visible indicators, and how many there are. */
  position: number;
  count: number;
}

export interface ProjectionAgendaItemDto {
  position: number;
  title: string;
  state: 'done' | 'current' | 'next' | 'pending';
  minutesAllotted: number;
}

export interface ProjectionCurrentItemDto {
  position: number;
  kind: AgendaItemKind;
  title: string;
  presenter: string | null;
  minutesAllotted: number;
  /** Epoch milliseconds at which the allotted time runs out; the projector counts down to it. */
  endsAtMs: number;
  warningSeconds: number;
}

export interface ProjectionAgreementDto {
  /** The code it has (or will have when saved). */
  code: string;
  text: string;
  committee: string | null;
  responsibles: string[];
  dueOn: string | null;
}

export interface ProjectionFollowupDto {
  rows: {
    code: string;
    text: string;
    responsible: string | null;
    dueOn: string | null;
    status: AgreementStatus;
    progress: number;
    /** Already read in this session. */
    recorded: boolean;
  }[];
  /** The agreement being read now. */
  focusCode: string | null;
}
