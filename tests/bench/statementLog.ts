/**
 * The side-by-side baselines of issue 10 need the *same* workload on three connections: our
 * binding on an encrypted file, our binding on a plain file, and @journeyapps/sqlcipher (the
 * other SQLCipher binding for Node) on an encrypted file. The workload is defined as a log of
 * SQL statements and their parameters, recorded once while the real code (migrations, the
 * ten-year Mesa's repositories and audit log) writes to an in-memory database, and then
 * replayed on each connection: the same statements, the same parameters, in the same
 * transactions, each prepared once and reused. So the ratios measure the file's encryption
 * and the binding, not our JavaScript.
 */
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../../src/main/db/sqlite.js';
import { Database } from '../../src/main/db/sqlite.js';

type Params = unknown[];
export interface LoggedStatement {
  sql: string;
  method: 'run' | 'get' | 'all' | 'exec';
  params: Params;
}

/**
 * A Db that does its work on `inner` and appends every statement to `log`. Only the outermost
 * transaction is logged (as BEGIN/COMMIT): better-sqlite3 turns nested ones into savepoints.
 */
export function recordingDb(inner: Db, log: LoggedStatement[]): Db {
  let depth = 0;
  const statement = (sql: string): unknown => {
    const real = inner.prepare(sql);
    const wrapped = new Proxy(real, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (prop === 'run' || prop === 'get' || prop === 'all' || prop === 'iterate') {
          return (...params: Params) => {
            log.push({ sql, method: prop === 'iterate' ? 'all' : prop, params });
            return (value as (...a: Params) => unknown).apply(target, params);
          };
        }
        // pluck(), raw(), expand() return the statement itself: keep it recorded.
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(target, args);
          return result === target ? wrapped : result;
        };
      },
    });
    return wrapped;
  };
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === 'prepare') return statement;
      if (prop === 'exec')
        return (sql: string) => {
          log.push({ sql, method: 'exec', params: [] });
          return target.exec(sql);
        };
      if (prop === 'pragma')
        return (source: string, options?: { simple?: boolean }) => {
          log.push({ sql: `PRAGMA ${source}`, method: 'all', params: [] });
          return target.pragma(source, options);
        };
      if (prop === 'transaction')
        return (fn: (...a: unknown[]) => unknown) => {
          const tx = target.transaction(fn);
          return (...args: unknown[]) => {
            const outer = depth === 0;
            if (outer) log.push({ sql: 'BEGIN', method: 'exec', params: [] });
            depth++;
            try {
              return tx(...args);
            } finally {
              depth--;
              if (outer) log.push({ sql: 'COMMIT', method: 'exec', params: [] });
            }
          };
        };
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as Db;
}

/** The connection settings of src/main/db/connection.ts, restated so the plain file gets the same ones without a key. */
export function connectionPragmas(passphrase: string | null): string[] {
  const key = passphrase === null ? [] : [`PRAGMA cipher='sqlcipher'`, 'PRAGMA legacy=4', `PRAGMA key='${passphrase.replaceAll("'", "''")}'`];
  return [...key, 'PRAGMA journal_mode=WAL', 'PRAGMA synchronous=FULL', 'PRAGMA foreign_keys=ON', 'PRAGMA secure_delete=ON', 'PRAGMA temp_store=MEMORY', 'PRAGMA cache_size=-262144'];
}

/** The peer has no `cipher`/`legacy` pragmas: SQLCipher 4's defaults are the same settings. */
function peerPragmas(passphrase: string): string[] {
  return connectionPragmas(passphrase).filter((p) => !p.startsWith('PRAGMA cipher=') && !p.startsWith('PRAGMA legacy='));
}

/** better-sqlite3 binds named parameters from keys without a prefix; node-sqlite3 wants the prefix. */
function peerParams(params: Params): unknown[] {
  if (params.length === 1 && params[0] !== null && typeof params[0] === 'object' && !Buffer.isBuffer(params[0])) {
    return [Object.fromEntries(Object.entries(params[0] as Record<string, unknown>).map(([k, v]) => [`@${k}`, v]))];
  }
  return params;
}

