/**
 * The minutes domain for the fake transport, in memory, answering the way MinutesService does:
 * draft → approved → signed, the item texts over the live notes, a seal, errata, attachments
 * kept as base64, exports written to an in-memory disk and verified against the export log.
 * Sessions and their agendas are read from fakeSessions; signing marks the session 'signed'.
 */
import type {
  ArgsOf,
  AttachmentMime,
  MethodOf,
  MinutesAttachmentDto,
  MinutesDto,
  MinutesExportDto,
  MinutesLanguage,
  MinutesStatus,
  ResultOf,
} from '../../../src/shared/ipc/contract.js';
import { MAX_ATTACHMENT_BYTES } from '../../../src/shared/ipc/dto/minutes.js';
import { fail, ok, type Result } from '../../../src/shared/ipc/result.js';
import type { createFakeSessions } from './fakeSessions.js';

type Handlers = { [M in MethodOf<'minutes'>]: (args: ArgsOf<'minutes', M>) => Result<ResultOf<'minutes', M>> };

export interface MinutesSeed {
  /** What the secretary noted live, by agenda item id. */
  notes?: Record<number, string>;
  /** Files already on the (fake) disk, by path: their content. */
  disk?: Record<string, string>;
  /** The "now" of every stamp (seal, errata, exports). */
  now?: string;
}

interface StoredMinutes {
  status: MinutesStatus;
  language: MinutesLanguage;
  texts: Map<number, string>;
  approval: { on: string; inSessionId: number | null } | null;
  seal: { sha256: string; sealedAt: string } | null;
  addenda: { id: number; at: string; body: string; sha256: string }[];
}

interface StoredAttachment extends MinutesAttachmentDto {
  sessionId: number;
  base64: string;
}

interface LoggedExport extends MinutesExportDto {
  sessionId: number | null;
}

const SIGNED = 'El acta ya está firmada y sellada: no admite cambios. Una corrección se registra como fe de erratas.';
const NOT_HELD = 'La sesión aún no se ha celebrado y cerrado: su acta se redacta después del cierre.';

/** A stand-in fingerprint: stable for the same text, 64 hex characters like a SHA-256. */
export function fakeSha256(text: string): string {
  let h = 0x811c9dc5;
  const out: string[] = [];
  for (let round = 0; round < 8; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    out.push(h.toString(16).padStart(8, '0'));
  }
  return out.join('');
}

function sniff(bytes: string): AttachmentMime | null {
  if (bytes.startsWith('%PDF-')) return 'application/pdf';
  if (bytes.startsWith('\x89PNG\r\n\x1a\n')) return 'image/png';
  if (bytes.startsWith('\xff\xd8\xff')) return 'image/jpeg';
  return null;
}

