/**
 * Hostile input (issue 11, item 4): seeded random and malformed arguments for every call of
 * the contract, through the real dispatch (the path Electron IPC and the browser host use),
 * on a real encrypted workspace.
 *
 * Why the no-write check is sound: in WAL mode a commit appends frames to the -wal file and
 * only a checkpoint (which follows commits) changes the main file; a rolled-back transaction
 * writes neither. So if the SHA-256 of the main file and of the -wal is the same after a call
 * as before, that call committed nothing. (The -shm changes on plain reads: it is left out.)
 * Rejected calls are checked cheaply one by one (audit entries, file sizes) and by full hash
 * every CHECK_EVERY calls and at the end; calls the schema accepts are hashed one by one.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { contractMethods, type Domain } from '../../src/shared/ipc/contract.js';
import { errorCodes, type Result } from '../../src/shared/ipc/result.js';
import { dispatch } from '../../src/main/ipc/dispatch.js';
import { createHandlers } from '../../src/main/ipc/handlers.js';
import { schemas } from '../../src/main/ipc/schemas.js';
import { PASSPHRASE, tempDir } from '../support/tempWorkspace.js';
import { openServices, person } from '../support/servicesHarness.js';

const CASES_PER_METHOD = 100;
const CHECK_EVERY = 100;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const HUGE = 'x'.repeat(6 * 1024 * 1024);
const BIG = 'ñ'.repeat(200_000);

function deep(depth: number): unknown {
  let v: unknown = 'fondo';
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}
const DEEP = deep(20_000);
const WIDE = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i]));
/** As the transport delivers it: `__proto__` as an own key, not a prototype change. */
const protoKeys = () => JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}') as object;

export function hostileValues(otherKindIds: number[]): unknown[] {
  return [
    null,
    true,
    false,
    0,
    -0,
    -1,
    1.5,
    NaN,
    Infinity,
    -Infinity,
    2 ** 31,
    2 ** 53,
    -(2 ** 53),
    Number.MAX_SAFE_INTEGER + 2,
    Number.MAX_VALUE,
    ...otherKindIds,
    '',
    ' ',
    '\0',
    '1',
    'NaN',
    '🙂',
    "'; DROP TABLE people; --",
    '<img src=x onerror=alert(1)>',
    '../../../etc/passwd',
    '2026-02-30',
    '2026-13-01',
    '0000-00-00',
    '2026-02-29T25:61',
    'no es una fecha',
    '2026-06',
    BIG,
    HUGE,
    10n,
    new Date(NaN),
    new Date('2026-06-15'),
    new Uint8Array([1, 2, 3]),
    new Map([['a', 1]]),
    new Set([1]),
    [],
    [1, 'a', null],
    Array.from({ length: 50_000 }, () => 0),
    {},
    protoKeys(),
    DEEP,
    WIDE,
  ];
}

