import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildActaDocument, groupedFingerprint, type ActaDocumentData, type PlenaryActaContent } from '../../src/main/export/docx/actaDocument.js';
import { unzip, zipTexts } from '../support/unzip.js';

const SEAL = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

const content: PlenaryActaContent = {
  format: 'plenaria.acta/1',
  mode: 'plenary',
  mesa: { name: 'Mesa de Seguridad y Justicia de Pruebas', municipality: 'Ciudad Juárez' },
  session: { kind: 'plenary', plenaryType: 'extraordinary', number: 2, year: 2026, committeeName: null, scheduledAt: '2026-09-15T17:00', place: null, startedAt: '17:04', endedAt: '18:40' },
  attendance: [
    { name: 'Ana Ruiz', kind: 'citizen', post: null, institution: null, order: null, power: null, status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null },
    { name: 'Luis Mora', kind: 'official', post: 'Alcalde', institution: 'Municipio', order: 'municipal', power: 'ejecutivo', status: 'present', arrivedAt: null, leftAt: null, substituteName: null, justification: null },
    { name: 'Rita Solís', kind: 'citizen', post: null, institution: null, order: null, power: null, status: null, arrivedAt: null, leftAt: null, substituteName: null, justification: null },
  ],
  quorum: { base: 3, present: 2, required: 2, pct: 50, met: true },
  items: [
    { position: 1, kind: 'agreements_followup', title: 'Lectura de acuerdos', presenter: null, text: '' },
    { position: 2, kind: 'indicators', title: 'Indicadores y metas', presenter: 'Comité de indicadores', text: 'Se presentó el tablero.' },
  ],
  followups: [],
  agreements: [],
  votes: [
    { subject: 'Adopción de la meta de homicidios 2027', result: 'approved', electorate: 30, tally: [{ choice: 'yes', name: null, votes: 22 }, { choice: 'no', name: null, votes: 3 }, { choice: 'blank', name: null, votes: 1 }] },
  ],
  indicators: [{ name: 'Homicidio doloso', unit: 'rate_100k', period: '2026-08', cases: 41, value: 32.5, target: 30, deadline: '2026-12-31' }],
  officers: { coordinator: { name: 'Ana Ruiz' }, secretary: null },
  approval: null,
};

async function render(data: ActaDocumentData): Promise<{ body: string; header: string; footer: string }> {
  const entries = unzip(await Packer.toBuffer(buildActaDocument(data)));
  const text = (re: RegExp) => zipTexts(entries, re).map((e) => e.xml.replace(/<[^>]+>/g, ' ')).join('\n').replace(/\s+/g, ' ');
  return { body: text(/^word\/document\.xml$/), header: text(/^word\/header\d*\.xml$/), footer: text(/^word\/footer\d*\.xml$/) };
}

describe('acta document (pure builder)', () => {
  it('prints votes and indicators only when there are any, numbering the sections without gaps', async () => {
    const { body } = await render({ language: 'es', content, record: { status: 'draft', seal: null, addenda: [] } });
    expect(body).toContain('Sesión plenaria extraordinaria 2/2026');
    expect(body).toContain('en el lugar señalado en la convocatoria');
    expect(body).toContain('7. Votaciones');
    expect(body).toMatch(/Adopción de la meta de homicidios 2027 A favor: 22 · En contra: 3 · En blanco \/ abstención: 1 · Padrón: 30 Aprobado/);
    expect(body).toContain('8. Indicadores y metas');
    expect(body).toMatch(/Homicidio doloso ago 2026 32\.5 por 100 mil hab\. \(41 casos\) 30 por 100 mil hab\. 31\/12\/2026/);
    expect(body).toContain('9. Cierre');
    expect(body).toContain('Rita Solís Integrante ciudadano (sin registro de asistencia)');
    expect(body).toContain('Cargo sin titular registrado');
    const none = await render({ language: 'es', content: { ...content, votes: [], indicators: null }, record: { status: 'draft', seal: null, addenda: [] } });
    expect(none.body).not.toContain('Votaciones');
    expect(none.body).toContain('7. Cierre');
  });

  it('puts the seal on every page and certifies it once in full; addenda carry their own seal', async () => {
    const record = { status: 'signed' as const, seal: { sha256: SEAL, sealedAt: '2026-09-15T18:55:00' }, addenda: [{ at: '2026-09-20T09:30:00', body: 'Corrección del nombre.', sha256: SEAL.split('').reverse().join('') }] };
    const es = await render({ language: 'es', content, record });
    expect(es.footer).toContain(`Sello SHA-256: ${groupedFingerprint(SEAL)}`);
    expect(groupedFingerprint(SEAL).split(' ')).toHaveLength(8);
    expect(es.body).toContain('Fe de erratas 1, 20/09/2026 09:30 h');
    expect(es.body).toContain('Constancia de sellado');
    expect(es.body).toContain(`martes 15 de septiembre de 2026 a las 18:55 horas`);
    expect(es.body).toContain(SEAL);
    expect(es.body).not.toContain('BORRADOR');
    const en = await render({ language: 'en', content, record });
    expect(en.header).toContain('CONFIDENTIAL');
    expect(en.footer).toContain('SHA-256 seal');
    expect(en.body).toContain('Extraordinary plenary session 2/2026');
    expect(en.body).toContain('Erratum 1');
  });

  it('a committee meeting has no quorum statement; a citizen meeting says SOLO CIUDADANOS in its header', async () => {
    const committee = await render({
      language: 'es',
      content: { ...content, session: { ...content.session, kind: 'committee_meeting', plenaryType: null, committeeName: 'Comité de prevención' }, quorum: null, votes: [], indicators: null },
      record: { status: 'approved', seal: null, addenda: [] },
    });
    expect(committee.body).toContain('Acta de reunión de comité');
    expect(committee.body).not.toContain('Quórum');
    expect(committee.body).toContain('Asistieron 2 de los 3 integrantes del comité.');
    expect(committee.body).toContain('Coordinación del comité');
    expect(committee.footer).toContain('Aprobada, pendiente de firma y sellado');
    const citizen = await render({
      language: 'es',
      content: {
        format: 'plenaria.minuta-ciudadana/1',
        mode: 'citizen_meeting',
        mesa: content.mesa,
        session: { ...content.session, kind: 'citizen_meeting', plenaryType: null, startedAt: null, endedAt: null },
        plenary: content.session,
        attendance: content.attendance.filter((p) => p.kind === 'citizen'),
        agenda: [{ position: 1, title: 'Lectura de acuerdos', presenter: null, note: 'Preguntar por el módulo.' }],
        topics: [{ title: 'Alumbrado', body: 'Segunda etapa', isGeneralMatter: false, promoted: true }],
        checklist: [{ label: 'Imprimir la matriz', done: true }],
        votes: [],
        officers: content.officers,
        approval: null,
      },
      record: { status: 'draft', seal: null, addenda: [] },
    });
    expect(citizen.header).toContain('CONFIDENCIAL · SOLO CIUDADANOS');
    expect(citizen.body).toContain('Minuta de reunión ciudadana');
    expect(citizen.body).toContain('Preguntar por el módulo.');
    expect(citizen.body).toMatch(/Alumbrado Segunda etapa Incorporado al orden del día/);
    expect(citizen.body).not.toContain('Luis Mora');
  });
});
