/**
 * A test double of the transport: an in-memory `window.plenaria` built with the real
 * `buildRawApi`, answering Results the way main does. It checks passphrases, keeps the
 * workspace state and emits the 'workspace' event; the Mesa's own data lives in fakeMesa,
 * sessions in fakeSessions, the live session in fakeLive and the agreements matrix in
 * fakeAgreements, which also emits the 'projection' event when the matrix is projected.
 * Every call is recorded.
 */
import { buildRawApi, type ConsoleBridge } from '../../../src/shared/ipc/bridge.js';
import type {
  ArgsOf,
  Domain,
  Language,
  MesaDto,
  MethodOf,
  ResultOf,
  WorkspaceStatusDto,
} from '../../../src/shared/ipc/contract.js';
import type { AppEvents, ProjectionViewDto } from '../../../src/shared/ipc/events.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';
import { createFakeAgreements, type AgreementsSeed } from './fakeAgreements.js';
import { createFakeBackups, type BackupsSeed } from './fakeBackups.js';
import { createFakeLive, type LiveSeed } from './fakeLive.js';
import { createFakeIndicators, type IndicatorsSeed } from './fakeIndicators.js';
import { createFakeMesa, type MesaSeed } from './fakeMesa.js';
import { createFakeMinutes, type MinutesSeed } from './fakeMinutes.js';
import { createFakeSessions, type SessionsSeed } from './fakeSessions.js';
import { createFakeSecurity, type SecuritySeed } from './fakeSecurity.js';

type FakeHandlers = {
  [D in Domain]: { [M in MethodOf<D>]: (args: ArgsOf<D, M>) => Result<ResultOf<D, M>> };
};

export interface FakeFile {
  passphrase: string;
  mesa: MesaDto;
}

export interface FakeOptions {
  files?: Record<string, FakeFile>;
  /** The file selected in main at start; with `unlocked` it is open, otherwise locked. */
  selected?: string;
  unlocked?: boolean;
  language?: Language;
  recent?: string[];
  /** The open workspace's people, committees, roles, attendance and rules. */
  mesa?: MesaSeed;
  /** Sessions, their agendas and citizen meetings, against the same "today" as the Mesa. */
  sessions?: SessionsSeed;
  /** The live console's follow-up rows and clock. */
  live?: LiveSeed;
  /** The agreements matrix, its saved views, follow-ups and history. */
  agreements?: AgreementsSeed;
  /** The workspace's encrypted backups. */
  backups?: BackupsSeed;
  /** The minutes: live notes per item, files on the fake disk. */
  minutes?: MinutesSeed;
  /** Indicators with their monthly cases and goals, populations by year. */
  indicators?: IndicatorsSeed;
  /** Unlock back-off and the audit log. */
  security?: SecuritySeed;
  idleLockMinutes?: number;
}

export interface Call {
  domain: string;
  method: string;
  args: unknown;
}