/** A short, printable picture of an argument (BigInt and cycles cannot go through JSON.stringify). */
function describeArgs(args: unknown): string {
  try {
    return JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…(${v.length})` : v)).slice(0, 200);
  } catch {
    return String(args).slice(0, 200);
  }
}

type Schema = { safeParse(v: unknown): { success: boolean }; shape?: Record<string, unknown> };

const sha = (file: string): string => {
  try {
    return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'absent';
  }
};

describe('hostile input through dispatch', () => {
  it('answers every malformed call with a clear AppError, never throws, never writes', async () => {
    const { s, file } = openServices();
    s.backups.stopDaily();
    // Ids that exist, but of people only: sent as session, agreement, item… ids ("another kind").
    for (let i = 0; i < 6; i++) s.people.create(person(`Persona ${i + 1}`));
    const otherKindIds = s.people.list({}).map((p) => p.id);
    const handlers = createHandlers(s);
    const db = s.workspace.connection();
    // Any path a valid-looking call might write to (an export, a backup) lands in a temp folder.
    const cwd = process.cwd();
    process.chdir(tempDir());

    const fileHash = () => `${sha(file)}:${sha(`${file}-wal`)}`;
    const cheap = () => {
      const audit = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
      const size = (f: string) => (fs.existsSync(f) ? fs.statSync(f).size : -1);
      return `${audit}:${size(file)}:${size(`${file}-wal`)}`;
    };

    const next = random(20261122);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    const pool = hostileValues(otherKindIds);
    const tally = { cases: 0, rejected: 0, accepted: 0, acceptedThatWrote: 0, crashes: 0, thrown: 0 };
    const problems: string[] = [];
    let baseline = fileHash();
    let baselineCheap = cheap();

    const methods = (Object.keys(contractMethods) as Domain[]).flatMap((d) => Object.keys(contractMethods[d]).map((m) => [d, m] as const));
    try {
      for (const [domain, method] of methods) {
        const schema = (schemas as unknown as Record<string, Record<string, Schema>>)[domain]![method]!;
        const keys = schema.shape ? Object.keys(schema.shape) : [];
        for (let n = 0; n < CASES_PER_METHOD; n++) {
          const mode = keys.length === 0 ? 0 : Math.floor(next() * 5);
          let args: unknown;
          if (mode === 0) {
            // No-argument calls take `undefined` only; anything else is malformed.
            args = pick(pool);
          } else {
            const obj: Record<string, unknown> = {};
            for (const k of keys) {
              // "Ids of another kind": id fields get people's ids half the time.
              obj[k] = /(^id|Id)$/.test(k) && next() < 0.5 ? pick(otherKindIds) : pick(pool);
            }
            if (mode === 2) delete obj[pick(keys)];
            if (mode === 3) obj[pick(['__proto__', 'constructor', 'prototype', 'extra'])] = pick(pool);
            args = mode === 4 ? Object.assign(protoKeys(), obj) : obj;
          }
          if (args === undefined) args = null;
          const valid = schema.safeParse(args).success;
          tally.cases++;

          let result: Result<unknown>;
          try {
            result = await dispatch(handlers, domain, method, args);
          } catch (err) {
            tally.thrown++;
            problems.push(`${domain}:${method} threw ${String(err)}`);
            continue;
          }
          const where = `${domain}:${method} #${n}`;
          if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') problems.push(`${where}: not a Result`);
          if (result.ok === false) {
            const { code, message } = result.error;
            if (!(errorCodes as readonly string[]).includes(code)) problems.push(`${where}: unknown code ${code}`);
            if (typeof message !== 'string' || message.trim().length < 10 || message.length > 1000 || /\n\s+at /.test(message)) {
              problems.push(`${where}: unclear message ${JSON.stringify(String(message).slice(0, 200))}`);
            }
            if (message.includes(PASSPHRASE)) problems.push(`${where}: passphrase in message`);
            if (code === 'internal') {
              tally.crashes++;
              problems.push(`${where}: internal error (an unexpected exception in main) for ${describeArgs(args)}`);
            }
          }
          if (({} as Record<string, unknown>).polluted !== undefined) problems.push(`${where}: Object.prototype polluted`);

          if (!valid) {
            tally.rejected++;
            if (result.ok || result.error.code !== 'invalid_argument') problems.push(`${where}: invalid arguments not refused as invalid_argument`);
            if (cheap() !== baselineCheap) problems.push(`${where}: the workspace changed after a refused call`);
            if (tally.cases % CHECK_EVERY === 0 && fileHash() !== baseline) problems.push(`${where}: file hash changed`);
          } else {
            tally.accepted++;
            const after = fileHash();
            if (!result.ok && after !== baseline) problems.push(`${where}: a failed call wrote to the workspace`);
            if (result.ok && after !== baseline) tally.acceptedThatWrote++;
            // A valid call may legitimately switch or lock the workspace: put ours back.
            const status = s.workspace.status();
            if (status.state !== 'open' || status.path !== file) s.workspace.unlock({ path: file, passphrase: PASSPHRASE });
            baseline = fileHash();
            baselineCheap = cheap();
          }
          if (problems.length > 20) break;
        }
      }
      if (fileHash() !== baseline) problems.push('file hash changed by the end');
    } finally {
      process.chdir(cwd);
    }
    console.log(
      `[fuzz] ${tally.cases} cases over ${methods.length} calls: ${tally.rejected} refused as invalid, ${tally.accepted} accepted by the schema (${tally.acceptedThatWrote} of them wrote, legitimately), crashes ${tally.crashes}, thrown ${tally.thrown}`,
    );
    expect(problems).toEqual([]);
    expect(tally.crashes).toBe(0);
    expect(tally.thrown).toBe(0);
    expect(tally.cases).toBeGreaterThan(5000);
  });

  it('refuses malformed and oversized imports (people CSV, agreements sheet, indicators CSV, attachments) with a clear message', async () => {
    const { s, file } = openServices();
    s.backups.stopDaily();
    const handlers = createHandlers(s);
    const hash = () => `${sha(file)}:${sha(`${file}-wal`)}`;
    const before = hash();
    const next = random(11);
    const garbage = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(next() * 256))).toString('latin1');
    const oversizedText = 'nombre,correo\n' + 'a'.repeat(6 * 1024 * 1024);
    const malformedTexts = [
      '',
      '\uFEFF',
      'nombre_completo,tipo\n',
      garbage,
      'a\0b,c\0d\n\0\0\0',
      '"sin cerrar,comillas\nfila,2\n',
      `campo\n${'z'.repeat(300_000)}\n`,
      Array.from({ length: 60 }, (_, i) => `c${i}`).join(',') + '\n' + Array.from({ length: 60 }, () => '1').join(','),
      "=cmd|' /C calc'!A0,+1,-1,@SUM(A1)\n=1,2,3,4\n",
      'a;b;c\n1;2;3\n',
      '\r\r\r\n\n\n,,,,\n',
    ];
    const notAnXlsx = Buffer.from(zipSync({ 'hola.txt': new TextEncoder().encode('no soy una hoja') })).toString('base64');
    const calls: [string, string, unknown, boolean][] = [];
    for (const csv of malformedTexts) {
      calls.push(['people', 'importPreview', { csv }, false], ['people', 'importApply', { csv }, false]);
      calls.push(['indicators', 'importPreview', { csv }, false], ['indicators', 'importApply', { csv }, false]);
      for (const m of ['importPreview', 'importApply']) calls.push(['agreements', m, { sheet: { format: 'csv', text: csv, mapping: {} }, createMissing: false }, false]);
    }
    for (const base64 of [Buffer.from(garbage, 'latin1').toString('base64'), notAnXlsx, '', 'UEsDBA==']) {
      for (const m of ['importPreview', 'importApply']) calls.push(['agreements', m, { sheet: { format: 'xlsx', base64, mapping: {} }, createMissing: true }, false]);
    }
    for (const [filename, bytes] of [
      ['acta.pdf', Buffer.from('esto no es un PDF')],
      ['acta.pdf', Buffer.alloc(0)],
      ['../../../etc/passwd', Buffer.from('%PDF-1.7 falso')],
      ['acta.png', Buffer.from(garbage, 'latin1')],
    ] as const) {
      calls.push(['minutes', 'attach', { sessionId: 1, filename, mime: 'application/pdf', base64: bytes.toString('base64') }, false]);
    }
    // Over the limits: a clear message that names the size.
    calls.push(['people', 'importPreview', { csv: oversizedText }, true], ['people', 'importApply', { csv: oversizedText }, true]);
    calls.push(['indicators', 'importPreview', { csv: oversizedText }, true], ['indicators', 'importApply', { csv: oversizedText }, true]);
    const hugeBase64 = 'A'.repeat(36 * 1024 * 1024);
    calls.push(['agreements', 'importPreview', { sheet: { format: 'csv', text: 'x'.repeat(17 * 1024 * 1024), mapping: {} }, createMissing: false }, true]);
    calls.push(['agreements', 'importPreview', { sheet: { format: 'xlsx', base64: hugeBase64.slice(0, 17 * 1024 * 1024), mapping: {} }, createMissing: false }, true]);
    calls.push(['minutes', 'attach', { sessionId: 1, filename: 'acta.pdf', mime: 'application/pdf', base64: hugeBase64 }, true]);

    const problems: string[] = [];
    for (const [domain, method, args, oversized] of calls) {
      const result = await dispatch(handlers, domain, method, args);
      const where = `${domain}:${method} ${JSON.stringify(args).slice(0, 60)}`;
      if (result.ok) {
        // A preview may answer with per-row problems instead of an error; an apply never succeeds here.
        if (method !== 'importPreview') problems.push(`${where}: accepted`);
        continue;
      }
      if (result.error.code === 'internal') problems.push(`${where}: internal error`);
      if (result.error.message.trim().length < 10 || /Too (big|small)|Invalid input|expected/.test(result.error.message)) {
        problems.push(`${where}: unclear message «${result.error.message.slice(0, 120)}»`);
      }
      if (oversized && !/MiB|MB/.test(result.error.message)) problems.push(`${where}: the size limit is not named: «${result.error.message.slice(0, 120)}»`);
    }
    console.log(`[fuzz imports] ${calls.length} malformed or oversized imports`);
    expect(problems).toEqual([]);
    expect(hash()).toBe(before);
  });
});
