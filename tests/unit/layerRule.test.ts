import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * DESIGN.md's layer rule is enforced by lint: this lints small files that break it, in a
 * temporary tree with the project's own lint config, and expects each to be refused.
 */
const root = path.resolve(import.meta.dirname, '../..');
const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'plenaria-lint-'));
fs.copyFileSync(path.join(root, '.oxlintrc.json'), path.join(tree, '.oxlintrc.json'));
afterAll(() => fs.rmSync(tree, { recursive: true, force: true }));

function lint(file: string, source: string): { code: number | null; out: string } {
  const full = path.join(tree, file);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  fs.writeFileSync(full, source);
  const r = spawnSync(path.join(root, 'node_modules/.bin/oxlint'), ['-c', '.oxlintrc.json', file], { cwd: tree, encoding: 'utf8' });
  fs.rmSync(full);
  return { code: r.status, out: r.stdout + r.stderr };
}

const cases: [string, string, string][] = [
  ['shared imports main', 'src/shared/domain/a.ts', "import { x } from '../../main/db/sqlite.js';\nexport const y = x;\n"],
  ['shared imports node', 'src/shared/domain/b.ts', "import fs from 'node:fs';\nexport const y = fs;\n"],
  ['shared imports electron', 'src/shared/ipc/c.ts', "import { app } from 'electron';\nexport const y = app;\n"],
  ['renderer imports main', 'src/renderer/console/d.ts', "import { x } from '../../main/services/services.js';\nexport const y = x;\n"],
  ['renderer imports node', 'src/renderer/api/e.ts', "import path from 'node:path';\nexport const y = path;\n"],
  ['renderer imports electron', 'src/renderer/api/f.ts', "import { ipcRenderer } from 'electron';\nexport const y = ipcRenderer;\n"],
  ['preload imports a service', 'src/main/preload/g.ts', "import { x } from '../services/services.js';\nexport const y = x;\n"],
  ['preload imports node', 'src/main/preload/h.ts', "import fs from 'node:fs';\nexport const y = fs;\n"],
  ['main imports renderer', 'src/main/services/i.ts', "import { x } from '../../renderer/api/api.js';\nexport const y = x;\n"],
  ['bare Node builtin anywhere', 'src/main/services/j.ts', "import fs from 'fs';\nexport const y = fs;\n"],
];

describe('layer rule (lint)', () => {
  it.each(cases)('refuses: %s', (_name, file, source) => {
    const { code, out } = lint(file, source);
    expect(code, out).not.toBe(0);
  });

  it('accepts the allowed directions', () => {
    expect(lint('src/main/preload/k.ts', "import { ipcRenderer } from 'electron';\nimport { channelOf } from '../../shared/ipc/contract.js';\nexport const y = [ipcRenderer, channelOf];\n").code).toBe(0);
    expect(lint('src/renderer/api/l.ts', "import { channelOf } from '../../shared/ipc/contract.js';\nexport const y = channelOf;\n").code).toBe(0);
    expect(lint('src/main/services/m.ts', "import fs from 'node:fs';\nimport { channelOf } from '../../shared/ipc/contract.js';\nexport const y = [fs, channelOf];\n").code).toBe(0);
  });
});
