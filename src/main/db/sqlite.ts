/**
 * The one import of the SQLCipher binding. better-sqlite3-multiple-ciphers has the
 * better-sqlite3 API; its types are better-sqlite3's.
 */
import DatabaseCtor from 'better-sqlite3-multiple-ciphers';
import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;
export const Database = DatabaseCtor as unknown as typeof BetterSqlite3;

/** SQLite error codes surface as `err.code` strings such as 'SQLITE_NOTADB'. */
export function sqliteCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
