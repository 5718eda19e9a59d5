import type { Migration } from '../migrate.js';

/**
 * Schema v1: the whole domain of DOMAIN.md. Conventions:
 * - every table has `id INTEGER PRIMARY KEY` so the audit log can point at any row;
 * - every table holding prose has `visibility` ('plenary' | 'citizens');
 * - dates are ISO text: 'YYYY-MM-DD' for days, full ISO-8601 UTC for instants;
 * - the status and kind vocabularies are the ones of src/shared/domain.
 */
const VIS = `visibility TEXT NOT NULL DEFAULT 'plenary' CHECK (visibility IN ('plenary','citizens'))`;
const CITIZENS_ONLY = `visibility TEXT NOT NULL DEFAULT 'citizens' CHECK (visibility = 'citizens')`;
const STAMPS = `created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

const sql = `
CREATE TABLE mesa (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  municipality TEXT NOT NULL CHECK (length(trim(municipality)) > 0),
  population INTEGER NOT NULL CHECK (population > 0),
  ${STAMPS}
);

-- Population by year, for rates per 100,000 inhabitants; mesa.population when a year is missing.
CREATE TABLE population_periods (
  id INTEGER PRIMARY KEY,
  year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2200),
  population INTEGER NOT NULL CHECK (population > 0)
);

CREATE TABLE settings (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL CHECK (json_valid(value))
);

CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('citizen','official','honorary','collaborator','volunteer','guest')),
  full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
  email TEXT,
  phone TEXT,
  post TEXT,
  institution TEXT,
  gov_order TEXT CHECK (gov_order IN ('municipal','estatal','federal')),
  gov_power TEXT CHECK (gov_power IN ('ejecutivo','legislativo','judicial')),
  substitute_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
  joined_on TEXT,
  left_on TEXT,
  leave_reason TEXT CHECK (leave_reason IN ('resignation','sanction','end_of_post','other')),
  notes TEXT,
  ${CITIZENS_ONLY},
  ${STAMPS},
  CHECK (kind <> 'official' OR (post IS NOT NULL AND institution IS NOT NULL AND gov_order IS NOT NULL AND gov_power IS NOT NULL)),
  CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX people_kind ON people(kind);

CREATE TABLE role_terms (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id),
  role TEXT NOT NULL CHECK (role IN ('coordinator','substitute_coordinator','technical_secretary','executive_committee')),
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  ${STAMPS},
  CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX role_terms_person ON role_terms(person_id);

-- An official (CCCP) can never hold a citizen role; the services check it first, this is the backstop.
CREATE TRIGGER role_terms_citizen_roles_insert BEFORE INSERT ON role_terms
WHEN NEW.role <> 'technical_secretary' AND (SELECT kind FROM people WHERE id = NEW.person_id) = 'official'
BEGIN SELECT RAISE(ABORT, 'an official cannot hold a citizen role'); END;
CREATE TRIGGER role_terms_citizen_roles_update BEFORE UPDATE ON role_terms
WHEN NEW.role <> 'technical_secretary' AND (SELECT kind FROM people WHERE id = NEW.person_id) = 'official'
BEGIN SELECT RAISE(ABORT, 'an official cannot hold a citizen role'); END;

CREATE TABLE committees (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL DEFAULT 'working' CHECK (kind IN ('executive','indicators','working')),
  axis TEXT,
  description TEXT,
  coordinator_id INTEGER REFERENCES people(id),
  substitute_id INTEGER REFERENCES people(id),
  created_on TEXT NOT NULL,
  dissolved_on TEXT,
  ${VIS},
  ${STAMPS}
);
CREATE UNIQUE INDEX committees_one_executive ON committees(kind) WHERE kind IN ('executive','indicators');

