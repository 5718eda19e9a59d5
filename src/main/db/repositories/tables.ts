/**
 * Every domain table, in the order counts are reported. The audit log covers all of them;
 * table names are only ever interpolated into SQL from this list.
 */
export const DOMAIN_TABLES = [
  'mesa',
  'population_periods',
  'settings',
  'people',
  'role_terms',
  'committees',
  'committee_members',
  'sessions',
  'agenda_items',
  'preparation_notes',
  'citizen_topics',
  'checklist_items',
  'attendance',
  'agreements',
  'agreement_responsibles',
  'agreement_followups',
  'indicators',
  'indicator_values',
  'indicator_goals',
  'votes',
  'vote_candidates',
  'vote_ballots',
  'minutes',
  'minutes_addenda',
  'attachments',
  'exports',
] as const;
export type DomainTable = (typeof DOMAIN_TABLES)[number];
