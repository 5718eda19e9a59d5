import fs from 'node:fs';
import path from 'node:path';
import { AppFailure } from '../appFailure.js';
import type { Db } from '../db/sqlite.js';
import { sessionRepository } from '../db/repositories/sessionRepository.js';
import { committeeRepository } from '../db/repositories/committeeRepository.js';
import { plenaryReadRepository } from '../db/repositories/plenaryReadRepository.js';
import { mesaRepository } from '../db/repositories/mesaRepository.js';
import { exportRepository } from '../db/repositories/exportRepository.js';
import { canMoveTo, COMMITTEE_TEMPLATE, convocationWarnings, inPreparation, PLENARY_TEMPLATE, sessionTitle, type ConvocationWarning, type SessionStatus } from '../../shared/domain/sessions.js';
import type { CreateSessionDto, Language, SessionDto } from '../../shared/ipc/contract.js';
import { buildAgendaDocument, type AgendaDocumentData } from '../export/docx/agendaDocument.js';
import { writeDocxFile } from '../export/docx/writeDocx.js';
import { AgendaService, withTimes } from './agendaService.js';
import { requirePlaintextConfirmation } from './plaintextConfirmation.js';
import type { ServiceContext } from './serviceContext.js';
import { inDocuments } from './suggestedPaths.js';

