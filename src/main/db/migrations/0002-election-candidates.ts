import type { Migration } from '../migrate.js';

/**
 * Elections choose among candidates ("desglosando el número de votos por cada aspirante",
 * cuadro 5): a vote gets its candidates, and a ballot the candidate it was cast for.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'election-candidates',
  up(db) {
    db.exec(`
      CREATE TABLE vote_candidates (
        id INTEGER PRIMARY KEY,
        vote_id INTEGER NOT NULL REFERENCES votes(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id),
        UNIQUE (vote_id, person_id)
      );
      ALTER TABLE vote_ballots ADD COLUMN candidate_person_id INTEGER REFERENCES people(id);
    `);
  },
};