/** One of the three connections the workload is replayed on, a chunk at a time. */
export interface Replayer {
  name: string;
  /** Replays the statements in order; resolves to the milliseconds it took. */
  run(log: LoggedStatement[]): Promise<number>;
  close(): Promise<void>;
}

/** Our binding on an encrypted file (`passphrase`) or a plain one (null). */
export function oursReplayer(file: string, passphrase: string | null): Replayer {
  const db = new Database(file);
  for (const p of connectionPragmas(passphrase)) db.exec(p);
  const cache = new Map<string, BetterSqlite3.Statement<unknown[]>>();
  return {
    name: passphrase === null ? 'plain' : 'encrypted',
    run(log) {
      const t = performance.now();
      for (const s of log) {
        if (s.method === 'exec') {
          db.exec(s.sql);
          continue;
        }
        let st = cache.get(s.sql);
        if (!st) {
          st = db.prepare<unknown[]>(s.sql);
          cache.set(s.sql, st);
        }
        if (s.method === 'run' || !st.reader) st.run(...s.params);
        else if (s.method === 'get') st.get(...s.params);
        else st.all(...s.params);
      }
      return Promise.resolve(performance.now() - t);
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}

interface PeerStatement {
  run(...args: unknown[]): void;
  get(...args: unknown[]): void;
  all(...args: unknown[]): void;
}
interface PeerDb {
  exec(sql: string, cb: (err: Error | null) => void): void;
  prepare(sql: string, cb: (err: Error | null) => void): PeerStatement;
  close(cb: (err: Error | null) => void): void;
}

const peer = createRequire(import.meta.url)('@journeyapps/sqlcipher') as { Database: new (file: string, cb: (err: Error | null) => void) => PeerDb };

/**
 * @journeyapps/sqlcipher on an encrypted file. Its API is asynchronous; each statement is
 * awaited before the next is sent, because the real workload needs each answer before the next
 * step (the audit log reads the last entry's hash before appending, inserts return the id the
 * next row points at). Sending them all without waiting would be a different workload.
 */
export async function peerReplayer(file: string, passphrase: string): Promise<Replayer> {
  const db = await new Promise<PeerDb>((resolve, reject) => {
    const d = new peer.Database(file, (err) => (err ? reject(err) : resolve(d)));
  });
  const exec = (sql: string) => new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
  for (const p of peerPragmas(passphrase)) await exec(p);
  const cache = new Map<string, PeerStatement>();
  const prepared = async (sql: string): Promise<PeerStatement> => {
    const hit = cache.get(sql);
    if (hit) return hit;
    const st = await new Promise<PeerStatement>((resolve, reject) => {
      const s = db.prepare(sql, (err) => (err ? reject(err) : resolve(s)));
    });
    cache.set(sql, st);
    return st;
  };
  // One callback for every statement; it settles the promise of the statement in flight.
  let resolve: () => void = () => undefined;
  let reject: (err: Error) => void = () => undefined;
  const done = (err: Error | null) => (err ? reject(err) : resolve());
  return {
    name: 'peer',
    async run(log) {
      const t = performance.now();
      for (const s of log) {
        if (s.method === 'exec') {
          await exec(s.sql);
          continue;
        }
        const st = await prepared(s.sql);
        const args = [...peerParams(s.params), done];
        await new Promise<void>((res, rej) => {
          resolve = res;
          reject = rej;
          st[s.method as 'run' | 'get' | 'all'](...args);
        });
      }
      return performance.now() - t;
    },
    close: () => new Promise<void>((res) => db.close(() => res())),
  };
}

/** Splits a log at its transactions' ends: the chunks the replayers take turns on. */
export function transactions(log: LoggedStatement[]): LoggedStatement[][] {
  const chunks: LoggedStatement[][] = [[]];
  for (const s of log) {
    chunks[chunks.length - 1]!.push(s);
    if (s.sql === 'COMMIT') chunks.push([]);
  }
  return chunks.filter((c) => c.length > 0);
}
