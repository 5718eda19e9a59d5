import type { MessageKey, Translate } from '../../../i18n/translate.js';

/** The tables main may name, in words a secretary reads; main's list decides which exist. */
const tableKeys: Record<string, MessageKey> = {
  mesa: 'security.table.mesa',
  population_periods: 'security.table.population_periods',
  settings: 'security.table.settings',
  people: 'security.table.people',
  role_terms: 'security.table.role_terms',
  committees: 'security.table.committees',
  committee_members: 'security.table.committee_members',
  sessions: 'security.table.sessions',
  agenda_items: 'security.table.agenda_items',
  preparation_notes: 'security.table.preparation_notes',
  citizen_topics: 'security.table.citizen_topics',
  checklist_items: 'security.table.checklist_items',
  attendance: 'security.table.attendance',
  agreements: 'security.table.agreements',
  agreement_responsibles: 'security.table.agreement_responsibles',
  agreement_followups: 'security.table.agreement_followups',
  indicators: 'security.table.indicators',
  indicator_values: 'security.table.indicator_values',
  indicator_goals: 'security.table.indicator_goals',
  votes: 'security.table.votes',
  vote_candidates: 'security.table.vote_candidates',
  vote_ballots: 'security.table.vote_ballots',
  minutes: 'security.table.minutes',
  minutes_addenda: 'security.table.minutes_addenda',
  attachments: 'security.table.attachments',
  exports: 'security.table.exports',
};

const actorKeys: Record<string, MessageKey> = {
  app: 'security.actor.app',
  cli: 'security.actor.cli',
  import: 'security.actor.import',
  migration: 'security.actor.migration',
};

/** A table a newer version of main names is shown as it is rather than hidden. */
export const tableLabel = (t: Translate, table: string): string => (Object.hasOwn(tableKeys, table) ? t(tableKeys[table]!) : table);
export const actorLabel = (t: Translate, actor: string): string => (Object.hasOwn(actorKeys, actor) ? t(actorKeys[actor]!) : actor);