CREATE TABLE committee_members (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committees(id),
  person_id INTEGER NOT NULL REFERENCES people(id),
  joined_on TEXT NOT NULL,
  left_on TEXT,
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
CREATE INDEX committee_members_person ON committee_members(person_id);
CREATE INDEX committee_members_committee ON committee_members(committee_id);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('plenary','citizen_meeting','committee_meeting')),
  plenary_type TEXT CHECK (plenary_type IN ('ordinary','extraordinary','installation')),
  number INTEGER NOT NULL CHECK (number > 0),
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  committee_id INTEGER REFERENCES committees(id),
  prepares_session_id INTEGER REFERENCES sessions(id),
  scheduled_at TEXT NOT NULL,
  place TEXT,
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','convened','live','closed','signed')),
  started_at TEXT,
  ended_at TEXT,
  current_item_id INTEGER,
  ${VIS},
  ${STAMPS},
  CHECK ((kind = 'plenary') = (plenary_type IS NOT NULL)),
  CHECK ((kind = 'committee_meeting') = (committee_id IS NOT NULL)),
  CHECK (kind <> 'citizen_meeting' OR visibility = 'citizens')
);
CREATE UNIQUE INDEX sessions_number ON sessions(kind, ifnull(plenary_type,''), ifnull(committee_id,0), year, number);
CREATE INDEX sessions_scheduled ON sessions(scheduled_at);

CREATE TABLE agenda_items (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('introductions','agreements_followup','authority_reports','committee_reports','indicators','other','general_matters','closing')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  presenter_person_id INTEGER REFERENCES people(id),
  presenter_committee_id INTEGER REFERENCES committees(id),
  presenter_institution TEXT,
  minutes_allotted INTEGER NOT NULL DEFAULT 10 CHECK (minutes_allotted BETWEEN 0 AND 600),
  description TEXT,
  -- What was reported, for the minutes.
  notes TEXT,
  started_at TEXT,
  ended_at TEXT,
  ${VIS},
  ${STAMPS}
);
CREATE INDEX agenda_items_session ON agenda_items(session_id, position);

-- The coordinator's citizen-only notes on a plenary agenda item, written in the citizen meeting.
CREATE TABLE preparation_notes (
  id INTEGER PRIMARY KEY,
  citizen_meeting_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
  body TEXT NOT NULL,
  ${CITIZENS_ONLY},
  ${STAMPS}
);

-- Topics proposed in a citizen meeting; promotion copies the title into the plenary agenda.
CREATE TABLE citizen_topics (
  id INTEGER PRIMARY KEY,
  citizen_meeting_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT,
  is_general_matter INTEGER NOT NULL DEFAULT 0 CHECK (is_general_matter IN (0,1)),
  promoted_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
  ${CITIZENS_ONLY},
  ${STAMPS}
);

CREATE TABLE checklist_items (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0,1)),
  ${CITIZENS_ONLY}
);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  status TEXT NOT NULL CHECK (status IN ('present','late','left_early','absent_justified','absent_unjustified','represented')),
  arrived_at TEXT,
  left_at TEXT,
  substitute_name TEXT,
  substitute_person_id INTEGER REFERENCES people(id),
  justification TEXT,
  ${VIS},
  ${STAMPS},
  UNIQUE (session_id, person_id),
  CHECK (status <> 'represented' OR substitute_name IS NOT NULL OR substitute_person_id IS NOT NULL)
);

CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL REFERENCES sessions(id),
  agenda_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
  seq INTEGER NOT NULL CHECK (seq > 0),
  code TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  committee_id INTEGER REFERENCES committees(id),
  due_on TEXT,
  status TEXT NOT NULL DEFAULT 'pendiente' CHECK (status IN ('pendiente','en_proceso','cumplido','cancelado')),
  progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  ${VIS},
  ${STAMPS},
  UNIQUE (session_id, seq)
);
CREATE INDEX agreements_status ON agreements(status);
CREATE INDEX agreements_committee ON agreements(committee_id);

CREATE TABLE agreement_responsibles (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  UNIQUE (agreement_id, person_id)
);
CREATE INDEX agreement_responsibles_person ON agreement_responsibles(person_id);

