import type { Migration } from '../migrate.js';

/** When the orden del día was sent: the guide asks for at least 3 days before the plenary. */
export const migration0003: Migration = {
  version: 3,
  name: 'convocation',
  up(db) {
    db.exec(`ALTER TABLE sessions ADD COLUMN convocation_sent_on TEXT;`);
  },
};