export function createFakeMinutes(seed: MinutesSeed, sessions: ReturnType<typeof createFakeSessions>) {
  const notes = new Map(Object.entries(seed.notes ?? {}).map(([id, text]) => [Number(id), text]));
  const disk = new Map(Object.entries(seed.disk ?? {}));
  const now = seed.now ?? '2026-03-14T19:05:00';
  const stored = new Map<number, StoredMinutes>();
  const attachments = new Map<number, StoredAttachment>();
  const exportsLog: LoggedExport[] = [];
  let nextId = 1;

  const sessionDto = (id: number) => {
    const list = sessions.handlers.sessions.list();
    return list.ok ? list.value.find((s) => s.id === id) : undefined;
  };
  const held = (id: number) => {
    const s = sessions.sessions.get(id);
    return s !== undefined && (s.status === 'closed' || s.status === 'signed');
  };
  const row = (id: number): StoredMinutes => {
    let m = stored.get(id);
    if (!m) {
      m = { status: 'draft', language: 'es', texts: new Map(), approval: null, seal: null, addenda: [] };
      stored.set(id, m);
    }
    return m;
  };

  function get(sessionId: number): Result<MinutesDto> {
    const s = sessionDto(sessionId);
    if (!s) return fail('not_found', 'Esa sesión no existe.');
    const m = stored.get(sessionId);
    const status = m?.status ?? 'draft';
    const editable = s.status === 'closed' && status === 'draft';
    const approvedIn = m?.approval?.inSessionId ? sessionDto(m.approval.inSessionId) : undefined;
    const agenda = sessions.handlers.agenda.get({ sessionId });
    const items = s.kind === 'citizen_meeting' || !agenda.ok ? [] : agenda.value.items;
    const prefix = s.kind === 'citizen_meeting' ? 'citizen_minutes' : 'minutes';
    return ok({
      sessionId,
      sessionKind: s.kind,
      sessionTitle: s.title,
      sessionStatus: s.status,
      scheduledAt: s.scheduledAt,
      status,
      language: m?.language ?? 'es',
      editable,
      readOnlyReason: editable ? null : !held(sessionId) ? NOT_HELD : status === 'signed' ? SIGNED : 'El acta ya fue aprobada.',
      items: items.map((i) => ({
        itemId: i.id,
        position: i.position,
        kind: i.kind,
        title: i.title,
        notes: notes.get(i.id) ?? '',
        text: m?.texts.get(i.id) ?? null,
      })),
      approval: m?.approval ? { ...m.approval, inSessionTitle: approvedIn?.title ?? null } : null,
      seal: m?.seal ? { ...m.seal, intact: true } : null,
      addenda: m?.addenda.map((a) => ({ ...a })) ?? [],
      attachments: [...attachments.values()].filter((a) => a.sessionId === sessionId).map(({ sessionId: _s, base64: _b, ...a }) => a),
      exports: exportsLog
        .filter((e) => e.sessionId === sessionId && (e.kind.startsWith(`${prefix}_`) || e.kind === 'attachment'))
        .map(({ sessionId: _s, ...e }) => e)
        .reverse(),
    });
  }

  /** The minutes can change: the session is held and they are not signed. */
  function open(sessionId: number): Result<StoredMinutes> {
    if (!sessionDto(sessionId)) return fail('not_found', 'Esa sesión no existe.');
    if (!held(sessionId)) return fail('conflict', NOT_HELD);
    const m = row(sessionId);
    if (m.status === 'signed') return fail('conflict', SIGNED);
    return ok(m);
  }

  function write(path: string, content: string, sessionId: number | null, kind: string) {
    if (!path.startsWith('/')) return fail('file_not_found', `No existe la carpeta de ${path}.`);
    disk.set(path, content);
    const sha256 = fakeSha256(content);
    exportsLog.push({ id: nextId++, sessionId, kind, filename: path.split('/').pop()!, sha256, size: content.length, at: '2026-03-15T01:05:00.000Z' });
    return ok({ path, sha256, bytes: content.length });
  }

  const handlers: Handlers = {
    get: ({ sessionId }) => get(sessionId),
    setItemText: ({ sessionId, itemId, text }) => {
      const m = open(sessionId);
      if (!m.ok) return m;
      if (m.value.status === 'approved') return fail('conflict', 'El acta ya fue aprobada: su texto ya no cambia.');
      const clean = text.trim();
      if (clean === '' || clean === (notes.get(itemId) ?? '').trim()) m.value.texts.delete(itemId);
      else m.value.texts.set(itemId, clean);
      return get(sessionId);
    },
    setLanguage: ({ sessionId, language }) => {
      const m = open(sessionId);
      if (!m.ok) return m;
      m.value.language = language;
      return get(sessionId);
    },
    approve: ({ sessionId, approvedInSessionId, approvedOn }) => {
      const m = open(sessionId);
      if (!m.ok) return m;
      if (approvedOn < sessionDto(sessionId)!.scheduledAt.slice(0, 10)) {
        return fail('invalid_argument', 'El acta no puede aprobarse antes de la sesión que describe.');
      }
      m.value.approval = { on: approvedOn, inSessionId: approvedInSessionId };
      m.value.status = 'approved';
      return get(sessionId);
    },
    sign: ({ sessionId }) => {
      const m = open(sessionId);
      if (!m.ok) return m;
      m.value.status = 'signed';
      m.value.seal = { sha256: fakeSha256(`acta ${sessionId} ${[...m.value.texts].join('|')}`), sealedAt: now };
      sessions.sessions.get(sessionId)!.status = 'signed';
      return get(sessionId);
    },
    addAddendum: ({ sessionId, body }) => {
      const m = stored.get(sessionId);
      if (!m?.seal) return fail('conflict', 'Solo un acta firmada y sellada recibe fe de erratas; antes de firmarla, corrija el texto.');
      const text = body.trim();
      if (text === '') return fail('invalid_argument', 'Escriba la corrección.');
      m.addenda.push({ id: nextId++, at: now, body: text, sha256: fakeSha256(`${m.seal.sha256}\n${now}\n${text}`) });
      return get(sessionId);
    },
    attach: ({ sessionId, filename, base64 }) => {
      if (!held(sessionId)) return fail('conflict', NOT_HELD);
      const bytes = atob(base64);
      if (bytes.length === 0) return fail('invalid_argument', 'El archivo está vacío.');
      if (bytes.length > MAX_ATTACHMENT_BYTES) return fail('invalid_argument', 'El archivo pesa más de 25 MB; escanéelo con menor resolución.');
      const mime = sniff(bytes);
      if (!mime) return fail('invalid_argument', 'Solo se adjuntan archivos PDF, PNG o JPEG (el contenido de este archivo no es ninguno de ellos).');
      const id = nextId++;
      attachments.set(id, { id, sessionId, kind: 'signed_minutes', filename, mime, size: bytes.length, sha256: fakeSha256(bytes), addedAt: '2026-03-15T01:00:00.000Z', base64 });
      return get(sessionId);
    },
    exportAttachment: ({ id, path, confirmedLeavesWorkspace }) => {
      if (confirmedLeavesWorkspace !== true) return fail('forbidden', 'La copia del archivo adjunto se escribe sin cifrar, fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.');
      const a = attachments.get(id);
      if (!a) return fail('not_found', 'Ese archivo adjunto no existe.');
      return write(path, atob(a.base64), a.sessionId, 'attachment');
    },
    readAttachment: ({ id }) => {
      const a = attachments.get(id);
      return a ? ok({ filename: a.filename, mime: a.mime, base64: a.base64 }) : fail('not_found', 'Ese archivo adjunto no existe.');
    },
    exportDocx: ({ sessionId, path, language, confirmedLeavesWorkspace }) => {
      if (confirmedLeavesWorkspace !== true) return fail('forbidden', 'El acta (o la minuta) en DOCX se escribe sin cifrar, fuera del espacio de trabajo cifrado y sin protección: confirme antes de exportarlo.');
      if (!path.toLowerCase().endsWith('.docx')) return fail('invalid_argument', 'El archivo debe terminar en .docx.');
      const minutes = get(sessionId);
      if (!minutes.ok) return minutes;
      if (!held(sessionId)) return fail('conflict', NOT_HELD);
      const m = minutes.value;
      const prefix = m.sessionKind === 'citizen_meeting' ? 'citizen_minutes' : 'minutes';
      return write(path, `DOCX ${m.sessionTitle} ${language ?? m.language} ${m.status} ${m.items.map((i) => i.text ?? i.notes).join('|')}`, sessionId, `${prefix}_${m.status}`);
    },
    verifyFile: ({ path }) => {
      const content = disk.get(path);
      if (content === undefined) return fail('file_not_found', `No se puede leer el archivo ${path}.`);
      const sha256 = fakeSha256(content);
      const logged = [...exportsLog].reverse().find((e) => e.sha256 === sha256);
      if (!logged) return ok({ match: false, sha256 });
      return ok({
        match: true,
        sha256,
        exportId: logged.id,
        kind: logged.kind,
        filename: logged.filename,
        exportedAt: logged.at,
        sessionId: logged.sessionId,
        sessionTitle: logged.sessionId === null ? null : (sessionDto(logged.sessionId)?.title ?? null),
      });
    },
    suggestExportPath: ({ sessionId }) => {
      const s = sessionDto(sessionId);
      if (!s) return fail('not_found', 'Esa sesión no existe.');
      const safe = s.title.replace(/[^\p{L}\p{N} _-]/gu, '-');
      return ok(`/home/secretaria/Documentos/${s.kind === 'citizen_meeting' ? 'Minuta' : 'Acta'} - ${safe}.docx`);
    },
  };
  return { handlers: { minutes: handlers }, disk, attachments, exportsLog, stored };
}
