import { DEFAULT_RULES, type MesaRules } from '../../shared/domain/rules.js';
import { settingsRepository } from '../db/repositories/settingsRepository.js';
import type { Db } from '../db/sqlite.js';
import type { ServiceContext } from './serviceContext.js';

const KEY = 'mesa_rules';

/** The Mesa's thresholds: the guide's defaults until the Mesa sets its own. */
export class RulesService {
  constructor(private readonly ctx: ServiceContext) {}

  static read(db: Db): MesaRules {
    const stored = settingsRepository.get(db, KEY)?.value as Partial<MesaRules> | undefined;
    return { ...DEFAULT_RULES, ...stored };
  }

  get(): MesaRules {
    return RulesService.read(this.ctx.db());
  }

  set(patch: Partial<MesaRules>): MesaRules {
    return this.ctx.write((db, audit) => {
      const rules = { ...RulesService.read(db), ...patch };
      const { id, created } = settingsRepository.set(db, KEY, rules);
      audit(created ? 'insert' : 'update', 'settings', id);
      return rules;
    });
  }
}