export class SessionsService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly documentsDir: string | undefined,
  ) {}

  list(): SessionDto[] {
    return sessionRepository.list(this.ctx.db());
  }

  create(dto: CreateSessionDto): SessionDto {
    const id = this.ctx.write((db, audit) => {
      const year = Number(dto.scheduledAt.slice(0, 4));
      if ((dto.kind === 'plenary') !== (dto.plenaryType !== null)) throw new AppFailure('invalid_argument', 'Solo una plenaria tiene tipo (ordinaria, extraordinaria o de instalación).');
      if ((dto.kind === 'committee_meeting') !== (dto.committeeId !== null)) throw new AppFailure('invalid_argument', 'Una reunión de comité necesita su comité, y solo ella.');
      if ((dto.kind === 'citizen_meeting') !== (dto.preparesSessionId !== null)) throw new AppFailure('invalid_argument', 'Una reunión ciudadana prepara una plenaria: elíjala.');
      if (dto.committeeId !== null) {
        const committee = committeeRepository.get(db, dto.committeeId, this.ctx.today());
        if (!committee) throw new AppFailure('not_found', 'Ese comité no existe.');
        if (committee.dissolvedOn !== null && committee.dissolvedOn <= dto.scheduledAt.slice(0, 10)) throw new AppFailure('conflict', 'Ese comité ya estaba disuelto en esa fecha.');
      }
      if (dto.preparesSessionId !== null) {
        const plenary = sessionRepository.get(db, dto.preparesSessionId);
        if (!plenary || plenary.kind !== 'plenary') throw new AppFailure('not_found', 'Esa plenaria no existe.');
        if (plenary.preparedBySessionId !== null) throw new AppFailure('conflict', 'Esa plenaria ya tiene su reunión ciudadana.');
        if (dto.scheduledAt > plenary.scheduledAt) throw new AppFailure('invalid_argument', 'La reunión ciudadana va antes de la plenaria que prepara.');
      }
      const key = { kind: dto.kind, plenaryType: dto.plenaryType, committeeId: dto.committeeId, year };
      const number = dto.number ?? sessionRepository.nextNumber(db, key);
      if (sessionRepository.numberTaken(db, { ...key, number })) throw new AppFailure('conflict', `Ya existe la sesión número ${number}/${year} de ese tipo.`);
      const id = sessionRepository.insert(db, { ...key, number, preparesSessionId: dto.preparesSessionId, scheduledAt: dto.scheduledAt, place: dto.place });
      audit('insert', 'sessions', id);
      const template = dto.kind === 'plenary' ? PLENARY_TEMPLATE : dto.kind === 'committee_meeting' ? COMMITTEE_TEMPLATE : [];
      for (const t of template) {
        AgendaService.insertItem(
          db,
          audit,
          id,
          { kind: t.kind, title: t.title, minutesAllotted: t.minutes, presenterPersonId: null, presenterCommitteeId: null, presenterInstitution: null, description: null },
          Number.MAX_SAFE_INTEGER,
        );
      }
      return id;
    });
    return this.get(id);
  }

  update(id: number, scheduledAt: string, place: string | null): SessionDto {
    this.ctx.write((db, audit) => {
      const s = this.session(db, id);
      if (!inPreparation(s.status)) throw new AppFailure('conflict', 'La sesión ya empezó; su fecha y lugar no cambian.');
      sessionRepository.update(db, id, scheduledAt, place);
      audit('update', 'sessions', id);
    });
    return this.get(id);
  }

  setStatus(id: number, status: SessionStatus): SessionDto {
    this.ctx.write((db, audit) => {
      const s = this.session(db, id);
      if (status === 'signed') throw new AppFailure('forbidden', 'Una sesión queda firmada al sellar su acta.');
      if (s.kind === 'citizen_meeting') {
        // A citizen meeting is never run on the live console (nothing of it may be projected):
        // once held it is simply marked closed, and its attendance and minutes follow.
        if (status === 'live') throw new AppFailure('forbidden', 'Una reunión ciudadana no se conduce en la consola en vivo: márquela como celebrada.');
        if (status === 'closed' && !inPreparation(s.status)) throw new AppFailure('conflict', 'Esa reunión ya está cerrada.');
      } else if (status === 'live' || status === 'closed') {
        // Going live and closing set the session's clock: only the live console does them.
        throw new AppFailure('forbidden', 'Una sesión se inicia y se cierra desde la consola de la sesión en vivo.');
      }
      if (!canMoveTo(s.status, status) && !(s.kind === 'citizen_meeting' && status === 'closed')) {
        throw new AppFailure('conflict', 'Ese cambio de estado no es posible desde el estado actual.');
      }
      sessionRepository.setStatus(db, id, status);
      if (status === 'draft') sessionRepository.setConvocation(db, id, null);
      audit('update', 'sessions', id);
    });
    return this.get(id);
  }

  markConvened(id: number, sentOn: string): SessionDto {
    this.ctx.write((db, audit) => {
      const s = this.session(db, id);
      if (!inPreparation(s.status)) throw new AppFailure('conflict', 'La sesión ya empezó.');
      if (sentOn > s.scheduledAt.slice(0, 10)) throw new AppFailure('invalid_argument', 'La convocatoria no puede enviarse después de la sesión.');
      sessionRepository.setConvocation(db, id, sentOn);
      sessionRepository.setStatus(db, id, 'convened');
      audit('update', 'sessions', id);
    });
    return this.get(id);
  }

  warnings(): ConvocationWarning[] {
    const db = this.ctx.db();
    const today = this.ctx.today();
    const sessions = sessionRepository.list(db);
    return convocationWarnings(
      {
        plenaries: sessions
          .filter((s) => s.kind === 'plenary')
          .map((s) => ({ id: s.id, date: s.scheduledAt.slice(0, 10), status: s.status, convocationSentOn: s.convocationSentOn })),
        committees: sessionRepository.committeeActivity(db, today),
      },
      today,
    );
  }

  suggestExportPath(id: number): string {
    const s = this.get(id);
    const safe = s.title.replace(/[^\p{L}\p{N} _-]/gu, '-');
    return inDocuments(this.documentsDir, `Orden del día - ${safe}.docx`);
  }

  /**
   * The orden del día as DOCX, built only from the plenary-safe read path: nothing of a
   * citizen meeting can reach it. The file's SHA-256 is logged with its session. Unencrypted, so
   * only once the user confirmed it.
   */
  async exportAgenda(id: number, target: string, language: Language, confirmedLeavesWorkspace: boolean): Promise<{ path: string; sha256: string; bytes: number }> {
    requirePlaintextConfirmation(confirmedLeavesWorkspace, 'El orden del día');
    const data = this.agendaDocumentData(id, language);
    const file = path.resolve(target);
    if (!file.toLowerCase().endsWith('.docx')) throw new AppFailure('invalid_argument', 'El archivo debe terminar en .docx.');
    if (!fs.existsSync(path.dirname(file))) throw new AppFailure('file_not_found', `No existe la carpeta ${path.dirname(file)}.`);
    const written = await writeDocxFile(buildAgendaDocument(data), file);
    this.ctx.write((db, audit) => {
      audit('insert', 'exports', exportRepository.insert(db, { sessionId: id, kind: 'agenda', filename: path.basename(file), sha256: written.sha256, size: written.bytes }));
    });
    return written;
  }

  agendaDocumentData(id: number, language: Language): AgendaDocumentData {
    const db = this.ctx.db();
    const session = plenaryReadRepository.session(db, id);
    if (!session) throw new AppFailure('forbidden', 'Solo la orden del día de una plenaria o de una reunión de comité se exporta; la reunión ciudadana es solo para ciudadanos.');
    const dto = this.get(id);
    const mesa = mesaRepository.get(db);
    const items = withTimes(plenaryReadRepository.agendaItems(db, id), session.scheduled_at);
    const agreements =
      session.kind === 'plenary'
        ? plenaryReadRepository.openAgreementsBefore(db, session.scheduled_at)
        : plenaryReadRepository.committeeAgreements(db, session.committee_id!);
    return {
      language,
      mesa: { name: mesa.name, municipality: mesa.municipality },
      session: {
        title: sessionTitle({ kind: dto.kind, plenaryType: dto.plenaryType, number: dto.number, year: dto.year, committeeName: dto.committeeName }, language),
        kind: session.kind === 'plenary' ? 'plenary' : 'committee_meeting',
        scheduledAt: session.scheduled_at,
        place: session.place,
        convocationSentOn: dto.convocationSentOn,
      },
      items: items.map((i) => ({ position: i.position, kind: i.kind, title: i.title, presenter: i.presenterLabel, startsAt: i.startsAt, minutes: i.minutesAllotted, description: i.description })),
      estimatedEnd: items.at(-1)?.endsAt ?? session.scheduled_at.slice(11, 16),
      agreements: agreements.map((a) => ({ code: a.code, text: a.text, status: a.status, progress: a.progress, dueOn: a.due_on, responsible: a.responsible ?? a.committee_name })),
    };
  }

  private get(id: number): SessionDto {
    return this.session(this.ctx.db(), id);
  }

  private session(db: Db, id: number): SessionDto {
    const s = sessionRepository.get(db, id);
    if (!s) throw new AppFailure('not_found', 'Esa sesión no existe.');
    return s;
  }
}
