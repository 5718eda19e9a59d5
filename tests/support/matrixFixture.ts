import type { MatrixRow } from '../../src/shared/domain/agreements.js';
import type { AgreementStatus } from '../../src/shared/domain/live.js';

/** The day the fixture's "vencido" is measured against. */
export const MATRIX_TODAY = '2026-09-15';

const COMMITTEES = ['Comité de prevención', 'Comité de indicadores', 'Comité de procuración de justicia'];
const PEOPLE = ['Lic. María Peña Ibáñez', 'Ing. José Núñez', 'Mtra. Ana Muñoz', 'Cmdte. Raúl Gómez Villaseñor', 'Dra. Lucía Hernández'];
const TEXTS = [
  'La Secretaría de Seguridad Pública Municipal presentará el diagnóstico de alumbrado en las colonias Riberas del Bravo y Anapra.',
  'Solicitar a la Fiscalía reducir a menos de 48 horas la atención de denuncias por extorsión telefónica.',
  'Integrar al tablero el seguimiento de la meta de homicidios (14 por cada 100,000 habitantes), con cortes mensuales.',
  'Reunión con transportistas de la ruta 3A.',
  'Campaña de denuncia anónima en colonias del poniente, con volanteo en escuelas, mercados y centros comunitarios; el Comité de prevención coordinará a los voluntarios y rendirá un informe de alcance en la siguiente sesión plenaria, incluyendo número de volantes, colonias visitadas, reportes recibidos en la línea 089 atribuibles a la campaña y una propuesta de continuidad para el primer trimestre del año siguiente.',
];
const STATUSES: AgreementStatus[] = ['pendiente', 'en_proceso', 'en_proceso', 'cumplido', 'cancelado', 'pendiente'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Thirty agreements over five plenaries: long texts, overdue and on-time open ones, closed ones
 * past their due date (never "vencido"), no committee, no responsible, no follow-up.
 */
export function matrixRows(): MatrixRow[] {
  const rows: MatrixRow[] = [];
  for (let i = 0; i < 30; i++) {
    const session = 3 + Math.floor(i / 6);
    const month = session + 1;
    const status = STATUSES[i % STATUSES.length] ?? 'pendiente';
    const progress = status === 'cumplido' ? 100 : status === 'pendiente' ? 0 : 10 + ((i * 7) % 80);
    const hasCommittee = i % 5 !== 2;
    const responsible = i % 4 === 3 ? [] : [PEOPLE[i % PEOPLE.length] ?? '', ...(i % 3 === 0 ? [PEOPLE[(i + 2) % PEOPLE.length] ?? ''] : [])];
    // Due dates from June to November: some past MATRIX_TODAY, some ahead, some missing.
    const dueOn = i % 7 === 6 ? null : `2026-${pad(6 + (i % 6))}-${pad(1 + ((i * 3) % 28))}`;
    const hasFollowUp = i % 4 !== 1;
    rows.push({
      id: i + 1,
      code: `PL-${session}/2026-${pad((i % 6) + 1)}`,
      text: TEXTS[i % TEXTS.length] ?? '',
      sessionId: session,
      session: `Sesión plenaria ordinaria ${session}/2026`,
      sessionDate: `2026-${pad(month)}-${pad(10 + session)}`,
      committeeId: hasCommittee ? (i % 3) + 1 : null,
      committee: hasCommittee ? (COMMITTEES[i % 3] ?? null) : null,
      responsibleIds: responsible.map((_, k) => k + 1),
      responsible,
      dueOn,
      status,
      progress,
      lastFollowUp: hasFollowUp
        ? {
            on: `2026-${pad(Math.min(9, month + 1))}-${pad(2 + (i % 20))}`,
            status,
            progress,
            note: i % 8 === 0 ? null : `Avance reportado por la SSPM: ${progress} % de las luminarias revisadas; faltan Anapra y "Las Dunas".`,
          }
        : null,
      followUps: hasFollowUp ? 1 + (i % 3) : 0,
    });
  }
  return rows;
}