CREATE TABLE agreement_followups (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  -- NULL for follow-ups imported from a spreadsheet without a session.
  session_id INTEGER REFERENCES sessions(id),
  recorded_on TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pendiente','en_proceso','cumplido','cancelado')),
  progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
  note TEXT,
  ${VIS},
  ${STAMPS}
);
CREATE INDEX agreement_followups_agreement ON agreement_followups(agreement_id, recorded_on);
CREATE INDEX agreement_followups_session ON agreement_followups(session_id);

CREATE TABLE indicators (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  unit TEXT NOT NULL CHECK (unit IN ('cases','rate_100k')),
  source TEXT,
  description TEXT,
  ${VIS},
  ${STAMPS}
);

CREATE TABLE indicator_values (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period GLOB '[12][0-9][0-9][0-9]-[01][0-9]' AND substr(period,6,2) BETWEEN '01' AND '12'),
  value REAL NOT NULL,
  UNIQUE (indicator_id, period)
);

CREATE TABLE indicator_goals (
  id INTEGER PRIMARY KEY,
  indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
  target REAL NOT NULL,
  deadline TEXT NOT NULL,
  adopted_session_id INTEGER REFERENCES sessions(id),
  adopted_agreement_id INTEGER REFERENCES agreements(id),
  superseded_by_id INTEGER REFERENCES indicator_goals(id),
  met_on TEXT,
  ${VIS},
  ${STAMPS}
);

CREATE TABLE votes (
  id INTEGER PRIMARY KEY,
  -- NULL for electronic votes held between sessions (admissions over 5 days).
  session_id INTEGER REFERENCES sessions(id),
  kind TEXT NOT NULL CHECK (kind IN ('admission','coordinator_election','substitute_election','agreement','other')),
  subject TEXT NOT NULL,
  subject_person_id INTEGER REFERENCES people(id),
  agreement_id INTEGER REFERENCES agreements(id),
  opens_at TEXT NOT NULL,
  closes_at TEXT,
  electorate INTEGER NOT NULL CHECK (electorate >= 0),
  result TEXT CHECK (result IN ('approved','rejected','invalid')),
  ${VIS},
  ${STAMPS}
);

CREATE TABLE vote_ballots (
  id INTEGER PRIMARY KEY,
  vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id),
  choice TEXT NOT NULL CHECK (choice IN ('yes','no','abstain')),
  cast_at TEXT NOT NULL,
  UNIQUE (vote_id, person_id)
);

CREATE TABLE minutes (
  id INTEGER PRIMARY KEY,
  session_id INTEGER NOT NULL UNIQUE REFERENCES sessions(id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','approved','signed')),
  language TEXT NOT NULL DEFAULT 'es' CHECK (language IN ('es','en')),
  -- Secretary's edits per agenda item, JSON {itemId: text}.
  item_texts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(item_texts)),
  approved_at TEXT,
  approved_in_session_id INTEGER REFERENCES sessions(id),
  sealed_at TEXT,
  seal_sha256 TEXT,
  sealed_content TEXT,
  ${VIS},
  ${STAMPS},
  CHECK (status <> 'signed' OR (seal_sha256 IS NOT NULL AND sealed_content IS NOT NULL))
);

-- A correction after sealing (fe de erratas): sealed on its own, never an edit.
CREATE TABLE minutes_addenda (
  id INTEGER PRIMARY KEY,
  minutes_id INTEGER NOT NULL REFERENCES minutes(id),
  body TEXT NOT NULL,
  seal_sha256 TEXT NOT NULL,
  ${VIS},
  ${STAMPS}
);

CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES sessions(id),
  minutes_id INTEGER REFERENCES minutes(id),
  kind TEXT NOT NULL CHECK (kind IN ('signed_minutes','other')),
  filename TEXT NOT NULL,
  mime TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  ${VIS},
  ${STAMPS}
);

CREATE TABLE exports (
  id INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES sessions(id),
  kind TEXT NOT NULL,
  filename TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  ${STAMPS}
);
CREATE INDEX exports_sha256 ON exports(sha256);

-- Append-only. Each entry hashes the previous one and the audited row's content after the change.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  row_hash TEXT,
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(sql);
  },
};
