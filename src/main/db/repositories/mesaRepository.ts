import type { Db } from '../sqlite.js';
import type { MesaDto } from '../../../shared/ipc/contract.js';

export const mesaRepository = {
  insert(db: Db, mesa: MesaDto): number {
    db.prepare('INSERT INTO mesa (id, name, municipality, population) VALUES (1, ?, ?, ?)').run(
      mesa.name,
      mesa.municipality,
      mesa.population,
    );
    return 1;
  },
  get(db: Db): MesaDto {
    const row = db.prepare('SELECT name, municipality, population FROM mesa WHERE id = 1').get() as
      | MesaDto
      | undefined;
    if (!row) throw new Error('workspace has no mesa row');
    return row;
  },
};
