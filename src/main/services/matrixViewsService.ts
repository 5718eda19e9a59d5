import { AppFailure } from '../appFailure.js';
import { settingsRepository } from '../db/repositories/settingsRepository.js';
import type { MatrixViewDto } from '../../shared/ipc/contract.js';
import type { ServiceContext } from './serviceContext.js';

const KEY = 'matrix_views';
const MAX_VIEWS = 50;

/** The matrix's saved views: a setting of the workspace, so the whole Mesa's laptop keeps them. */
export class MatrixViewsService {
  constructor(private readonly ctx: ServiceContext) {}

  list(): MatrixViewDto[] {
    return (settingsRepository.get(this.ctx.db(), KEY)?.value as MatrixViewDto[] | undefined) ?? [];
  }

  save(view: MatrixViewDto): MatrixViewDto[] {
    const name = view.name.trim();
    const others = this.list().filter((v) => v.name !== name);
    if (others.length >= MAX_VIEWS) throw new AppFailure('invalid_argument', `Se pueden guardar hasta ${MAX_VIEWS} vistas; borre alguna.`);
    return this.write([...others, { ...view, name }].sort((a, b) => a.name.localeCompare(b.name, 'es')));
  }

  remove(name: string): MatrixViewDto[] {
    const views = this.list();
    if (!views.some((v) => v.name === name)) throw new AppFailure('not_found', 'No hay una vista guardada con ese nombre.');
    return this.write(views.filter((v) => v.name !== name));
  }

  private write(views: MatrixViewDto[]): MatrixViewDto[] {
    return this.ctx.write((db, audit) => {
      const { id, created } = settingsRepository.set(db, KEY, views);
      audit(created ? 'insert' : 'update', 'settings', id);
      return views;
    });
  }
}