export function createFakeBridge(options: FakeOptions = {}) {
  const files = new Map(Object.entries(options.files ?? {}));
  let selected: string | null = options.selected ?? null;
  let unlocked = options.unlocked ?? false;
  let language: Language = options.language ?? 'es';
  let idleLockMinutes = options.idleLockMinutes ?? 10;
  let recent = [...(options.recent ?? [])];
  const calls: Call[] = [];
  const workspaceListeners = new Set<(payload: AppEvents['workspace']) => void>();
  const projectionListeners = new Set<(payload: ProjectionViewDto) => void>();
  const mesa = createFakeMesa(options.mesa);
  const sessions = createFakeSessions(options.sessions, mesa, options.mesa?.today ?? '2026-03-14');
  const live = createFakeLive(options.live ?? {}, mesa, sessions);
  const agreements = createFakeAgreements(options.agreements ?? {}, mesa, options.mesa?.today ?? '2026-03-14', (view) => {
    for (const listener of projectionListeners) listener(view);
  });

  const minutes = createFakeMinutes(options.minutes ?? {}, sessions);
  const indicators = createFakeIndicators(options.indicators ?? {}, options.mesa?.today ?? '2026-03-14', {
    session: (id) => {
      const found = valueOf(sessions.handlers.sessions.list()).find((s) => s.id === id);
      return found ? { id, title: found.title, date: found.scheduledAt.slice(0, 10), kind: found.kind } : null;
    },
    agreement: (id) => {
      const found = valueOf(agreements.handlers.agreements.matrix()).find((a) => a.id === id);
      return found ? { id, code: found.code, sessionId: found.sessionId } : null;
    },
  });
  const backups = createFakeBackups(options.backups);
  const security = createFakeSecurity(options.security);

  function status(): WorkspaceStatusDto {
    if (selected && unlocked) return { state: 'open', path: selected, mesa: files.get(selected)!.mesa };
    if (selected) return { state: 'locked', path: selected };
    return { state: 'closed' };
  }

  function announce(): WorkspaceStatusDto {
    const current = status();
    for (const listener of workspaceListeners) listener({ state: current.state });
    return current;
  }

  function open(path: string): WorkspaceStatusDto {
    selected = path;
    unlocked = true;
    recent = [path, ...recent.filter((p) => p !== path)];
    return announce();
  }

  const handlers: FakeHandlers = {
    workspace: {
      status: () => ok(status()),
      create: ({ path, passphrase, ...mesa }) => {
        if (files.has(path)) return fail('file_exists', 'Ya existe un archivo en esa ruta.');
        if (passphrase.length < 12) return fail('weak_passphrase', 'Frase corta.');
        files.set(path, { passphrase, mesa });
        return ok(open(path));
      },
      unlock: ({ path, passphrase }) => {
        const file = files.get(path);
        if (!file) return fail('file_not_found', 'No existe el archivo.');
        const refused = security.refusal(path);
        if (refused) return refused;
        if (file.passphrase !== passphrase) {
          security.failed(path);
          return fail('wrong_passphrase', 'Frase incorrecta.');
        }
        security.succeeded(path);
        return ok(open(path));
      },
      unlockDelay: ({ path }) => ok(security.delay(path)),
      activity: () => ok(undefined),
      lock: () => {
        unlocked = false;
        return ok(announce());
      },
      close: () => {
        unlocked = false;
        selected = null;
        return ok(announce());
      },
      info: () => {
        if (!selected || !unlocked) return fail('no_workspace_open', 'No hay un espacio de trabajo abierto.');
        const mesa = files.get(selected)!.mesa;
        return ok({
          ...mesa,
          path: selected,
          schemaVersion: 1,
          cipher: 'sqlcipher',
          kdfIterations: 256_000,
          counts: { mesa: 1, people: 7, committees: 2, sessions: 3, agreements: 11 },
        });
      },
      verify: () => security.verify(),
      rekey: () => ok(undefined),
      recent: () =>
        ok(recent.map((path) => ({ path, name: path.split('/').pop()!, openedAt: '2026-03-14T17:30:00.000Z' }))),
      suggestPath: ({ name }) => ok(`/home/secretaria/Documentos/${name}.plenaria`),
    },
    preferences: {
      get: () => ok({ language, idleLockMinutes }),
      set: (args) => {
        language = args.language ?? language;
        idleLockMinutes = args.idleLockMinutes ?? idleLockMinutes;
        return ok({ language, idleLockMinutes });
      },
    },
    ...mesa.handlers,
    ...sessions.handlers,
    ...live.handlers,
    ...agreements.handlers,
    ...minutes.handlers,
    ...indicators.handlers,
    ...backups.handlers,
    ...security.handlers,
  };

  const bridge: ConsoleBridge = {
    api: buildRawApi(async (domain, method, args) => {
      calls.push({ domain, method, args });
      const handler = (handlers as unknown as Record<string, Record<string, (a: unknown) => Result<unknown>>>)[domain]![
        method
      ]!;
      return handler(args);
    }),
    on(name, listener) {
      if (name === 'projection') {
        const typed = listener as (payload: ProjectionViewDto) => void;
        projectionListeners.add(typed);
        return () => projectionListeners.delete(typed);
      }
      if (name !== 'workspace') return () => {};
      const typed = listener as (payload: AppEvents['workspace']) => void;
      workspaceListeners.add(typed);
      return () => workspaceListeners.delete(typed);
    },
  };

  return {
    bridge,
    calls,
    callsTo: (domain: string, method: string) => calls.filter((c) => c.domain === domain && c.method === method),
    files,
    mesa,
    sessions,
    live,
    agreements,
    minutes,
    indicators,
    backups,
    security,
  };
}

export type FakeBridge = ReturnType<typeof createFakeBridge>;

/** A fake domain's answer read by another fake domain. */
function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export const JUAREZ: MesaDto = { name: 'Mesa de Seguridad de Juárez', municipality: 'Juárez', population: 1_512_450 };
export const JUAREZ_PATH = '/home/secretaria/Documentos/juarez.plenaria';
export const JUAREZ_PASSPHRASE = 'caballo verde bajo la lluvia';
