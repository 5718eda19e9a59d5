import { z } from 'zod';
import type { ArgsOf, Domain, MethodOf } from '../../shared/ipc/contract.js';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/domain/workspace.js';
import { govOrders, govPowers, leaveReasons, personKinds } from '../../shared/domain/people.js';
import { roleKinds } from '../../shared/domain/roles.js';
import { voteKinds } from '../../shared/domain/votes.js';
import { isIsoDay } from '../../shared/domain/dates.js';
import { agreementStatuses } from '../../shared/domain/live.js';
import { matrixColumns } from '../../shared/domain/agreements.js';
import { agreementSheetColumns } from '../../shared/ipc/dto/agreements.js';
import { MAX_ATTACHMENT_BYTES } from '../../shared/ipc/dto/minutes.js';
import { MAX_BACKUPS_KEPT } from '../../shared/ipc/dto/backups.js';
import { auditActions, MAX_AUDIT_PAGE_SIZE, MAX_IDLE_LOCK_MINUTES, MIN_IDLE_LOCK_MINUTES } from '../../shared/ipc/dto/security.js';
import { DOMAIN_TABLES } from '../db/repositories/tables.js';
import { attendanceStatuses } from '../../shared/domain/compliance.js';
import { indicatorUnits, isPeriod } from '../../shared/domain/indicators.js';
import { visibilities } from '../../shared/domain/visibility.js';
import { agendaItemKinds, plenaryTypes, sessionKinds, sessionStatuses } from '../../shared/domain/sessions.js';

// Zod's own messages (wrong type, too long…) in Spanish, for the secretary who reads them.
z.config(z.locales.es());

/**
 * One schema per call of the contract. The mapped type makes the compiler refuse a
 * missing call or a schema whose output differs from the contract's argument type.
 * Strict objects: unknown keys (including __proto__ tricks) are refused, not dropped.
 */
const MAX_TEXT = 500;
const MAX_PATH = 4096;
const text = (max = MAX_TEXT) => z.string().trim().min(1).max(max);
const filePath = z.string().min(1).max(MAX_PATH).refine((p) => !p.includes('\0'), 'ruta no válida');
const passphrase = z.string().max(1024).refine((p) => !p.includes('\0'), 'frase de acceso no válida');
const none = z.undefined();
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const day = z.string().refine(isIsoDay, 'fecha no válida (AAAA-MM-DD)');
const optionalText = (max = MAX_TEXT) => z.string().trim().max(max).nullable().transform((v) => (v ? v : null));
const pct = z.number().min(0).max(100);
const MAX_CSV = 5 * 1024 * 1024;

const personInput = z.strictObject({
  kind: z.enum(personKinds),
  fullName: text(200),
  email: optionalText(200),
  phone: optionalText(60),
  post: optionalText(200),
  institution: optionalText(200),
  order: z.enum(govOrders).nullable(),
  power: z.enum(govPowers).nullable(),
  substituteId: id.nullable(),
  joinedOn: day.nullable(),
  leftOn: day.nullable(),
  leaveReason: z.enum(leaveReasons).nullable(),
  notes: optionalText(5000),
});

const indicatorInput = z.strictObject({
  name: text(200),
  unit: z.enum(indicatorUnits),
  source: optionalText(300),
  description: optionalText(5000),
  visibility: z.enum(visibilities),
});

const committeeInput = z.strictObject({
  name: text(200),
  axis: optionalText(200),
  description: optionalText(5000),
  coordinatorId: id.nullable(),
  substituteId: id.nullable(),
  createdOn: day,
  dissolvedOn: day.nullable(),
});

/** Local wall-clock instant of a session: 'YYYY-MM-DDTHH:MM'. */
const localInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'fecha y hora no válidas (AAAA-MM-DDTHH:MM)')
  .refine((v) => isIsoDay(v.slice(0, 10)), 'fecha no válida');

const agendaItemInput = z.strictObject({
  kind: z.enum(agendaItemKinds),
  title: text(300),
  presenterPersonId: id.nullable(),
  presenterCommitteeId: id.nullable(),
  presenterInstitution: optionalText(200),
  minutesAllotted: z.number().int().min(0).max(600),
  description: optionalText(5000),
});

