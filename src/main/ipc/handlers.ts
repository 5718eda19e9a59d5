import type { AgreementsImportInput, AgreementsSheetDto, ArgsOf, Domain, MethodOf, ResultOf } from '../../shared/ipc/contract.js';
import type { Services } from '../services/services.js';
import { suggestedWorkspacePath } from '../services/suggestedPaths.js';

export type Handlers = {
  [D in Domain]: {
    [M in MethodOf<D>]: (args: ArgsOf<D, M>) => ResultOf<D, M> | Promise<ResultOf<D, M>>;
  };
};

/** The transport carries an XLSX as base64 (the browser host speaks JSON); the service reads bytes. */
function sheetInput(sheet: AgreementsSheetDto): AgreementsImportInput {
  return sheet.format === 'csv' ? sheet : { format: 'xlsx', bytes: Buffer.from(sheet.base64, 'base64'), mapping: sheet.mapping };
}

/** Thin: each handler is one call into a service. Validation happened before, in dispatch. */
export function createHandlers(s: Services): Handlers {
  return {
    workspace: {
      status: () => s.workspace.status(),
      create: (a) => s.workspace.create(a),
      unlock: (a) => s.workspace.unlock(a),
      unlockDelay: ({ path }) => s.workspace.unlockDelay(path),
      activity: () => s.autoLock.activity(),
      lock: () => s.workspace.lock(),
      close: () => s.workspace.close(),
      info: () => s.workspace.info(),
      verify: () => s.workspace.verify(),
      rekey: (a) => s.workspace.rekey(a),
      recent: () => s.preferences.recent(),
      suggestPath: ({ name }) => suggestedWorkspacePath(s.documentsDir, name),
    },
    preferences: {
      get: () => s.preferences.get(),
      set: (a) => s.preferences.set(a),
    },
    people: {
      list: (a) => s.people.list(a),
      get: ({ id }) => s.people.get(id),
      create: (a) => s.people.create(a),
      update: ({ id, person }) => s.people.update(id, person),
      importPreview: ({ csv }) => s.people.importPreview(csv),
      importApply: ({ csv }) => s.people.importApply(csv),
    },
    roles: {
      list: () => s.roles.list(),
      assign: (a) => s.roles.assign(a),
      end: ({ id, endsOn }) => s.roles.end(id, endsOn),
      warnings: () => s.roles.warnings(),
    },
    committees: {
      list: () => s.committees.list(),
      create: (a) => s.committees.create(a),
      update: ({ id, committee }) => s.committees.update(id, committee),
      addMember: ({ committeeId, personId, joinedOn }) => s.committees.addMember(committeeId, personId, joinedOn),
      removeMember: ({ committeeId, personId, leftOn }) => s.committees.removeMember(committeeId, personId, leftOn),
      citizensWithoutCommittee: () => s.committees.citizensWithoutCommittee(),
    },
    compliance: {
      attendance: ({ from, to }) => s.compliance.attendance(from, to),
    },
    votes: {
      list: () => s.votes.list(),
      open: (a) => s.votes.open(a),
      cast: (a) => s.votes.cast(a),
      close: ({ voteId, closesOn }) => s.votes.close(voteId, closesOn),
    },
    rules: {
      get: () => s.rules.get(),
      set: (a) => s.rules.set(a),
    },
    sessions: {
      list: () => s.sessions.list(),
      create: (a) => s.sessions.create(a),
      update: ({ id, scheduledAt, place }) => s.sessions.update(id, scheduledAt, place),
      setStatus: ({ id, status }) => s.sessions.setStatus(id, status),
      markConvened: ({ id, sentOn }) => s.sessions.markConvened(id, sentOn),
      warnings: () => s.sessions.warnings(),
      exportAgenda: ({ id, path, language, confirmedLeavesWorkspace }) => s.sessions.exportAgenda(id, path, language, confirmedLeavesWorkspace),
      suggestExportPath: ({ id }) => s.sessions.suggestExportPath(id),
    },
    agenda: {
      get: ({ sessionId }) => s.agenda.get(sessionId),
      add: ({ sessionId, item, position }) => s.agenda.add(sessionId, item, position),
      update: ({ id, item }) => s.agenda.update(id, item),
      remove: ({ id }) => s.agenda.remove(id),
      move: ({ id, toPosition }) => s.agenda.move(id, toPosition),
    },
    citizenMeetings: {
      get: ({ id }) => s.citizenMeetings.get(id),
      setNote: ({ meetingId, agendaItemId, body }) => s.citizenMeetings.setNote(meetingId, agendaItemId, body),
      addTopic: ({ meetingId, ...t }) => s.citizenMeetings.addTopic(meetingId, t),
      updateTopic: ({ id, ...t }) => s.citizenMeetings.updateTopic(id, t),
      removeTopic: ({ id }) => s.citizenMeetings.removeTopic(id),
      promoteTopic: ({ id, minutesAllotted }) => s.citizenMeetings.promoteTopic(id, minutesAllotted),
      addChecklistItem: ({ meetingId, label }) => s.citizenMeetings.addChecklistItem(meetingId, label),
      setChecklistItem: ({ id, done }) => s.citizenMeetings.setChecklistItem(id, done),
      removeChecklistItem: ({ id }) => s.citizenMeetings.removeChecklistItem(id),
    },
    agreements: {
      matrix: () => s.agreements.matrix(),
      detail: ({ id }) => s.agreements.detail(id),
      committee: ({ committeeId }) => s.agreements.committeeAgreements(committeeId),
      importPreview: ({ sheet, createMissing }) => s.agreements.importPreview(sheetInput(sheet), { createMissing }),
      importApply: ({ sheet, createMissing }) => s.agreements.importApply(sheetInput(sheet), { createMissing }),
      exportDocx: (a) => s.agreements.exportDocx(a),
      exportPlaintext: (a) => s.agreements.exportPlaintext(a),
      suggestExportPath: ({ format }) => s.agreements.suggestExportPath(format),
      views: () => s.matrixViews.list(),
      saveView: (a) => s.matrixViews.save(a),
      removeView: ({ name }) => s.matrixViews.remove(name),
      project: ({ projection }) => s.agreements.project(projection),
    },
    minutes: {
      get: ({ sessionId }) => s.minutes.get(sessionId),
      setItemText: ({ sessionId, itemId, text }) => s.minutes.setItemText(sessionId, itemId, text),
      setLanguage: ({ sessionId, language }) => s.minutes.setLanguage(sessionId, language),
      approve: ({ sessionId, approvedInSessionId, approvedOn }) => s.minutes.approve(sessionId, approvedInSessionId, approvedOn),
      sign: ({ sessionId }) => s.minutes.sign(sessionId),
      addAddendum: ({ sessionId, body }) => s.minutes.addAddendum(sessionId, body),
      attach: ({ sessionId, filename, mime, base64 }) => s.minutes.attach(sessionId, { filename, mime, bytes: Buffer.from(base64, 'base64') }),
      exportAttachment: ({ id, path, confirmedLeavesWorkspace }) => s.minutes.exportAttachment(id, path, confirmedLeavesWorkspace),
      readAttachment: ({ id }) => {
        const { filename, mime, bytes } = s.minutes.attachment(id);
        return { filename, mime, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
      },
      exportDocx: ({ sessionId, path, language, confirmedLeavesWorkspace }) => s.minutes.exportDocx(sessionId, path, language ?? undefined, confirmedLeavesWorkspace),
      verifyFile: ({ path }) => s.minutes.verifyFile(path),
      suggestExportPath: ({ sessionId }) => s.minutes.suggestExportPath(sessionId),
    },
    indicators: {
      list: () => s.indicators.list(),
      create: ({ input }) => s.indicators.create(input),
      update: ({ id, input }) => s.indicators.update(id, input),
      setValues: ({ cells }) => s.indicators.setValues(cells),
      addGoal: ({ input }) => s.indicators.addGoal(input),
      populations: () => s.indicators.populations(),
      setPopulation: ({ year, population }) => s.indicators.setPopulation(year, population),
      importPreview: ({ csv }) => s.indicators.importPreview(csv),
      importApply: ({ csv }) => s.indicators.importApply(csv),
    },
    backups: {
      list: () => s.backups.list(),
      create: () => s.backups.create(),
      backupTo: ({ path }) => s.backups.backupTo(path),
      setKeep: ({ keep }) => s.backups.setKeep(keep),
      preview: ({ path, passphrase }) => s.backups.preview(path, passphrase),
      restore: ({ path, passphrase }) => s.backups.restore(path, passphrase),
    },
    audit: {
      list: (a) => s.audit.list(a),
    },
    live: {
      current: () => s.live.current(),
      get: ({ sessionId }) => s.live.get(sessionId),
      choices: ({ sessionId }) => s.live.choices(sessionId),
      start: ({ sessionId }) => s.live.start(sessionId),
      goTo: ({ sessionId, itemId }) => s.live.goTo(sessionId, itemId),
      setAttendance: (a) => s.live.setAttendance(a),
      setItemNotes: ({ itemId, notes }) => s.live.setItemNotes(itemId, notes),
      setDraft: ({ sessionId, draft }) => s.live.setDraft(sessionId, draft),
      addAgreement: ({ sessionId, agreement }) => s.live.addAgreement(sessionId, agreement),
      updateAgreement: ({ id, agreement }) => s.live.updateAgreement(id, agreement),
      removeAgreement: ({ id }) => s.live.removeAgreement(id),
      recordFollowup: (a) => s.live.recordFollowup(a),
      setProjector: ({ mode }) => s.live.setProjector(mode),
      close: ({ sessionId }) => s.live.close(sessionId),
    },
  };
}