/** 'HH:MM' on the Mesa's clock. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hora no válida (HH:MM)');
const agreementStatus = z.enum(agreementStatuses);
const progress = z.number().int().min(0).max(100);
const MAX_AGREEMENT = 5000;

const agreementInput = z.strictObject({
  agendaItemId: id.nullable(),
  text: text(MAX_AGREEMENT),
  committeeId: id.nullable(),
  responsibleIds: z.array(id).max(50).refine((ids) => new Set(ids).size === ids.length, 'una persona aparece dos veces'),
  dueOn: day.nullable(),
});

// A draft is what is being typed: it may be empty or half-written, but never larger than a saved agreement.
const liveDraft = z.strictObject({
  agreement: z
    .strictObject({
      agreementId: id.nullable(),
      agendaItemId: id.nullable(),
      text: z.string().max(MAX_AGREEMENT),
      committeeId: id.nullable(),
      responsibleIds: z.array(id).max(50),
      dueOn: day.nullable(),
    })
    .nullable(),
  followup: z.strictObject({ agreementId: id, status: agreementStatus, progress, note: z.string().max(MAX_AGREEMENT) }).nullable(),
  indicatorId: id.nullable().optional(),
});

const matrixFilter = z.strictObject({
  statuses: z.array(agreementStatus).max(4).optional(),
  committeeId: id.nullable().optional(),
  committeeName: z.string().max(200).optional(),
  responsibleId: id.optional(),
  overdue: z.boolean().optional(),
  from: day.optional(),
  to: day.optional(),
  text: z.string().max(500).optional(),
});
const matrixSort = z.strictObject({ column: z.enum(matrixColumns), direction: z.enum(['asc', 'desc']) }).nullable();
const sheetColumnName = z.enum(agreementSheetColumns);
// A sheet of 10,000 rows is a few MB; base64 adds a third.
const MAX_SHEET_CHARS = 16 * 1024 * 1024;
const agreementsSheet = z.union([
  z.strictObject({ format: z.literal('csv'), text: z.string().max(MAX_SHEET_CHARS, 'el archivo pasa de 16 MiB'), mapping: z.record(z.string().max(300), sheetColumnName.nullable()) }),
  z.strictObject({
    format: z.literal('xlsx'),
    base64: z.string().max(MAX_SHEET_CHARS, 'el archivo pasa de 12 MiB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'archivo XLSX no válido'),
    mapping: z.record(z.string().max(300), sheetColumnName.nullable()),
  }),
]);

const topicInput = { title: text(300), body: optionalText(10_000), isGeneralMatter: z.boolean() };

const rulesPatch = z.strictObject({
  maxUnjustifiedAbsencePct: pct.optional(),
  admissionQuorumPct: pct.optional(),
  admissionRejectPct: pct.optional(),
  reapplyAfterYears: z.number().int().min(0).max(10).optional(),
  electionQuorumPct: pct.optional(),
  electionMajority: z
    .strictObject({ numerator: z.number().int().min(1).max(100), denominator: z.number().int().min(1).max(100) })
    .refine((m) => m.numerator <= m.denominator && m.numerator * 2 > m.denominator, 'la mayoría debe ser más de la mitad y a lo más el total')
    .optional(),
  coordinatorTermYears: z.number().int().min(1).max(10).optional(),
  electionWarningDays: z.number().int().min(0).max(365).optional(),
  requiredSubstitutes: z.number().int().min(0).max(10).optional(),
  monthsWithoutCommittee: z.number().int().min(1).max(36).optional(),
  plenaryQuorumPct: z.number().min(0).max(99.99).optional(),
});

export const schemas = {
  workspace: {
    status: none,
    create: z.strictObject({
      path: filePath,
      passphrase: passphrase.min(MIN_PASSPHRASE_LENGTH),
      name: text(),
      municipality: text(),
      population: z.number().int().positive().max(100_000_000),
    }),
    unlock: z.strictObject({ path: filePath, passphrase: passphrase.min(1) }),
    unlockDelay: z.strictObject({ path: filePath }),
    activity: none,
    lock: none,
    close: none,
    info: none,
    verify: none,
    rekey: z.strictObject({
      currentPassphrase: passphrase.min(1),
      newPassphrase: passphrase.min(MIN_PASSPHRASE_LENGTH),
    }),
    recent: none,
    suggestPath: z.strictObject({ name: text() }),
  },
  preferences: {
    get: none,
    set: z.strictObject({
      language: z.enum(['es', 'en']).optional(),
      idleLockMinutes: z.number().int().min(MIN_IDLE_LOCK_MINUTES).max(MAX_IDLE_LOCK_MINUTES).optional(),
    }),
  },
  audit: {
    list: z.strictObject({
      entity: z.enum(DOMAIN_TABLES).optional(),
      action: z.enum(auditActions).optional(),
      from: day.optional(),
      to: day.optional(),
      page: z.number().int().min(0).max(1_000_000),
      pageSize: z.number().int().min(1).max(MAX_AUDIT_PAGE_SIZE),
    }),
  },
  people: {
    list: z.strictObject({
      search: z.string().max(MAX_TEXT).optional(),
      kind: z.enum(personKinds).optional(),
      committeeId: id.optional(),
      active: z.boolean().optional(),
    }),
    get: z.strictObject({ id }),
    create: personInput,
    update: z.strictObject({ id, person: personInput }),
    importPreview: z.strictObject({ csv: z.string().max(MAX_CSV, 'el archivo pasa de 5 MiB') }),
    importApply: z.strictObject({ csv: z.string().max(MAX_CSV, 'el archivo pasa de 5 MiB') }),
  },
  roles: {
    list: none,
    assign: z.strictObject({ personId: id, role: z.enum(roleKinds), startsOn: day, endsOn: day.nullable() }),
    end: z.strictObject({ id, endsOn: day }),
    warnings: none,
  },
  committees: {
    list: none,
    create: committeeInput,
    update: z.strictObject({ id, committee: committeeInput }),
    addMember: z.strictObject({ committeeId: id, personId: id, joinedOn: day }),
    removeMember: z.strictObject({ committeeId: id, personId: id, leftOn: day }),
    citizensWithoutCommittee: none,
  },
  compliance: {
    attendance: z.strictObject({ from: day, to: day }),
  },
  votes: {
    list: none,
    open: z.strictObject({
      kind: z.enum(voteKinds),
      opensOn: day,
      subjectPersonId: id.nullable(),
      candidateIds: z.array(id).max(50),
    }),
    cast: z.strictObject({ voteId: id, personId: id, choice: z.enum(['yes', 'no', 'blank']), candidateId: id.nullable() }),
    close: z.strictObject({ voteId: id, closesOn: day }),
  },
  rules: {
    get: none,
    set: rulesPatch,
  },
  sessions: {
    list: none,
    create: z.strictObject({
      kind: z.enum(sessionKinds),
      plenaryType: z.enum(plenaryTypes).nullable(),
      scheduledAt: localInstant,
      place: optionalText(300),
      committeeId: id.nullable(),
      preparesSessionId: id.nullable(),
      number: z.number().int().min(1).max(9999).nullable(),
    }),
    update: z.strictObject({ id, scheduledAt: localInstant, place: optionalText(300) }),
    setStatus: z.strictObject({ id, status: z.enum(sessionStatuses) }),
    markConvened: z.strictObject({ id, sentOn: day }),
    warnings: none,
    exportAgenda: z.strictObject({ id, path: filePath, language: z.enum(['es', 'en']), confirmedLeavesWorkspace: z.boolean() }),
    suggestExportPath: z.strictObject({ id }),
  },
  agenda: {
    get: z.strictObject({ sessionId: id }),
    add: z.strictObject({ sessionId: id, item: agendaItemInput, position: z.number().int().min(1).max(1000).nullable() }),
    update: z.strictObject({ id, item: agendaItemInput }),
    remove: z.strictObject({ id }),
    move: z.strictObject({ id, toPosition: z.number().int().min(1).max(1000) }),
  },
  citizenMeetings: {
    get: z.strictObject({ id }),
    setNote: z.strictObject({ meetingId: id, agendaItemId: id, body: z.string().max(20_000) }),
    addTopic: z.strictObject({ meetingId: id, ...topicInput }),
    updateTopic: z.strictObject({ id, ...topicInput }),
    removeTopic: z.strictObject({ id }),
    promoteTopic: z.strictObject({ id, minutesAllotted: z.number().int().min(0).max(600) }),
    addChecklistItem: z.strictObject({ meetingId: id, label: text(300) }),
    setChecklistItem: z.strictObject({ id, done: z.boolean() }),
    removeChecklistItem: z.strictObject({ id }),
  },
  agreements: {
    matrix: none,
    detail: z.strictObject({ id }),
    committee: z.strictObject({ committeeId: id }),
    importPreview: z.strictObject({ sheet: agreementsSheet, createMissing: z.boolean() }),
    importApply: z.strictObject({ sheet: agreementsSheet, createMissing: z.boolean() }),
    exportDocx: z.strictObject({ filter: matrixFilter, sort: matrixSort, path: filePath, language: z.enum(['es', 'en']), plenaryOnly: z.boolean(), confirmedLeavesWorkspace: z.boolean() }),
    exportPlaintext: z.strictObject({ filter: matrixFilter, sort: matrixSort, path: filePath, format: z.enum(['csv', 'xlsx']), confirmedLeavesWorkspace: z.boolean() }),
    suggestExportPath: z.strictObject({ format: z.enum(['docx', 'csv', 'xlsx']) }),
    views: none,
    saveView: z.strictObject({ name: text(100), filter: matrixFilter, sort: matrixSort, groupByCommittee: z.boolean() }),
    removeView: z.strictObject({ name: z.string().min(1).max(100) }),
    project: z.strictObject({
      projection: z.strictObject({ title: text(200), filter: matrixFilter, sort: matrixSort, page: z.number().int().min(0).max(10_000) }).nullable(),
    }),
  },
  minutes: {
    get: z.strictObject({ sessionId: id }),
    setItemText: z.strictObject({ sessionId: id, itemId: id, text: z.string().max(50_000) }),
    setLanguage: z.strictObject({ sessionId: id, language: z.enum(['es', 'en']) }),
    approve: z.strictObject({ sessionId: id, approvedInSessionId: id.nullable(), approvedOn: day }),
    sign: z.strictObject({ sessionId: id }),
    addAddendum: z.strictObject({ sessionId: id, body: text(20_000) }),
    attach: z.strictObject({
      sessionId: id,
      filename: text(255),
      mime: z.string().max(100),
      // 25 MB of file is about 34 M base64 characters.
      base64: z.string().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, 'el archivo pasa de 25 MB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'archivo no válido'),
    }),
    exportAttachment: z.strictObject({ id, path: filePath, confirmedLeavesWorkspace: z.boolean() }),
    readAttachment: z.strictObject({ id }),
    exportDocx: z.strictObject({ sessionId: id, path: filePath, language: z.enum(['es', 'en']).nullable(), confirmedLeavesWorkspace: z.boolean() }),
    verifyFile: z.strictObject({ path: filePath }),
    suggestExportPath: z.strictObject({ sessionId: id }),
  },
  indicators: {
    list: none,
    create: z.strictObject({ input: indicatorInput }),
    update: z.strictObject({ id, input: indicatorInput }),
    // A grid paste of ten years of twelve indicators is 1,440 cells.
    setValues: z.strictObject({
      cells: z
        .array(
          z.strictObject({
            indicatorId: id,
            period: z.string().refine(isPeriod, 'mes no válido (AAAA-MM)'),
            cases: z.number().finite().min(0).max(1e9).nullable(),
          }),
        )
        .min(1)
        .max(20_000),
    }),
    addGoal: z.strictObject({
      input: z.strictObject({
        indicatorId: id,
        target: z.number().finite().min(0).max(1e9),
        deadline: day,
        adoptedSessionId: id.nullable(),
        adoptedAgreementId: id.nullable(),
        visibility: z.enum(visibilities).optional(),
      }),
    }),
    populations: none,
    setPopulation: z.strictObject({ year: z.number().int().min(1900).max(2199), population: z.number().int().positive().max(1e10).nullable() }),
    importPreview: z.strictObject({ csv: z.string().max(MAX_CSV, 'el archivo pasa de 5 MiB') }),
    importApply: z.strictObject({ csv: z.string().max(MAX_CSV, 'el archivo pasa de 5 MiB') }),
  },
  live: {
    current: none,
    get: z.strictObject({ sessionId: id }),
    choices: z.strictObject({ sessionId: id }),
    start: z.strictObject({ sessionId: id }),
    goTo: z.strictObject({ sessionId: id, itemId: id }),
    setAttendance: z.strictObject({
      sessionId: id,
      personId: id,
      status: z.enum(attendanceStatuses).nullable(),
      time: clockTime.nullable(),
      substituteName: optionalText(200),
      justification: optionalText(1000),
    }),
    setItemNotes: z.strictObject({ itemId: id, notes: z.string().max(50_000) }),
    setDraft: z.strictObject({ sessionId: id, draft: liveDraft }),
    addAgreement: z.strictObject({ sessionId: id, agreement: agreementInput }),
    updateAgreement: z.strictObject({ id, agreement: agreementInput }),
    removeAgreement: z.strictObject({ id }),
    recordFollowup: z.strictObject({ sessionId: id, agreementId: id, status: agreementStatus, progress, note: optionalText(MAX_AGREEMENT) }),
    setProjector: z.strictObject({ mode: z.enum(['live', 'black', 'wait']) }),
    close: z.strictObject({ sessionId: id }),
  },
  backups: {
    list: none,
    create: none,
    backupTo: z.strictObject({ path: filePath }),
    setKeep: z.strictObject({ keep: z.number().int().min(1).max(MAX_BACKUPS_KEPT) }),
    preview: z.strictObject({ path: filePath, passphrase }),
    restore: z.strictObject({ path: filePath, passphrase }),
  },
} satisfies { [D in Domain]: { [M in MethodOf<D>]: z.ZodType<ArgsOf<D, M>> } };

/** A sentence a secretary can read, naming the field at fault. */
export function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Datos no válidos.';
  const where = first.path.length > 0 ? ` (${first.path.join('.').slice(0, 100)})` : '';
  // Hostile input can make the message huge (twenty thousand unknown keys): a sentence stays short.
  const message = first.message.length > 300 ? `${first.message.slice(0, 300)}…` : first.message;
  return `Datos no válidos${where}: ${message}`;
}
